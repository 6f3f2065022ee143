/**
 * Lookups over the shipped model table (src/catalog/generated.ts, made by `npm run catalog` from
 * data/catalog/): entries for the provider block, what a model is, the successor of a retired id,
 * and the live list joined with what we know.
 */
import { CATALOG, CURATED, STALE_IDS, SUCCESSORS } from './catalog/generated.js';
import { nearestSibling, newestOfLine } from './catalog/family.js';
import { bareId, displayName } from './catalog/names.js';
import type { CatalogModel, ModelCost } from './catalog/types.js';
import { canChat, modelKind, type ModelKind } from './model-kind.js';

export { CATALOG, CATALOG_AS_OF, CURATED, DEFAULT_MODEL, PRICES_AS_OF, PRICES_WHERE, REGISTRY, STALE_IDS, SUCCESSORS } from './catalog/generated.js';
export type { CatalogModel, InputKind, MetadataSource, ModelCost } from './catalog/types.js';
export type { ModelKind } from './model-kind.js';
export { bareId, displayName } from './catalog/names.js';

export const NO_DEV_ROLE = { supportsDeveloperRole: false } as const;
export const UNKNOWN_COST: ModelCost = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };

/**
 * Stale ids that older guides (seed 001) sent to qwen-mt-flash, a translation model: AIsa's own
 * replacement is qwen-flash, and the message says why it is not the one those guides name.
 */
export const NO_VERIFIED_SUCCESSOR: ReadonlySet<string> = new Set(Object.keys(STALE_IDS).filter((id) => STALE_IDS[id] === 'qwen-flash'));

const byId = new Map(CATALOG.map((m) => [m.id, m]));
// Sibling figures for ids no source knows come from chat rows with real (registry) limits only.
const MEASURED = CATALOG.filter((m) => m.metadata === 'registry').map((m) => m.id);

export function lookupModel(id: string): CatalogModel | undefined {
  return byId.get(bareId(id));
}

/** AIsa's own replacement for an id its gateway still lists but no longer serves (503). */
export function replacementFor(id: string): string | undefined {
  return STALE_IDS[id];
}

export function needsTemperatureOne(id: string): boolean {
  return byId.get(bareId(id))?.temperatureOne === true;
}

/**
 * What a model is for: an explicit non-chat tag, else the table's kind (AIsa's catalog, then the
 * name), else the name. A chat model AIsa serves off /v1/chat/completions (its catalog's
 * endpoints: /v1/messages only) is `messages-only`: our block could not reach it.
 */
export function kindOf(id: string, endpointTypes?: readonly string[]): ModelKind {
  const bare = bareId(id);
  const m = byId.get(bare);
  const kind = modelKind(bare, endpointTypes, m?.kind, m?.input.includes('image') === true);
  return m?.chatRoute === false && canChat(kind) ? 'messages-only' : kind;
}

/** Whether the model can be an agent's default or fallback (a multi-turn chat with a system prompt). */
export function canBeChatModel(id: string, endpointTypes?: readonly string[]): boolean {
  return canChat(kindOf(id, endpointTypes));
}

/** Keys OpenClaw's strict schema accepts on a model entry (facts.md); nothing else is ever written. */
export const PROVIDER_MODEL_KEYS = ['id', 'name', 'reasoning', 'input', 'contextWindow', 'maxTokens', 'cost', 'compat', 'params', 'headers'] as const;

/** A model entry for `models.providers.aisa.models`: compat nested, never `supportsDeveloperRole` on top. */
export type ProviderModel = Pick<CatalogModel, 'id' | 'name' | 'reasoning' | 'input' | 'contextWindow' | 'maxTokens' | 'cost' | 'compat'>;

/** For an id the table lacks: the sibling whose figures its entry borrows, or undefined (then conservative limits). */
export function inferredFrom(id: string): string | undefined {
  const bare = bareId(id);
  return byId.has(bare) ? undefined : nearestSibling(bare, MEASURED);
}

/**
 * The table's entry (AIsa's price or cost 0, never an upstream's list price), or for an id it
 * lacks: its nearest sibling's limits (family inference), else conservative ones (128000 / 8192,
 * text only). Either way no price is claimed and the developer role is not used.
 */
