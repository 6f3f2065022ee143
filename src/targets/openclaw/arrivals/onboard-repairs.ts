/**
 * What `onboard` mends in a config AIsa's own script or tutorial left, before it writes its own
 * set-up on top: the same repairs doctor --fix plans (rejected keys, the key out of the `env` block,
 * tool-written declarations refilled or dropped), so the diff shows them and no literal key or
 * non-chat model is left beside the new set-up. The key itself is onboard's to store.
 */
import { bareId } from '../../../catalog.js';
import { resolveKey } from '../key-ref.js';
import { reconcileAt } from '../plan.js';
import { KEY_ENV_VAR, PROVIDER_ID } from '../provider.js';
import type { ConfigTree } from '../tree.js';
import { configArrivalFacts, NO_ARRIVAL_FACTS, type ArrivalFacts } from './facts.js';
import { planModelRepairs, repairAgentModel, repairAllowList, repairDeclarations } from './model-repairs.js';
import { detectOrigin, isGuideArrival, type OriginFinding } from './origin.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface OnboardArrival {
  arrival: ArrivalFacts;
  origin: OriginFinding | undefined;
}

/**
 * Read once when onboard opens the config: which of AIsa's paths left it, if any. Only the config's
 * own marks: onboard acts on the script's and the tutorial's, never on another plugin's.
 */
export async function readArrival(tree: ConfigTree): Promise<OnboardArrival> {
  const arrival = (await configArrivalFacts(tree)) ?? NO_ARRIVAL_FACTS;
  const [provider, agentModel, allowList] = await Promise.all([
    tree.get(['models', 'providers', PROVIDER_ID]),
    tree.get(['agents', 'defaults', 'model']),
    tree.get(['agents', 'defaults', 'models']),
  ]);
  const primary = primaryOf(agentModel);
  return { arrival, origin: detectOrigin({ provider, primary, allowList, key: resolveKey(provider, {}, {}, arrival.configEnv), arrival }) };
}

function primaryOf(agentModel: unknown): string | undefined {
  return typeof agentModel === 'string' ? agentModel : isObject(agentModel) && typeof agentModel.primary === 'string' ? agentModel.primary : undefined;
}

/** Applies the repairs to the loaded documents; returns the keys found in the env block (to mask in diffs). */
export async function repairArrivalForOnboard(tree: ConfigTree, { arrival, origin }: OnboardArrival): Promise<string[]> {
  const [provider, agentModel, allowList] = await Promise.all([
    tree.get(['models', 'providers', PROVIDER_ID]),
    tree.get(['agents', 'defaults', 'model']),
    tree.get(['agents', 'defaults', 'models']),
  ]);
  const primary = primaryOf(agentModel);
  for (const path of arrival.rejected) await reconcileAt(tree, path, () => undefined);
  const keys = arrival.envEntries.filter((e) => e.path[e.path.length - 1] === KEY_ENV_VAR);
  for (const e of [...keys].reverse()) await reconcileAt(tree, e.path, () => undefined);
  if (isObject(provider) && Array.isArray(provider.models)) {
    const primaryId = primary?.startsWith(`${PROVIDER_ID}/`) ? bareId(primary, PROVIDER_ID) : undefined;
    const repairs = planModelRepairs(provider, undefined, primaryId, isGuideArrival(origin));
    await reconcileAt(tree, ['models', 'providers', PROVIDER_ID, 'models'], (m) => repairDeclarations(m as unknown[], repairs));
    if (isObject(agentModel)) await reconcileAt(tree, ['agents', 'defaults', 'model'], (m) => repairAgentModel(m, repairs));
    if (isObject(allowList)) await reconcileAt(tree, ['agents', 'defaults', 'models'], (a) => repairAllowList(a, repairs));
  }
  return keys.map((e) => e.value.trim()).filter(Boolean);
}
