/**
 * The shipped table is written compactly (generated.ts): a field at its usual value is left out and
 * AIsa's price is a pair. This restores full rows once, at load.
 */
import type { CatalogModel, InputKind, MetadataSource } from './types.js';
import type { ModelKind } from '../model-kind.js';

export interface CompactModel {
  id: string;
  name: string;
  kind: ModelKind;
  metadata: MetadataSource;
  provider: string;
  contextWindow: number;
  maxTokens: number;
  /** AIsa's [input, output] USD per 1M tokens, as of `priceAsOf`. */
  price?: [number, number];
  priceAsOf?: string;
  reasoning?: true;
  /** Absent: text only. */
  image?: true;
  /** Absent: the developer role is used (only OpenAI's models keep it). */
  noDevRole?: true;
  temperatureOne?: true;
  core?: true;
  metadataFrom?: string;
  capabilities?: string[];
  /** Present only when false. */
  listed?: false;
  chatRoute?: false;
}

export function compact(m: CatalogModel): CompactModel {
  const c: CompactModel = { id: m.id, name: m.name, kind: m.kind, metadata: m.metadata, provider: m.provider, contextWindow: m.contextWindow, maxTokens: m.maxTokens };
  if (m.priceAsOf) {
    c.price = [m.cost.input, m.cost.output];
    c.priceAsOf = m.priceAsOf;
  }
  if (m.reasoning) c.reasoning = true;
  if (m.input.includes('image')) c.image = true;
  if (m.compat?.supportsDeveloperRole === false) c.noDevRole = true;
  if (m.temperatureOne) c.temperatureOne = true;
  if (m.core) c.core = true;
  if (m.metadataFrom) c.metadataFrom = m.metadataFrom;
  if (m.capabilities.length) c.capabilities = m.capabilities;
  if (!m.listed) c.listed = false;
  if (!m.chatRoute) c.chatRoute = false;
  return c;
}

export function expand(c: CompactModel): CatalogModel {
  const input: InputKind[] = c.image ? ['text', 'image'] : ['text'];
  const m: CatalogModel = {
    id: c.id,
    name: c.name,
    kind: c.kind,
    reasoning: c.reasoning === true,
    input,
    contextWindow: c.contextWindow,
    maxTokens: c.maxTokens,
    cost: { input: c.price?.[0] ?? 0, output: c.price?.[1] ?? 0, cacheRead: 0, cacheWrite: 0 },
    core: c.core === true,
    metadata: c.metadata,
    provider: c.provider,
    capabilities: c.capabilities ?? [],
    listed: c.listed !== false,
    chatRoute: c.chatRoute !== false,
  };
  if (c.priceAsOf) m.priceAsOf = c.priceAsOf;
  if (c.noDevRole) m.compat = { supportsDeveloperRole: false };
  if (c.temperatureOne) m.temperatureOne = true;
  if (c.metadataFrom) m.metadataFrom = c.metadataFrom;
  return m;
}
