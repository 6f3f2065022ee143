import { envSecretRef, secretRefText, type EnvSecretRef } from '../../provider-id.js';
import { bareId, displayName, needsTemperatureOne, providerModelEntry, replacementFor, type ProviderModel } from '../../catalog.js';

export const PROVIDER_ID = 'aisa';

export { genericModelEntry } from '../../catalog.js';
export const KEY_ENV_VAR = 'AISA_API_KEY';
/** What the config holds instead of the key: OpenClaw's SecretRef object (provider-id.ts says why). */
export const KEY_REFERENCE: EnvSecretRef = envSecretRef(KEY_ENV_VAR);
/** The same as the older string shorthand, still read everywhere; doctor offers to convert it. */
export const KEY_REFERENCE_STRING = '${AISA_API_KEY}';
export const KEY_REFERENCE_TEXT = secretRefText(KEY_ENV_VAR);

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export interface ProviderPlanInput {
  existing: unknown;
  baseUrl: string;
  /** The key itself (inline) or the reference to the variable holding it. */
  apiKey: string | EnvSecretRef;
  entries: ProviderModel[];
  /** Default `aisa`. */
  providerId?: string;
}

/**
 * The provider block after onboarding, merged over what is there: the user's own keys (headers,
 * extra models, custom names) stay; our three provider fields are set; each declared model is added
 * or completed. Entries already present keep the user's values, except mistakes the schema rejects:
 * an `aisa/` prefix inside the block and `supportsDeveloperRole` outside `compat`.
 */
export function planProvider(input: ProviderPlanInput): Json {
  const block: Json = isObject(input.existing) ? { ...input.existing } : {};
  block.baseUrl = input.baseUrl;
  block.apiKey = input.apiKey;
  block.api = 'openai-completions';
  const aisa = (input.providerId ?? PROVIDER_ID) === PROVIDER_ID;
  const current = Array.isArray(block.models) ? (block.models as unknown[]) : [];
  const repaired = current.map((m) => (isObject(m) && typeof m.id === 'string' ? repairEntry(m, input.providerId) : m));
  const wanted = new Map(input.entries.map((e) => [e.id, e]));
  const models: unknown[] = (aisa ? renameStaleEntries(repaired) : repaired).map((m) => {
    if (!isObject(m) || typeof m.id !== 'string') return m;
    const fixed = m;
    const ours = wanted.get(fixed.id as string);
    if (!ours) return fixed;
    wanted.delete(ours.id);
    return completeEntry(fixed, ours);
  });
  for (const e of wanted.values()) models.push(e);
  block.models = models;
  return block;
}

/**
 * The provider block with `entries` appended to its models where no entry has that id yet (an
 * `aisa/`-prefixed id counts as the same model). Unlike planProvider, nothing else is touched:
 * `models set` declares one model and must not rewrite the user's key, base URL or entries.
 */
export function addModelEntries(existing: unknown, entries: ProviderModel[], providerId = PROVIDER_ID): Json {
  const block: Json = isObject(existing) ? { ...existing } : {};
  const models = Array.isArray(block.models) ? [...(block.models as unknown[])] : [];
  const have = new Set(models.flatMap((m) => (isObject(m) && typeof m.id === 'string' ? [bareId(m.id, PROVIDER_ID)] : [])));
  for (const e of entries) {
    if (have.has(e.id)) continue;
    have.add(e.id);
    models.push(e);
  }
  block.models = models;
  return block;
}

/** Fixes the two mistakes seed 001's own example makes, keeping everything else. */
export function repairEntry(m: Json, providerId = PROVIDER_ID): Json {
  const out: Json = { ...m };
  if (typeof out.id === 'string') out.id = bareId(out.id, providerId);
  if ('supportsDeveloperRole' in out) {
    const compat = isObject(out.compat) ? { ...out.compat } : {};
    if (!('supportsDeveloperRole' in compat)) compat.supportsDeveloperRole = out.supportsDeveloperRole;
    delete out.supportsDeveloperRole;
    out.compat = compat;
  }
  return out;
}

