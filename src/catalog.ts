/**
 * Lookups over the model table (catalog-models.ts): entries for the provider block, readable
 * names for ids we do not know, and the live list joined with what we know.
 */
import { CATALOG, NO_DEV_ROLE, STALE_IDS, UNKNOWN_COST, type CatalogModel } from './catalog-models.js';
import { canChat, modelKind, type ModelKind } from './model-kind.js';

export * from './catalog-models.js';
export type { ModelKind } from './model-kind.js';

const byId = new Map(CATALOG.map((m) => [m.id, m]));

export function lookupModel(id: string): CatalogModel | undefined {
  return byId.get(id);
}

export function replacementFor(id: string): string | undefined {
  return STALE_IDS[id];
}

export function needsTemperatureOne(id: string): boolean {
  return byId.get(id)?.temperatureOne === true;
}

/**
 * What a model is for: the gateway's `supported_endpoint_types` when it sent them, else the
 * family; a catalog model that reads images is `vision-chat`.
 */
export function kindOf(id: string, endpointTypes?: readonly string[]): ModelKind {
  const bare = bareId(id);
  return modelKind(bare, endpointTypes, byId.get(bare)?.input.includes('image') === true);
}

/** Whether the model can be an agent's default or fallback (a multi-turn chat with a system prompt). */
export function canBeChatModel(id: string, endpointTypes?: readonly string[]): boolean {
  return canChat(kindOf(id, endpointTypes));
}

/** `aisa/qwen3-max` → `qwen3-max`; a bare id is returned as is. */
export function bareId(id: string, providerId = 'aisa'): string {
  const prefix = `${providerId}/`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
}

/** Keys OpenClaw's strict schema accepts on a model entry (facts.md); nothing else is ever written. */
export const PROVIDER_MODEL_KEYS = ['id', 'name', 'reasoning', 'input', 'contextWindow', 'maxTokens', 'cost', 'compat', 'params', 'headers'] as const;

/** A model entry for `models.providers.aisa.models`: compat nested, never `supportsDeveloperRole` on top. */
export type ProviderModel = Pick<CatalogModel, 'id' | 'name' | 'reasoning' | 'input' | 'contextWindow' | 'maxTokens' | 'cost' | 'compat'>;

const WORDS: Record<string, string> = {
  qwen: 'Qwen', deepseek: 'DeepSeek', kimi: 'Kimi', moonshot: 'Moonshot', glm: 'GLM', gpt: 'GPT', claude: 'Claude',
  gemini: 'Gemini', grok: 'Grok', doubao: 'Doubao', vl: 'VL', mt: 'MT', wan: 'Wan', llama: 'Llama', mini: 'Mini',
};

/** `deepseek-v3.1` → `DeepSeek V3.1`, `qwen3-max` → `Qwen3 Max`, `gpt-4.1` → `GPT 4.1`, `…-2025-12-01` kept as a date. */
export function displayName(id: string): string {
  const words = bareId(id)
    .replace(/(\d{4})-(\d{2})-(\d{2})/g, '$1\u2010$2\u2010$3')
    .replace(/(?<=-|^)(\d)-(\d)(?=-|$)/g, '$1.$2') // claude-sonnet-4-5 → 4.5
    .split(/[-_\s]+/)
    .filter(Boolean);
  return words
    .map((w) => {
      const lower = w.toLowerCase();
      const brand = Object.keys(WORDS).find((b) => lower === b || new RegExp(`^${b}\\d[\\d.]*$`).test(lower));
      if (brand) return WORDS[brand]! + lower.slice(brand.length);
      if (/^[a-z]\d[\d.]*[a-z]?$/i.test(w) || /^\d+(\.\d+)?[bk]$/i.test(w)) return w.toUpperCase(); // v3.1, k2, r1, 32b, 128k
      return /^\d/.test(w) ? w : w[0]!.toUpperCase() + w.slice(1);
    })
    .join(' ')
    .replace(/\u2010/g, '-');
}

/** Catalog metadata as an entry, or conservative metadata for an id we know nothing about. */
export function providerModelEntry(id: string): ProviderModel {
  const bare = bareId(id);
  const m = byId.get(bare);
  const entry: ProviderModel = m
    ? { id: m.id, name: m.name, reasoning: m.reasoning, input: [...m.input], contextWindow: m.contextWindow, maxTokens: m.maxTokens, cost: { ...m.cost } }
    : { id: bare, name: displayName(bare), reasoning: false, input: ['text'], contextWindow: 128000, maxTokens: 8192, cost: { ...UNKNOWN_COST } };
  // Unknown ids get supportsDeveloperRole false too: the system role works on every model behind the gateway.
  const compat = m ? m.compat : NO_DEV_ROLE;
  if (compat) entry.compat = { ...compat };
  return entry;
}

export interface LiveModelInfo {
  id: string;
  entry: ProviderModel;
  /** In the catalog (core or listed). */
  curated: boolean;
  core: boolean;
  /** false for listed-only and unknown ids: limits and price are placeholders. */
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

/** The key's live ids joined with the catalog, in the gateway's order (for `models list`). */
export function describeLiveModels(liveIds: readonly string[], endpointTypes: EndpointTypes = {}): LiveModelInfo[] {
  return [...new Set(liveIds.map((id) => bareId(id)))].map((id) => {
    const m = byId.get(id);
    const kind = kindOf(id, endpointTypes[id]);
    const info: LiveModelInfo = {
      id,
      entry: providerModelEntry(id),
      curated: !!m,
      core: m?.core === true,
      metadataKnown: !!m && m.metadataKnown !== false,
      kind,
      canChat: canChat(kind),
    };
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
 * id is kept as asked, callers warn with `replacementFor`). Without: the core catalog, narrowed to
 * what the key lists when `liveIds` is known (undefined = validation skipped).
 */
export function providerModelsFor(liveIds: readonly string[] | undefined, wanted?: readonly string[]): ProviderModel[] {
  if (wanted && wanted.length > 0) return [...new Set(wanted.map((id) => bareId(id)))].map(providerModelEntry);
  const live = liveIds ? new Set(liveIds.map((id) => bareId(id))) : undefined;
  // Core models are all chat models; the check keeps it so whatever joins the core set later.
  return CATALOG.filter((m) => m.core && canBeChatModel(m.id) && (!live || live.has(m.id))).map((m) => providerModelEntry(m.id));
}

/**
 * An entry for a gateway that is not AIsa: the catalog describes AIsa's models only, so another
 * gateway's ids get the same conservative limits as an unknown AIsa id (128000 / 8192, text, cost
 * 0, no reasoning claimed) and no `compat`: AIsa's "no developer role" holds for its Bailian-hosted
 * models, and saying it of a gateway we know nothing about would be a guess. The name is the id
 * itself, as the gateway spells it: prettifying an unknown id could only mislead.
 */
export function genericModelEntry(id: string): ProviderModel {
  return { id, name: id, reasoning: false, input: ['text'], contextWindow: 128000, maxTokens: 8192, cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 } };
}

/**
 * The model that replaced a retired id, among the ids the key lists (bare ids), or undefined when
 * none is known. Interface shared by doctor's model-ids check and the repairs of configs written by
 * other tools; the catalog rework fills in successors from data (same family, newest listed).
 */
export function successorFor(id: string, listed: readonly string[]): string | undefined {
  const to = replacementFor(bareId(id));
  return to && listed.map((l) => bareId(l)).includes(to) ? to : undefined;
}
