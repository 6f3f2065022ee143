import { bareId, kindOf, replacementFor } from '../../../../catalog.js';
import { canChat } from '../../../../model-kind.js';
import { t, listSep } from '../../../../i18n/index.js';
import { PROVIDER_ID } from '../../provider.js';
import { ALLOW_PATH } from '../facts.js';
import { isObject, needProvider } from '../guards.js';
import { liveEndpointTypes, liveIds } from '../live.js';
import { agentRefs, declaredIds, primaryRef } from '../refs.js';
import { formatPath } from '../../../../doctor/types.js';
import type { Check } from '../check.js';
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
    const fallbacks = agentRefs(facts.agentModel, undefined).filter((r) => r.kind === 'fallback');
    // Before anything else: no fix of the declarations makes a translation or image model run an agent.
    const types = await liveEndpointTypes(facts.live);
    const k = t().kinds;
    const cannot = [primary, ...fallbacks].flatMap((r) => {
      const rid = intendedId(r.value, written);
      const kind = rid === undefined ? undefined : kindOf(rid, types[rid]);
      return rid && kind && !canChat(kind) ? [{ line: k.notChatLine(formatPath(r.path), r.value, kind), as: r.value, path: formatPath(r.path) }] : [];
    });
    if (cannot.length) {
      return { status: 'fail', message: k.notChat(cannot.map((c) => c.as).join(listSep())), path: cannot[0]!.path, file, fix: k.notChatFix, details: cannot.map((c) => c.line) };
    }
    // Messages name the default as written; the current id it becomes appears only in the fix.
    if (!declared.has(id)) return { status: 'fail', message: m.defaultUndeclared(primary.value), path, file, fix: m.defaultUndeclaredFix(id) };
    const live = await liveIds(facts.live);
    if (live && !live.has(id)) return { status: 'fail', message: m.defaultNotLive(primary.value), path, file, fix: m.defaultNotLiveFix };
    // Older OpenClaw builds treat a non-empty agents.defaults.models as an allow-list.
    const allow = facts.allowList;
    // Keys are read as fixed (model-prefix and model-ids report their own mistakes).
    const allowed = isObject(allow) ? Object.keys(allow).map((k) => intendedId(k, written) ?? k) : [];
    if (allowed.length > 0 && !allowed.includes(id)) {
      const at = [...ALLOW_PATH, `${PROVIDER_ID}/${id}`];
      const allowPath = formatPath(at);
      return { status: 'fail', message: m.defaultNotAllowed(primary.value), path: allowPath, file: await facts.fileOf(at), fix: m.setFix(await facts.fileOf(at), allowPath, {}) };
    }
    // Named as written in the message, as the current id in the fix.
    const missing = fallbacks.flatMap((r) => {
      const fid = intendedId(r.value, written);
      return fid && !declared.has(fid) ? [{ as: r.value, id: fid }] : [];
    });
    if (missing.length) {
      const ids = [...new Set(missing.map((x) => x.id))].join(' ');
      return { status: 'warn', message: m.fallbackUndeclared(missing.map((x) => x.as).join(listSep())), path: 'agents.defaults.model.fallbacks', file, fix: m.fallbackUndeclaredFix(ids) };
    }
    const repeated = repeatedFallbacks(primary.value, fallbacks.map((r) => r.value), written);
    if (repeated) return { status: 'warn', message: repeated, path: 'agents.defaults.model.fallbacks', file, fix: m.fallbackRepeatFix };
    // A stale default passes only as model-ids will replace it: the message must not read as all fine.
    const stale = bareId(primary.value, PROVIDER_ID) !== id ? bareId(primary.value, PROVIDER_ID) : undefined;
    return { status: 'pass', message: stale ? m.defaultOkStale(primary.value, id) : m.defaultOk(primary.value), path, file };
  },
};

/**
 * Fallbacks that name one model twice (`qwen-turbo` and `aisa/qwen3-flash` both become
 * `aisa/qwen-mt-flash`) or name the default itself: retrying the same model is no fallback.
 * Compared as --fix writes them; undefined when there is nothing to say.
 */
function repeatedFallbacks(primary: string, fallbacks: string[], declared: Set<string>): string | undefined {
  const m = t().doctor;
  const norm = (v: string) => {
    const id = intendedId(v, declared);
    return id === undefined ? v : `${PROVIDER_ID}/${id}`;
  };
  const written = new Map<string, string[]>();
  for (const f of fallbacks) written.set(norm(f), [...(written.get(norm(f)) ?? []), f]);
  const twice = [...written].filter(([, as]) => as.length > 1).map(([ref, as]) => (as.every((a) => a === ref) ? ref : m.fallbackAs(ref, as.join(listSep()))));
  const parts = twice.length ? [m.fallbackTwice(twice.join(listSep()))] : [];
  if (written.has(norm(primary))) parts.push(m.fallbackIsDefault(primary));
  return parts.length ? parts.join(t().gateway.sentenceJoin) : undefined;
}