/**
 * An entry with a stale AIsa id, renamed to the id that replaced it: its generated name follows, a
 * custom name and every other field of the user's stay. Unchanged when the id is current.
 */
export function renameStale(m: Json): Json {
  const old = m.id as string;
  const to = replacementFor(old);
  if (!to) return m;
  const out: Json = { ...m, id: to };
  if (out.name === displayName(old) || out.name === old) out.name = providerModelEntry(to).name;
  return out;
}

/**
 * Every stale entry renamed (see renameStale). Renaming can make two entries the same model
 * (qwen3-plus beside a qwen-plus-2025-12-01 the user wrote): the user's current entry is kept over
 * a renamed one, else the first.
 */
export function renameStaleEntries(entries: unknown[]): unknown[] {
  const current = new Set(entries.flatMap((e) => (isObject(e) && typeof e.id === 'string' && !replacementFor(e.id) ? [e.id] : [])));
  const seen = new Set<string>();
  return entries.flatMap((e) => {
    if (!isObject(e) || typeof e.id !== 'string' || !replacementFor(e.id)) return [e];
    const renamed = renameStale(e);
    const id = renamed.id as string;
    if (current.has(id) || seen.has(id)) return [];
    seen.add(id);
    return [renamed];
  });
}

/** A reference to a stale AIsa model (`aisa/qwen3-plus`) as it should read now; anything else unchanged. */
export function currentRef(ref: string): string {
  if (!ref.startsWith(`${PROVIDER_ID}/`)) return ref;
  const to = replacementFor(bareId(ref));
  return to ? `${PROVIDER_ID}/${to}` : ref;
}

function completeEntry(existing: Json, ours: ProviderModel): Json {
  const out: Json = { ...existing };
  for (const [k, v] of Object.entries(ours)) {
    if (out[k] === undefined) out[k] = v;
    else if (k === 'compat' && isObject(out.compat) && isObject(v)) out.compat = { ...v, ...out.compat };
  }
  return out;
}

export interface AgentDefaultsInput {
  existingModel: unknown;
  primary: string;
  fallbacks: string[] | undefined;
  /** Default `aisa`. */
  providerId?: string;
}

/** A bare id gets the provider prefix; another provider's `openai/gpt-4o` is kept as written. */
export function modelRef(id: string, providerId = PROVIDER_ID): string {
  return id.includes('/') ? id : `${providerId}/${id}`;
}

/** `agents.defaults.model`: a string today becomes `{ primary }`; other keys are kept. */
export function planDefaultModel(input: AgentDefaultsInput): Json {
  const out: Json = isObject(input.existingModel) ? { ...input.existingModel } : {};
  const providerId = input.providerId ?? PROVIDER_ID;
  out.primary = `${providerId}/${input.primary}`;
  // A kept chain gets its stale AIsa ids replaced, as the default and the provider block do.
  const keptChain = Array.isArray(out.fallbacks) ? (out.fallbacks as unknown[]).map((f) => (typeof f === 'string' && providerId === PROVIDER_ID ? currentRef(f) : f)) : undefined;
  const fallbacks = input.fallbacks ? input.fallbacks.map((f) => modelRef(f, providerId)) : keptChain;
  if (fallbacks) {
    // The default is never its own fallback (a kept chain may name the model that just became
    // default), and two old ids may now be one.
    const kept = fallbacks.filter((f, i) => f !== out.primary && fallbacks.indexOf(f) === i);
    if (kept.length > 0) out.fallbacks = kept;
    else delete out.fallbacks;
  }
  return out;
}

/**
 * The `agents.defaults.models` entry of one declared model: existing entries stay as they are,
 * new ones are `{}`; a model that accepts only temperature 1 gets that override (kimi-k2.5).
 */
export function planModelAllowEntry(id: string, existing: unknown, providerId = PROVIDER_ID): Json {
  const out: Json = isObject(existing) ? { ...existing } : {};
  // The temperature rule is a fact about AIsa's kimi-k2.5, not about every model of that name.
  if (providerId === PROVIDER_ID && needsTemperatureOne(id)) {
    const params = isObject(out.params) ? { ...out.params } : {};
    params.temperature = 1;
    out.params = params;
  }
  return out;
}
