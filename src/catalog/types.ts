/**
 * The shape of the shipped model table (src/catalog/generated.ts, written by `npm run catalog` from
 * data/catalog/). Nothing here is typed by hand per model: see scripts/catalog/generate.ts.
 */
import type { ModelKind } from '../model-kind.js';

/** What OpenClaw's model entry accepts and the gateway passes on: text and images. */
export type InputKind = 'text' | 'image';

export interface ModelCost {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
}

/**
 * Where a row's limits come from: `registry` (the upstream model's row in @mariozechner/pi-ai),
 * `inferred` (no source knows the model: its nearest sibling's figures), `unknown` (no sibling
 * either: conservative defaults), `none` (not a chat model: limits do not apply).
 */
export type MetadataSource = 'registry' | 'inferred' | 'unknown' | 'none';

export interface CatalogModel {
  id: string;
  name: string;
  /** What the model is for, from AIsa's catalog (endpoints) then the name. */
  kind: ModelKind;
  reasoning: boolean;
  input: InputKind[];
  contextWindow: number;
  maxTokens: number;
  /**
   * What a provider entry's `cost` gets: AIsa's own published price (USD per 1M tokens) or zeros.
   * Never the upstream's list price: OpenClaw would show it as what this key costs.
   */
  cost: ModelCost;
  /** The date of AIsa's price; absent when AIsa published none (then `cost` is zeros). */
  priceAsOf?: string;
  /** Written under `compat` in the provider block (never directly on the model: the schema rejects it). */
  compat?: { supportsDeveloperRole?: boolean };
  /** The model rejects any temperature but 1 (kimi-k2.5). */
  temperatureOne?: boolean;
  /** Curated: declared and preselected by default when the key can use it. */
  core: boolean;
  metadata: MetadataSource;
  /** The registry row (`moonshotai:kimi-k2.5`) or the sibling (`claude-opus-4-7`) the limits come from. */
  metadataFrom?: string;
  /** AIsa's vendor label (`Alibaba`) and capability words (`coding`, `vision`), as its catalog gives them. */
  provider: string;
  capabilities: string[];
  /** In AIsa's newest catalog; false: an id AIsa has retired (kept to name its successor). */
  listed: boolean;
  /** AIsa serves it on /v1/chat/completions (false: another route only, e.g. /v1/messages). */
  chatRoute: boolean;
}
