/**
 * What doctor reads beyond the provider block to recognise a set-up made by AIsa's own guides and
 * tools: the config's `env` block, the script's stamps, the keys OpenClaw 2026.9.6 rejects, the
 * timestamped backup and other plugins claiming `aisa`. Read once, with the other facts.
 */
import type { ConfigTree } from '../tree.js';
import { lostSections, type BackupReport } from './backup.js';
import { configEnvEntries, configEnvVars, type ConfigEnvEntry } from './config-env.js';
import { otherAisaPlugins, type OtherPlugin } from './other-plugins.js';

/** Keys AIsa's script writes that OpenClaw 2026.9.6's schema rejects (facts.md). */
export const REJECTED_PATHS: readonly string[][] = [
  ['meta', 'lastTouchedAt'],
  ['gateway', 'tailscale', 'resetOnExit'],
];

export interface ArrivalFacts {
  envEntries: ConfigEnvEntry[];
  /** name → value of the config's env block (OpenClaw reads it after the process env and `.env`). */
  configEnv: Record<string, string>;
  meta: unknown;
  wizard: unknown;
  /** Which of REJECTED_PATHS the config holds. */
  rejected: string[][];
  authProfiles: unknown;
  backup: BackupReport | undefined;
  otherPlugins: OtherPlugin[];
}

export const NO_ARRIVAL_FACTS: ArrivalFacts = { envEntries: [], configEnv: {}, meta: undefined, wizard: undefined, rejected: [], authProfiles: undefined, backup: undefined, otherPlugins: [] };

/**
 * What the config itself holds. Enough for onboard, which repairs the config but reports neither
 * the timestamped backup's sections nor other plugins: reading and parsing a backup and listing two
 * plugin folders would be work on every onboard for nothing it uses. Undefined: an `$include` we
 * cannot follow (config-parse reports it; nothing here is judged on half a file).
 */
export async function configArrivalFacts(tree: ConfigTree): Promise<ArrivalFacts | undefined> {
  let values: unknown[];
  try {
    values = await Promise.all([['env'], ['meta'], ['wizard'], ['auth', 'profiles'], ...REJECTED_PATHS].map((p) => tree.get(p)));
  } catch {
    return undefined;
  }
  const [envBlock, meta, wizard, authProfiles, ...rejectedValues] = values;
  return {
    ...NO_ARRIVAL_FACTS,
    envEntries: configEnvEntries(envBlock),
    configEnv: configEnvVars(envBlock),
    meta,
    wizard,
    rejected: REJECTED_PATHS.filter((_, i) => rejectedValues[i] !== undefined),
    authProfiles,
  };
}

/** Doctor's facts: the config's own, the sections a timestamped backup still holds, other plugins claiming `aisa`. */
export async function gatherArrivalFacts(tree: ConfigTree | undefined, configPath: string, stateDir: string): Promise<ArrivalFacts> {
  const otherPlugins = await otherAisaPlugins(stateDir);
  if (!tree) return { ...NO_ARRIVAL_FACTS, otherPlugins };
  const own = await configArrivalFacts(tree);
  if (!own) return { ...NO_ARRIVAL_FACTS, otherPlugins };
  // The backup is judged against the file as it is now (the main one: the script writes no $include).
  return { ...own, backup: await lostSections(configPath, tree.main.value), otherPlugins };
}