export function providerModelEntry(id: string): ProviderModel {
  const bare = bareId(id);
  const m = byId.get(bare);
  if (m) {
    const entry: ProviderModel = { id: m.id, name: m.name, reasoning: m.reasoning, input: [...m.input], contextWindow: m.contextWindow, maxTokens: m.maxTokens, cost: { ...m.cost } };
    if (m.compat) entry.compat = { ...m.compat };
    return entry;
  }
  const from = inferredFrom(bare);
  const s = from ? byId.get(from)! : undefined;
  return {
    id: bare,
    name: displayName(bare),
    reasoning: s?.reasoning ?? false,
    input: s ? [...s.input] : ['text'],
    contextWindow: s?.contextWindow ?? 128000,
    maxTokens: s?.maxTokens ?? 8192,
    cost: { ...UNKNOWN_COST },
    compat: { ...NO_DEV_ROLE },
  };
}

export interface LiveModelInfo {
  id: string;
  entry: ProviderModel;
  /** In the shipped table (every id AIsa has published). */
  curated: boolean;
  core: boolean;
  /** Limits from a source (registry) or inferred from a sibling; false: conservative placeholders. */
  metadataKnown: boolean;
  /** The gateway still lists it, but chat answers "no available channel": use `replacement`. */
  stale?: true;
  replacement?: string;
  /** What it is for (chat, translation, image…), and whether it can run an agent. */
  kind: ModelKind;
  canChat: boolean;
}

/** The gateway's `supported_endpoint_types`, per bare id, as /models listed them. */
export type EndpointTypes = Readonly<Record<string, readonly string[]>>;

/** Whether an id's limits are real or inferred (not the conservative placeholders). */
export function hasKnownLimits(id: string): boolean {
  const m = byId.get(bareId(id));
  return m ? m.metadata === 'registry' || m.metadata === 'inferred' : inferredFrom(id) !== undefined;
}

/** The key's live ids joined with the catalog, in the gateway's order (for `models list`). */
export function describeLiveModels(liveIds: readonly string[], endpointTypes: EndpointTypes = {}): LiveModelInfo[] {
  return [...new Set(liveIds.map((id) => bareId(id)))].map((id) => {
    const m = byId.get(id);
    const kind = kindOf(id, endpointTypes[id]);
    const info: LiveModelInfo = { id, entry: providerModelEntry(id), curated: !!m, core: m?.core === true, metadataKnown: hasKnownLimits(id), kind, canChat: canChat(kind) };
    const replacement = replacementFor(id);
    if (replacement) {
      info.stale = true;
      info.replacement = replacement;
    }
    return info;
  });
}

/**
 * The entries to declare. With `wanted`: exactly those ids (bare, deduplicated, in order; a stale
 * id is kept as asked, callers warn with `replacementFor`). Without: the curated set, narrowed to
 * what the key lists when `liveIds` is known (undefined = validation skipped).
 */
export function providerModelsFor(liveIds: readonly string[] | undefined, wanted?: readonly string[]): ProviderModel[] {
  if (wanted && wanted.length > 0) return [...new Set(wanted.map((id) => bareId(id)))].map(providerModelEntry);
  const live = liveIds ? new Set(liveIds.map((id) => bareId(id))) : undefined;
  return CURATED.filter((id) => canBeChatModel(id) && (!live || live.has(id))).map(providerModelEntry);
}

/**
 * An entry for a gateway that is not AIsa: the catalog describes AIsa's models only, so another
 * gateway's ids get conservative limits (128000 / 8192, text, cost 0, no reasoning claimed) and no
 * `compat`. The name is the id itself, as the gateway spells it: prettifying an unknown id could
 * only mislead.
 */
export function genericModelEntry(id: string): ProviderModel {
  return { id, name: id, reasoning: false, input: ['text'], contextWindow: 128000, maxTokens: 8192, cost: { ...UNKNOWN_COST } };
}

/**
 * The model that replaced a retired id, among the ids the key lists (bare ids), or undefined when
 * none is known. AIsa's own word first (stale ids, the facts' successors); else the newest listed
 * chat model of the same line (`claude-opus-4-1-20250805` → `claude-opus-5`; a messages-only
 * claude-opus-5-5 cannot chat through our block). An id the key still lists (and AIsa does not call stale) has no successor.
 */
export function successorFor(id: string, listed: readonly string[]): string | undefined {
  const bare = bareId(id);
  const live = listed.map((l) => bareId(l));
  const told = replacementFor(bare) ?? SUCCESSORS[bare];
  if (told && live.includes(told)) return told;
  if (live.includes(bare) && !replacementFor(bare)) return undefined;
  if (!canBeChatModel(bare)) return undefined;
  const usable = live.filter((l) => !replacementFor(l) && canBeChatModel(l));
  return newestOfLine(bare, usable);
}
