import { bareId, canBeChatModel, needsTemperatureOne, providerModelEntry } from '../../../catalog.js';
import { KEY_REFERENCE, planModelAllowEntry, PROVIDER_ID, renameStale, repairEntry } from '../provider.js';
import { API_MODE } from './checks/api-mode.js';
import { fixedBaseUrl } from './checks/base-url.js';
import { intendedId } from './checks/default-model.js';
import { isObject } from './guards.js';
import type { KeyInfo } from '../key-ref.js';
import { envSecretRef, type EnvSecretRef } from '../../../provider-id.js';

type Json = Record<string, unknown>;

/**
 * What the provider block's `apiKey` should become, or undefined to leave it. A `"${VAR}"` string
 * becomes the SecretRef object naming the same variable: OpenClaw's own doctor calls the string a
 * plaintext credential, and the object is read the same way (facts.md).
 */
export function fixedApiKey(key: KeyInfo, varSet: boolean, moveInline: boolean): EnvSecretRef | undefined {
  if (key.kind === 'reference' && key.form === 'string') return envSecretRef(key.name);
  if (key.kind === 'literal-name') return KEY_REFERENCE;
  if (key.kind === 'missing' && varSet) return KEY_REFERENCE;
  if (key.kind === 'inline' && moveInline) return KEY_REFERENCE;
  return undefined;
}

/**
 * One model entry with every automatable fix: the `aisa/` prefix stripped and `supportsDeveloperRole`
 * moved under `compat` (repairEntry), a stale id replaced (its generated name too, a custom name
 * kept), a missing name filled in, and temperature 1 where the model accepts nothing else.
 */
export function fixEntry(entry: unknown): unknown {
  if (!isObject(entry) || typeof entry.id !== 'string') return entry;
  const out = renameStale(repairEntry(entry));
  if (typeof out.name !== 'string' || out.name === '') out.name = providerModelEntry(out.id as string).name;
  if (isObject(out.params) && out.params.temperature !== undefined && needsTemperatureOne(out.id as string)) {
    out.params = { ...out.params, temperature: 1 };
  }
  return out;
}

export interface ProviderFixInput {
  block: Json;
  apiKey: EnvSecretRef | undefined;
  /** Ids the agent defaults use that the block must declare (the default, the fallbacks). */
  mustDeclare: string[];
}

export function fixProvider({ block, apiKey, mustDeclare }: ProviderFixInput): Json {
  const out: Json = { ...block };
  const url = fixedBaseUrl(block.baseUrl);
  if (url) out.baseUrl = url;
  if (out.api !== API_MODE) out.api = API_MODE;
  if (apiKey !== undefined) out.apiKey = apiKey;
  const models: unknown[] = [];
  // Fixing ids can make two entries the same model (qwen3-plus renamed beside a qwen-plus-2025-12-01
  // the user wrote): keep one, the user's own current entry over a renamed one, else the first.
  const at = new Map<string, { index: number; renamed: boolean }>();
  for (const raw of Array.isArray(block.models) ? block.models : []) {
    const e = fixEntry(raw);
    const id = isObject(e) && typeof e.id === 'string' ? e.id : undefined;
    const renamed = isObject(raw) && typeof raw.id === 'string' && bareId(raw.id) !== id;
    const kept = id === undefined ? undefined : at.get(id);
    if (kept) {
      if (kept.renamed && !renamed) {
        models[kept.index] = e;
        kept.renamed = false;
      }
      continue;
    }
    if (id !== undefined) at.set(id, { index: models.length, renamed });
    models.push(e);
  }
  for (const id of mustDeclare) {
    if (at.has(id)) continue;
    at.set(id, { index: models.length, renamed: false });
    models.push(providerModelEntry(id));
  }
  out.models = models;
  return out;
}

/** A model reference as it should read: `aisa/` + the current id, or unchanged when not AIsa's. */
export function fixRef(value: string, declared: Set<string>): string {
  const id = intendedId(value, declared);
  return id === undefined ? value : `${PROVIDER_ID}/${id}`;
}

/** An AIsa reference to a model that cannot run an agent: --fix never writes one (default-model reports it). */
function cannotChat(value: string, declared: Set<string>): boolean {
  const id = intendedId(value, declared);
  return id !== undefined && !canBeChatModel(id);
}

export function fixAgentModel(model: unknown, declared: Set<string>): unknown {
  if (typeof model === 'string') return cannotChat(model, declared) ? model : fixRef(model, declared);
  if (!isObject(model)) return model;
  const out: Json = { ...model };
  // A default that cannot chat is left as written: which chat model replaces it is the user's choice.
  if (typeof out.primary === 'string' && !cannotChat(out.primary, declared)) out.primary = fixRef(out.primary, declared);
  if (Array.isArray(out.fallbacks)) {
    // Two old ids can become one current id, and the default is no fallback for itself: keep the first of each.
    const seen = new Set<unknown>([out.primary]);
    out.fallbacks = out.fallbacks.flatMap((f) => {
      // A fallback that cannot chat fails every time it is tried: dropping it is the safe fix.
      if (typeof f === 'string' && cannotChat(f, declared)) return [];
      const ref = typeof f === 'string' ? fixRef(f, declared) : f;
      if (typeof ref === 'string' && seen.has(ref)) return [];
      seen.add(ref);
      return [ref];
    });
  }
  return out;
}

/**
 * `agents.defaults.models` with its keys fixed like any reference (an existing entry under the new
 * name wins) and temperature 1 where needed. Older OpenClaw builds read a non-empty record as an
 * allow-list, so once it has entries every declared AIsa model gets one, as onboard writes it.
 */
export function fixAllowList(allow: unknown, declared: Set<string>, fixedIds: string[], tempOne: string[]): unknown {
  if (allow !== undefined && !isObject(allow)) return allow;
  const out: Json = {};
  for (const [k, v] of Object.entries(allow ?? {})) {
    const key = fixRef(k, declared);
    if (!(key in out) || key === k) out[key] = v;
  }
  for (const id of tempOne) out[`${PROVIDER_ID}/${id}`] = planModelAllowEntry(id, out[`${PROVIDER_ID}/${id}`]);
  if (Object.keys(out).length === 0) return allow;
  for (const id of fixedIds) out[`${PROVIDER_ID}/${id}`] ??= {};
  return out;
}

/** Ids the fixed agent defaults point at inside AIsa, to declare when the block lacks them. */
export function referencedIds(model: unknown, declared: Set<string>): string[] {
  const fixed = fixAgentModel(model, declared);
  const refs = typeof fixed === 'string' ? [fixed] : isObject(fixed) ? [fixed.primary, ...(Array.isArray(fixed.fallbacks) ? fixed.fallbacks : [])] : [];
  return refs
    .filter((r): r is string => typeof r === 'string' && r.startsWith(`${PROVIDER_ID}/`))
    .map((r) => bareId(r, PROVIDER_ID))
    .filter((id) => canBeChatModel(id));
}

