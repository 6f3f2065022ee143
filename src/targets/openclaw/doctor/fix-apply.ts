import { isDeepStrictEqual } from 'node:util';
import { keyShapeProblems } from '../../../gateway/url.js';
import { setEnvVar } from '../envfile.js';
import { configWrites, reconcileAt } from '../plan.js';
import { KEY_ENV_VAR } from '../provider.js';
import type { FileWrite } from '../../../config/write.js';
import { looseFiles, permissionTargets } from './checks/config-permissions.js';
import { temperatureOneIds } from './checks/kimi-temperature.js';
import { ALLOW_PATH, MODEL_PATH, PROVIDER_PATH, type DoctorFacts } from './facts.js';
import { fixAgentModel, fixAllowList, fixedApiKey, fixProvider, referencedIds } from './fix-plan.js';
import { isObject } from './guards.js';
import { lookupVar, usableKey } from '../key-ref.js';
import { declaredIds } from './refs.js';
import { modelRepairsFor, moveEnvBlockKey, removeRejectedKeys } from '../arrivals/fix.js';
import { repairAgentModel, repairAllowList, repairDeclarations } from '../arrivals/model-repairs.js';
import { retireInAllow, retireInBlock, retireInModel, retirements } from './retired.js';

export interface FixPlan {
  /** `.env` first, so the config never names a variable that is not there yet. */
  writes: FileWrite[];
  /** Files to tighten to 0600, listed in the preview even when a write also lands 0600 (modeFor). */
  chmod: string[];
  movedKey: boolean;
  /** Masked wherever a diff is shown. */
  secrets: string[];
}

/** Whether an inline key can move to `.env` without changing which key OpenClaw ends up sending. */
export function canMoveInlineKey(facts: DoctorFacts): boolean {
  if (facts.key.kind !== 'inline') return false;
  const key = facts.key.value.trim();
  if (keyShapeProblems(key).length) return false;
  // The process env wins over .env: a different AISA_API_KEY there would silently replace this key.
  const env = facts.input.env[KEY_ENV_VAR];
  return !env || env === key;
}

/**
 * Applies every automatable fix to the loaded documents (key by key, so comments survive) and
 * returns the writes. Pure planning: nothing touches the disk here.
 */
export async function planFixes(facts: DoctorFacts, moveKey: boolean): Promise<FixPlan> {
  const envBlockKey = facts.arrival.configEnv[KEY_ENV_VAR]?.trim();
  const secrets = [usableKey(facts.key), envBlockKey].filter((s): s is string => Boolean(s));
  const writes: FileWrite[] = [];
  let movedKey = false;
  if (facts.config.state === 'ok' && isObject(facts.provider)) {
    const tree = facts.config.tree;
    // Ids the key no longer lists go to their successors first (or leave), then every other fix applies.
    const r = await retirements(facts);
    const provider = r ? retireInBlock(facts.provider, r, facts.agentModel) : facts.provider;
    const agentModel = r ? retireInModel(facts.agentModel, r) : facts.agentModel;
    const allowList = r ? retireInAllow(facts.allowList, r, facts.agentModel) : facts.allowList;
    const declared = declaredIds(provider);
    const varSet = lookupVar(KEY_ENV_VAR, facts.input.env, facts.dotenv, facts.arrival.configEnv) !== undefined;
    movedKey = moveKey && canMoveInlineKey(facts);
    const inlineMoving = movedKey ? (facts.key as { value: string }).value.trim() : undefined;
    const envMove = await moveEnvBlockKey(tree, facts, inlineMoving);
    await removeRejectedKeys(tree, facts);
    // What AIsa's script and tutorial wrote: placeholders refilled, what cannot chat taken out.
    const repairs = await modelRepairsFor(facts, provider);
    const fixed = fixProvider({
      block: provider as Record<string, unknown>,
      apiKey: fixedApiKey(facts.key, varSet, movedKey),
      mustDeclare: referencedIds(agentModel, declared),
    });
    const block = { ...fixed, models: repairDeclarations(fixed.models as unknown[], repairs) };
    await reconcileIfChanged(facts, PROVIDER_PATH, facts.provider, block);
    await reconcileIfChanged(facts, MODEL_PATH, facts.agentModel, repairAgentModel(fixAgentModel(agentModel, declared), repairs));
    const allow = fixAllowList(repairAllowList(allowList, repairs), declared, [...declaredIds(block)], temperatureOneIds(block));
    await reconcileIfChanged(facts, ALLOW_PATH, facts.allowList, allow);
    const toEnvFile = inlineMoving ?? envMove?.writeEnvFile;
    if (toEnvFile !== undefined) {
      const after = setEnvVar(facts.envText, KEY_ENV_VAR, toEnvFile);
      if (after !== facts.envText) writes.push({ path: facts.envPath, before: facts.envText, after, secret: true });
    }
    const keyStays = (facts.key.kind === 'inline' && !movedKey) || (envBlockKey !== undefined && envMove === undefined);
    writes.push(...configWrites(tree, keyStays));
  }
  // A rewritten file lands 0600 already (modeFor), but the preview must still say its mode changes;
  // the chmod after the write is then a no-op.
  const loose = facts.platform === 'win32' ? [] : await looseFiles(permissionTargets(facts));
  const chmod = loose.map((f) => f.path);
  return { writes, chmod, movedKey, secrets };
}

async function reconcileIfChanged(facts: DoctorFacts, path: string[], before: unknown, after: unknown): Promise<void> {
  if (facts.config.state !== 'ok' || isDeepStrictEqual(before, after)) return;
  await reconcileAt(facts.config.tree, path, () => after);
}
