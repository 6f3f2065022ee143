import { bareId, replacementFor } from '../../catalog.js';
import { readEnvText } from './envfile.js';
import { isEnvReference } from './key-ref.js';
import { KEY_ENV_VAR, PROVIDER_ID } from './provider.js';
import { duplicateKeyWarnings, type ConfigTree } from './tree.js';

/** What is already there before onboarding: read once, changes nothing. */
export interface Surroundings {
  configExists: boolean;
  hasProvider: boolean;
  /** The current default as a bare aisa id, when the default is an aisa model. */
  primary: string | undefined;
  /** The current default exactly as written (any provider). */
  defaultRef: string | undefined;
  /** The current fallbacks exactly as written (any provider). */
  fallbacks: string[] | undefined;
  /** The key in `<state dir>/.env`, if any. */
  envFileKey: string | undefined;
  /** How the provider holds its key today: a reference to a variable (either form) or a literal. */
  keyStorage: 'reference' | 'inline' | undefined;
  /** The gateway address the provider block points at today, as written. */
  baseUrl: string | undefined;
  /** Keys written twice in the config (json5 keeps the last), as warnings to say. */
  duplicates: string[];
  /** Stale AIsa ids written anywhere (block, default, fallbacks, allow-list): onboard replaces them. */
  staleIds: string[];
}

/** What the files as read (the config tree and `.env`'s text) say; reads nothing itself. */
export async function lookAround(tree: ConfigTree, envText: string | null, providerId = PROVIDER_ID, keyEnvVar = KEY_ENV_VAR): Promise<Surroundings> {
  const block = (await tree.get(['models', 'providers', providerId])) as { apiKey?: unknown; baseUrl?: unknown } | undefined;
  const model = await tree.get(['agents', 'defaults', 'model']);
  const primaryRef = typeof model === 'string' ? model : (model as { primary?: unknown } | undefined)?.primary;
  const fallbacks = (model as { fallbacks?: unknown } | undefined)?.fallbacks;
  const apiKey = block?.apiKey;
  const allow = await tree.get(['agents', 'defaults', 'models']);
  const declared = Array.isArray((block as { models?: unknown } | undefined)?.models) ? ((block as { models: unknown[] }).models) : [];
  const refs = [
    ...declared.map((m) => `${providerId}/${bareId(String((m as { id?: unknown } | null)?.id ?? ''), providerId)}`),
    ...(typeof primaryRef === 'string' ? [primaryRef] : []),
    ...(Array.isArray(fallbacks) ? fallbacks.filter((f): f is string => typeof f === 'string') : []),
    ...(allow && typeof allow === 'object' ? Object.keys(allow) : []),
  ];
  const staleIds = providerId === PROVIDER_ID ? [...new Set(refs.filter((r) => r.startsWith(`${providerId}/`)).map((r) => bareId(r)).filter((id) => replacementFor(id)))] : [];
  return {
    configExists: tree.main.before !== null,
    hasProvider: block !== undefined,
    primary: typeof primaryRef === 'string' && primaryRef.startsWith(`${providerId}/`) ? bareId(primaryRef, providerId) : undefined,
    defaultRef: typeof primaryRef === 'string' ? primaryRef : undefined,
    fallbacks: Array.isArray(fallbacks) ? fallbacks.filter((f): f is string => typeof f === 'string') : undefined,
    envFileKey: readEnvText(envText)[keyEnvVar],
    keyStorage: isEnvReference(apiKey) ? 'reference' : typeof apiKey === 'string' ? 'inline' : undefined,
    baseUrl: typeof block?.baseUrl === 'string' ? block.baseUrl : undefined,
    staleIds,
    duplicates: duplicateKeyWarnings(tree),
  };
}
