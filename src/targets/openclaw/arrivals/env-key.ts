/**
 * The AIsa key written in the config's own `env` block (AIsa's tutorial: `env.AISA_API_KEY`, which
 * OpenClaw 2026.9.6 rejects; OpenClaw's doctor moves it to `env.vars`, still plain text). Which key
 * OpenClaw really sends follows its precedence: exported variable > `$OPENCLAW_STATE_DIR/.env` >
 * the config's env block. Moving the key to `.env` is safe only when that does not change it.
 */
import { KEY_ENV_VAR } from '../provider.js';
import type { ConfigEnvEntry } from './config-env.js';

export interface EnvKeyState {
  /** Every env-block entry naming the key (a direct one and one under `vars`, possibly both). */
  entries: ConfigEnvEntry[];
  /** The value OpenClaw would read from the block. */
  value: string;
  /** What wins over the block, if anything: then the block's key is not the one sent. */
  shadowedBy: 'env' | 'env-file' | undefined;
  /** The fix: `.env` gets the key (when it has none) and the entries go; never two different keys lost. */
  move: 'write-env-file' | 'drop-entries' | 'keep';
}

export function envKeyState(entries: ConfigEnvEntry[], env: NodeJS.ProcessEnv, dotenv: Record<string, string>): EnvKeyState | undefined {
  const mine = entries.filter((e) => e.path[e.path.length - 1] === KEY_ENV_VAR && e.value.trim() !== '');
  if (!mine.length) return undefined;
  // env.vars is read over a direct one (configEnvVars): the last entry is the one OpenClaw uses.
  const value = mine[mine.length - 1]!.value.trim();
  const values = new Set(mine.map((e) => e.value.trim()));
  const fromEnv = env[KEY_ENV_VAR]?.trim();
  const fromFile = dotenv[KEY_ENV_VAR]?.trim();
  const shadowedBy = fromEnv ? 'env' : fromFile ? 'env-file' : undefined;
  let move: EnvKeyState['move'];
  // Two different keys in the block itself: which one to keep is the person's call.
  if (values.size > 1) move = 'keep';
  else if (!fromFile) move = 'write-env-file';
  else move = fromFile === value ? 'drop-entries' : 'keep';
  return { entries: mine, value, shadowedBy, move };
}
