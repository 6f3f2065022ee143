import { bareId, replacementFor } from '../../catalog.js';
import { t } from '../../i18n/index.js';
import { PROVIDER_ID } from '../../openclaw/provider.js';
import { ALLOW_PATH } from '../context.js';
import { isObject, needProvider } from '../guards.js';
import { liveIds } from '../live.js';
import { agentRefs, declaredIds, primaryRef } from '../refs.js';
import { formatPath, type Check } from '../types.js';
import { meantForAisa } from './model-prefix.js';

/**
 * The AIsa id a reference means once the other checks' fixes are applied (prefix added, stale id
 * replaced), so one mistake is reported by one check only. Undefined: another provider's model.
 */
export function intendedId(value: string, declared: Set<string>): string | undefined {
  const aisa = value.startsWith(`${PROVIDER_ID}/`) || (!value.includes('/') && meantForAisa(value, declared));
  if (!aisa) return undefined;
  const id = bareId(value, PROVIDER_ID);
  return replacementFor(id) ?? id;
}

/** Declared ids after stale replacement: what the block will hold once fixed. */
export function fixedDeclared(provider: unknown): Set<string> {
  return new Set([...declaredIds(provider)].map((id) => replacementFor(id) ?? id));
}

export const defaultModel: Check = {
  id: 'default-model',
  async run(facts) {
    const m = t().doctor;
    const skip = needProvider(facts);
    if (skip) return skip;
    const written = declaredIds(facts.provider);
    const declared = fixedDeclared(facts.provider);
    const primary = primaryRef(facts.agentModel);
    if (!primary) return { status: 'warn', message: m.noDefault, path: 'agents.defaults.model.primary', file: facts.loc.path, fix: m.noDefaultFix };
    const path = formatPath(primary.path);
    const file = await facts.fileOf(primary.path);
    const id = intendedId(primary.value, written);
    if (!id) return { status: 'pass', message: m.defaultOther(primary.value), path, file };
    if (!declared.has(id)) return { status: 'fail', message: m.defaultUndeclared(`${PROVIDER_ID}/${id}`), path, file, fix: m.defaultUndeclaredFix(id) };
    const live = await liveIds(facts.live);
    if (live && !live.has(id)) return { status: 'fail', message: m.defaultNotLive(`${PROVIDER_ID}/${id}`), path, file, fix: m.defaultNotLiveFix };
    // Older OpenClaw builds treat a non-empty agents.defaults.models as an allow-list.
    const allow = facts.allowList;
    // Keys are read as fixed (model-prefix and model-ids report their own mistakes).
    const allowed = isObject(allow) ? Object.keys(allow).map((k) => intendedId(k, written) ?? k) : [];
    if (allowed.length > 0 && !allowed.includes(id)) {
      const at = [...ALLOW_PATH, `${PROVIDER_ID}/${id}`];
      const allowPath = formatPath(at);
      return { status: 'fail', message: m.defaultNotAllowed(`${PROVIDER_ID}/${id}`), path: allowPath, file: await facts.fileOf(at), fix: m.setFix(await facts.fileOf(at), allowPath, {}) };
    }
    const missingFallbacks = agentRefs(facts.agentModel, undefined)
      .filter((r) => r.kind === 'fallback')
      .flatMap((r) => {
        const fid = intendedId(r.value, written);
        return fid && !declared.has(fid) ? [`${PROVIDER_ID}/${fid}`] : [];
      });
    if (missingFallbacks.length) {
      return { status: 'warn', message: m.fallbackUndeclared(missingFallbacks.join(', ')), path: 'agents.defaults.model.fallbacks', file, fix: m.fallbackUndeclaredFix(missingFallbacks.map((f) => bareId(f)).join(' ')) };
    }
    return { status: 'pass', message: m.defaultOk(primary.value), path, file };
  },
};
