/**
 * The declarations AIsa's script and tutorial write, and what becomes of them. An entry counts as
 * tool-written when it is exactly what those tools write: `id` and `name` only (the tutorial), or the
 * script's uniform placeholders (`reasoning: false`, text only, cost 0, maxTokens 8192). Only such
 * entries are refilled, renamed or dropped; any entry a person has shaped is theirs and left as is.
 */
import { isDeepStrictEqual } from 'node:util';
import { bareId, canBeChatModel, lookupModel, providerModelEntry, successorFor } from '../../../catalog.js';
import { PROVIDER_ID } from '../provider.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const SCRIPT_KEYS = new Set(['id', 'name', 'reasoning', 'input', 'cost', 'contextWindow', 'maxTokens']);
const ZERO_COST = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };

export function isIdNameOnly(e: unknown): boolean {
  return isObject(e) && typeof e.id === 'string' && Object.keys(e).every((k) => k === 'id' || k === 'name');
}

export function isScriptPlaceholder(e: unknown): boolean {
  if (!isObject(e) || typeof e.id !== 'string') return false;
  if (!Object.keys(e).every((k) => SCRIPT_KEYS.has(k))) return false;
  return e.reasoning === false && isDeepStrictEqual(e.input, ['text']) && isDeepStrictEqual(e.cost, ZERO_COST) && e.maxTokens === 8192;
}

/**
 * Written by AIsa's script or tutorial, never touched since: ours to repair. The script's
 * placeholders are its signature anywhere; id and name only is also how people write entries by
 * hand, so it counts only in a config recognised as the tutorial's or the script's (origin.ts).
 */
export function isToolWritten(e: unknown, arrival: boolean): boolean {
  return isScriptPlaceholder(e) || (arrival && isIdNameOnly(e));
}

/** A tool-written entry whose id the catalog has real metadata for. */
export function needsMetadata(e: unknown, arrival: boolean): boolean {
  return isToolWritten(e, arrival) && lookupModel(bareId((e as Json).id as string, PROVIDER_ID)) !== undefined;
}

export interface ModelRepairs {
  /** The config is one of AIsa's own set-ups: id+name-only entries count as tool-written. */
  arrival: boolean;
  /** old bare id → successor. */
  renamed: Map<string, string>;
  /** Bare ids taken out of the declarations, the fallbacks and empty allow-list entries. */
  dropped: Set<string>;
  /** Why each dropped id went: it cannot chat, or the key no longer lists it. */
  why: Map<string, 'non-chat' | 'retired'>;
}

/**
 * Which tool-written declarations go or change. `live`: the key's own list (undefined offline: then
 * only non-chat models are judged, since "retired" needs the key's answer). The default is never
 * dropped: which model replaces it is the person's choice (default-model says so).
 */
export function planModelRepairs(block: unknown, live: readonly string[] | undefined, primaryId: string | undefined, arrival: boolean): ModelRepairs {
  const out: ModelRepairs = { arrival, renamed: new Map(), dropped: new Set(), why: new Map() };
  const models = isObject(block) && Array.isArray(block.models) ? block.models : [];
  const listed = live ? new Set(live) : undefined;
  for (const e of models) {
    if (!isToolWritten(e, arrival)) continue;
    const id = bareId((e as Json).id as string, PROVIDER_ID);
    if (id === primaryId) continue;
    if (!canBeChatModel(id)) {
      out.dropped.add(id);
      out.why.set(id, 'non-chat');
    } else if (listed && !listed.has(id)) {
      const to = successorFor(id, live!);
      if (to && to !== id) out.renamed.set(id, to);
      else {
        out.dropped.add(id);
        out.why.set(id, 'retired');
      }
    }
  }
  return out;
}

/** The declarations after the repairs: dropped entries gone, renamed and placeholder ones refilled. */
export function repairDeclarations(models: unknown[], r: ModelRepairs): unknown[] {
  const ids = new Set(models.flatMap((e) => (isObject(e) && typeof e.id === 'string' ? [bareId(e.id, PROVIDER_ID)] : [])));
  const out: unknown[] = [];
  for (const e of models) {
    if (!isObject(e) || typeof e.id !== 'string' || !isToolWritten(e, r.arrival)) {
      out.push(e);
      continue;
    }
    const id = bareId(e.id, PROVIDER_ID);
    if (r.dropped.has(id)) continue;
    const to = r.renamed.get(id);
    if (to) {
      // The successor declared already (or twice over): one entry is enough.
      if (ids.has(to)) continue;
      ids.add(to);
      out.push(providerModelEntry(to));
    } else if (needsMetadata(e, r.arrival)) out.push({ ...providerModelEntry(id), name: e.name ?? providerModelEntry(id).name });
    else out.push(e);
  }
  return out;
}

/** A reference (`aisa/<id>`) as it reads after the repairs; undefined when it goes. */
export function repairedRef(ref: string, r: ModelRepairs): string | undefined {
  if (!ref.startsWith(`${PROVIDER_ID}/`)) return ref;
  const id = bareId(ref, PROVIDER_ID);
  if (r.dropped.has(id)) return undefined;
  const to = r.renamed.get(id);
  return to ? `${PROVIDER_ID}/${to}` : ref;
}

export function repairAgentModel(model: unknown, r: ModelRepairs): unknown {
  if (!isObject(model) || !Array.isArray(model.fallbacks)) return model;
  const seen = new Set<unknown>([model.primary]);
  const fallbacks = model.fallbacks.flatMap((f) => {
    const ref = typeof f === 'string' ? repairedRef(f, r) : f;
    if (ref === undefined || seen.has(ref)) return [];
    seen.add(ref);
    return [ref];
  });
  return { ...model, fallbacks };
}

/** Allow-list keys renamed or, when their entry is empty (`{}`: nothing a person wrote), removed. */
export function repairAllowList(allow: unknown, r: ModelRepairs): unknown {
  if (!isObject(allow)) return allow;
  const out: Json = {};
  for (const [k, v] of Object.entries(allow)) {
    const ref = repairedRef(k, r);
    const empty = isObject(v) && Object.keys(v).length === 0;
    if (ref === undefined) {
      if (!empty) out[k] = v;
      continue;
    }
    if (ref !== k && ref in allow) continue;
    if (!(ref in out)) out[ref] = v;
  }
  return out;
}
