/**
 * The repairs a set-up made by AIsa's own script or tutorial needs beyond the usual fixes: the keys
 * OpenClaw 2026.9.6 rejects removed, the key moved out of the config's `env` block, and the
 * tool-written declarations refilled, renamed or dropped (model-repairs.ts). Edits go through the
 * lossless editor path by path, so every other byte of the file stays as it was.
 */
import { bareId } from '../../../catalog.js';
import { reconcileAt } from '../plan.js';
import { PROVIDER_ID } from '../provider.js';
import type { ConfigTree } from '../tree.js';
import type { DoctorFacts } from '../doctor/facts.js';
import { liveIds } from '../doctor/live.js';
import { primaryRef } from '../doctor/refs.js';
import { envKeyState } from './env-key.js';
import { planModelRepairs, type ModelRepairs } from './model-repairs.js';
import { isGuideArrival } from './origin.js';

/** The model repairs, judged against the key's own list when doctor could ask for it. */
export async function modelRepairsFor(facts: DoctorFacts, provider: unknown = facts.provider): Promise<ModelRepairs> {
  const live = facts.input.offline ? undefined : await liveIds(facts.live);
  const primary = primaryRef(facts.agentModel)?.value;
  const primaryId = primary?.startsWith(`${PROVIDER_ID}/`) ? bareId(primary, PROVIDER_ID) : undefined;
  return planModelRepairs(provider, live ? [...live] : undefined, primaryId, isGuideArrival(facts.origin));
}

export async function removeRejectedKeys(tree: ConfigTree, facts: DoctorFacts): Promise<void> {
  for (const path of facts.arrival.rejected) await reconcileAt(tree, path, () => undefined);
}

/**
 * The key in the config's env block: the entries removed (nothing else in `env` touched), and the
 * value to put in `.env` when `.env` has none. Undefined when it stays (two different keys: the
 * person chooses); `inlineMoving` is the provider's own inline key, already bound for `.env`.
 */
export async function moveEnvBlockKey(tree: ConfigTree, facts: DoctorFacts, inlineMoving: string | undefined): Promise<{ writeEnvFile: string | undefined } | undefined> {
  const state = envKeyState(facts.arrival.envEntries, facts.input.env, facts.dotenv);
  if (!state || state.move === 'keep') return undefined;
  // Two different keys would both want `.env`: leave the block's for the person to settle.
  if (inlineMoving !== undefined && inlineMoving !== state.value) return undefined;
  for (const e of [...state.entries].reverse()) await reconcileAt(tree, e.path, () => undefined);
  return { writeEnvFile: state.move === 'write-env-file' && inlineMoving === undefined ? state.value : undefined };
}
