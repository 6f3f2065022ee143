import type { Path } from '../config/document.js';

/** The contract's check ids, in the order they are printed (cli-contract.md, doctor). */
export const CHECK_IDS = [
  'node-version',
  'config-found',
  'config-parse',
  'config-permissions',
  'provider-present',
  'base-url',
  'api-mode',
  'api-key-present',
  'api-key-valid',
  'network',
  'model-ids',
  'model-prefix',
  'default-model',
  'schema-compat',
  'kimi-temperature',
  // Set-ups made by AIsa's own script and tutorial (facts.md); other-plugins: its ClawHub plugins.
  'setup-origin',
  'env-key',
  'model-metadata',
  'chat-models',
  'lost-sections',
  'balance',
  'openclaw-plugin',
  'other-plugins',
] as const;
/** `probe` runs only with --probe; it is printed last. */
export const EXTRA_IDS = ['probe'] as const;
export type CheckId = (typeof CHECK_IDS)[number] | (typeof EXTRA_IDS)[number];

export type Status = 'pass' | 'warn' | 'fail' | 'skip';

/** What one check found. `message`, `fix` and `details` are already in the user's language. */
export interface Finding {
  status: Status;
  message: string;
  /** JSON path inside the config, written as `models.providers.aisa.models[0].id`. */
  path?: string;
  /** The file that holds `path` (the main config or an `$include`d one). */
  file?: string;
  /** The exact command or edit that fixes it; only on warn and fail. */
  fix?: string;
  /** One line per problem when a check finds several. */
  details?: string[];
  /** --probe only: each model's result as numbers, for --json (the details say the same in words). */
  probe?: ProbeEntry[];
}

export interface ProbeEntry {
  /** `aisa/<id>`. */
  model: string;
  ok: boolean;
  /** null when no answer came at all. */
  latencyMs: number | null;
  /** The failure kind (balance-exhausted, model-unavailable, timeout…). */
  problem?: string;
}

export interface CheckResult extends Finding {
  id: CheckId;
}

/** One check over the facts a target gathered. */
export interface GenericCheck<F> {
  id: CheckId;
  /** Needs the gateway: skipped with --offline. */
  network?: boolean;
  run(facts: F): Promise<Finding>;
}

/** `models.providers.aisa.models[0].id`, `agents.defaults.models["aisa/kimi-k2.5"].params`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(k)) out += out === '' ? k : `.${k}`;
    else out += `[${JSON.stringify(k)}]`;
  }
  return out;
}
