import { KEY_ENV_VAR, KEY_REFERENCE_STRING } from './provider.js';

/**
 * Where a referenced variable's value came from: OpenClaw lets the process env win over `.env`, and
 * `.env` over the config's own `env` block.
 */
export type VarSource = 'env' | 'env-file' | 'config-env';

/** How the provider block holds its key, resolved the way OpenClaw resolves it at start-up. */
export type KeyInfo =
  | { kind: 'no-provider' }
  | { kind: 'missing' }
  /** `"AISA_API_KEY"` or `"$AISA_API_KEY"`: OpenClaw sends those characters as the key. */
  | { kind: 'literal-name'; raw: string }
  /** `form`: the SecretRef object we write, or the `"${VAR}"` string OpenClaw's doctor calls plaintext. */
  | { kind: 'reference'; name: string; form: 'object' | 'string'; value?: string; source?: VarSource; shadowed?: boolean }
  | { kind: 'inline'; value: string }
  /** `{ source: "file" | "exec", … }`: resolved by OpenClaw at run time; we cannot see the value. */
  | { kind: 'secret-ref'; source: string }
  | { kind: 'invalid' };

const WHOLE_REF = /^\$\{([A-Z_][A-Z0-9_]*)\}$/;
const LITERAL_NAME = new RegExp(`^\\$?\\{?${KEY_ENV_VAR}\\}?$`);

export function lookupVar(
  name: string,
  env: NodeJS.ProcessEnv,
  dotenv: Record<string, string>,
  configEnv: Record<string, string> = {},
): { value: string; source: VarSource; shadowed: boolean } | undefined {
  const fromEnv = env[name];
  const fromFile = dotenv[name];
  if (fromEnv) return { value: fromEnv, source: 'env', shadowed: fromFile !== undefined && fromFile !== fromEnv };
  if (fromFile) return { value: fromFile, source: 'env-file', shadowed: false };
  const fromConfig = configEnv[name];
  if (fromConfig) return { value: fromConfig, source: 'config-env', shadowed: false };
  return undefined;
}

export function resolveKey(block: unknown, env: NodeJS.ProcessEnv, dotenv: Record<string, string>, configEnv: Record<string, string> = {}): KeyInfo {
  if (block === null || typeof block !== 'object' || Array.isArray(block)) return { kind: 'no-provider' };
  const apiKey = (block as { apiKey?: unknown }).apiKey;
  if (apiKey === undefined || apiKey === '') return { kind: 'missing' };
  if (typeof apiKey === 'string') {
    if (apiKey !== KEY_REFERENCE_STRING && LITERAL_NAME.test(apiKey.trim())) return { kind: 'literal-name', raw: apiKey };
    const ref = WHOLE_REF.exec(apiKey.trim());
    if (!ref) return { kind: 'inline', value: apiKey };
    const name = ref[1]!;
    const found = lookupVar(name, env, dotenv, configEnv);
    return found ? { kind: 'reference', name, form: 'string', ...found } : { kind: 'reference', name, form: 'string' };
  }
  if (apiKey !== null && typeof apiKey === 'object') {
    const ref = apiKey as { source?: unknown; id?: unknown };
    if (ref.source === 'env' && typeof ref.id === 'string') {
      const found = lookupVar(ref.id, env, dotenv, configEnv);
      return found ? { kind: 'reference', name: ref.id, form: 'object', ...found } : { kind: 'reference', name: ref.id, form: 'object' };
    }
    return { kind: 'secret-ref', source: String(ref.source ?? '?') };
  }
  return { kind: 'invalid' };
}

/** The key a request would carry, when we can know it. */
export function usableKey(info: KeyInfo): string | undefined {
  if (info.kind === 'inline') return info.value.trim();
  if (info.kind === 'reference') return info.value?.trim();
  return undefined;
}

/** Whether a config value is a reference to an environment variable, in either form OpenClaw reads. */
export function isEnvReference(apiKey: unknown): boolean {
  if (typeof apiKey === 'string') return WHOLE_REF.test(apiKey.trim());
  return apiKey !== null && typeof apiKey === 'object' && (apiKey as { source?: unknown }).source === 'env' && typeof (apiKey as { id?: unknown }).id === 'string';
}
