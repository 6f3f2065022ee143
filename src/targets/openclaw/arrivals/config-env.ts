/**
 * The config's own `env` block, read as OpenClaw reads it: variables under `env.vars` (the form
 * 2026.9.6 accepts) and directly under `env` (the form AIsa's tutorial writes, which 2026.9.6
 * rejects). OpenClaw uses them last: the process environment and `$OPENCLAW_STATE_DIR/.env` win.
 */
export interface ConfigEnvEntry {
  /** `['env', 'AISA_API_KEY']` or `['env', 'vars', 'AISA_API_KEY']`. */
  path: string[];
  value: string;
}

const NOT_VARIABLES = new Set(['vars', 'shellEnv']);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every string variable of the block; a direct one (the tutorial's) before `env.vars`'s. */
export function configEnvEntries(envBlock: unknown): ConfigEnvEntry[] {
  if (!isObject(envBlock)) return [];
  const out: ConfigEnvEntry[] = [];
  for (const [k, v] of Object.entries(envBlock)) if (!NOT_VARIABLES.has(k) && typeof v === 'string') out.push({ path: ['env', k], value: v });
  if (isObject(envBlock.vars)) for (const [k, v] of Object.entries(envBlock.vars)) if (typeof v === 'string') out.push({ path: ['env', 'vars', k], value: v });
  return out;
}

/** name → value, as OpenClaw would see the block (env.vars wins where both name one variable). */
export function configEnvVars(envBlock: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of configEnvEntries(envBlock)) if (e.value.trim()) out[e.path[e.path.length - 1]!] = e.value;
  return out;
}
