import { bareId, describeLiveModels, inferredFrom, lookupModel, type EndpointTypes, type MetadataSource, type ModelKind } from '../catalog.js';
import { AISA_ID as PROVIDER_ID } from '../provider-id.js';
import type { DeclaredModel } from '../targets/target.js';

/**
 * One model of `aisa-setup models`, and one element of the `--json` array. Stable field names:
 * scripts read them.
 */
export interface ModelRow {
  /** Bare upstream id, as written in the provider block: `qwen3-max`. */
  id: string;
  /** The reference used everywhere else in the config: `aisa/qwen3-max`. */
  ref: string;
  /** The name in the user's provider entry, else the catalog's, else one derived from the id. */
  name: string;
  /** Context window in tokens; null when neither the catalog nor the config knows it. */
  contextWindow: number | null;
  /**
   * AIsa's own price in USD per 1M tokens as of `priceAsOf` (prices change: aisa.one/models), else
   * the price in the user's own entry; null when neither. Never an upstream's list price.
   */
  price: { input: number; output: number } | null;
  /** The date of AIsa's price; null when the price is the user's or unknown. */
  priceAsOf: string | null;
  /**
   * Where the context window comes from: `registry` (the upstream's), `inferred` (a sibling's:
   * `inferredFrom`), `unknown` (placeholders), `none` (not a chat model); null: the user's entry or nothing.
   */
  metadata: MetadataSource | null;
  inferredFrom: string | null;
  /** The gateway lists it for this key; null with --offline (not asked). */
  live: boolean | null;
  /** Has an entry in `models.providers.aisa.models`. */
  declared: boolean;
  /** It is `agents.defaults.model.primary`. */
  default: boolean;
  /** 1-based place in `agents.defaults.model.fallbacks`; null when not a fallback. */
  fallback: number | null;
  /** An old id the gateway no longer serves (chat answers 503 "no available channel"). */
  stale: boolean;
  /** For a stale id: the id to use instead; otherwise null. */
  replacement: string | null;
  /** Known to the built-in catalog (curated metadata). */
  inCatalog: boolean;
  /** What it is for: chat, vision-chat, translation, image, video, embedding, rerank, speech. */
  kind: ModelKind;
  /** Whether it can run an agent, so be the default or a fallback (chat and vision-chat only). */
  canChat: boolean;
}

export interface RowsInput {
  /** Live ids (bare) in the gateway's order; undefined with --offline. */
  liveIds: string[] | undefined;
  /** The gateway's `supported_endpoint_types` per id, where it sent them. */
  endpointTypes?: EndpointTypes | undefined;
  declared: DeclaredModel[];
  primary: string | undefined;
  fallbacks: string[];
}

/** The live list, then declared models the key does not list, then a default or fallback declared nowhere. */
export function buildRows(input: RowsInput): ModelRow[] {
  const aisa = (ref: string | undefined) => (ref?.startsWith(`${PROVIDER_ID}/`) ? bareId(ref, PROVIDER_ID) : undefined);
  const primary = aisa(input.primary);
  const fallbacks = input.fallbacks.map(aisa);
  const declared = new Map(input.declared.map((d) => [d.id, d]));
  const live = input.liveIds ? new Set(input.liveIds) : undefined;
  const ids = [...(input.liveIds ?? []), ...declared.keys(), ...(primary ? [primary] : []), ...fallbacks.filter((f): f is string => !!f)];
  return describeLiveModels(ids, input.endpointTypes).map((info) => {
    const mine = declared.get(info.id);
    const known = info.metadataKnown;
    const row = lookupModel(info.id);
    const cost = row?.priceAsOf ? row.cost : mine?.cost;
    const priced = typeof cost?.input === 'number' && typeof cost.output === 'number' && cost.input + cost.output > 0;
    const from = row ? (row.metadata === 'inferred' ? row.metadataFrom : undefined) : inferredFrom(info.id);
    const place = fallbacks.indexOf(info.id);
    return {
      id: info.id,
      ref: `${PROVIDER_ID}/${info.id}`,
      name: mine?.name ?? row?.name ?? info.entry.name,
      contextWindow: known ? info.entry.contextWindow : (mine?.contextWindow ?? null),
      price: priced ? { input: cost!.input!, output: cost!.output! } : null,
      priceAsOf: priced && row?.priceAsOf ? row.priceAsOf : null,
      metadata: row ? row.metadata : from ? 'inferred' : null,
      inferredFrom: from ?? null,
      live: live ? live.has(info.id) : null,
      declared: declared.has(info.id),
      default: info.id === primary,
      fallback: place >= 0 ? place + 1 : null,
      stale: info.stale === true,
      replacement: info.replacement ?? null,
      inCatalog: info.curated,
      kind: info.kind,
      canChat: info.canChat,
    };
  });
}
