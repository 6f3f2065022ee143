/**
 * Builds the shipped model table (src/catalog/generated.ts) from data/catalog/: AIsa's published
 * catalog, the hand-kept AIsa facts, and the upstream limits of the pinned registry
 * (@mariozechner/pi-ai). A pure function of its inputs: `npm run catalog` writes its text, and a
 * test runs it in memory and fails when the shipped file differs.
 */
import { displayName } from '../../src/catalog/names.js';
import { nearestSibling } from '../../src/catalog/family.js';
import { canChat, nameKind, type ModelKind } from '../../src/model-kind.js';
import type { CatalogModel, InputKind, MetadataSource } from '../../src/catalog/types.js';
import { compact } from '../../src/catalog/expand.js';
import { checkCurated, type AisaFacts } from './facts.js';

export interface AisaRow {
  id: string;
  provider: string;
  endpoints: string[];
  capabilities: string[];
  contextWindow?: number;
  inputPrice?: number;
  outputPrice?: number;
  priceAsOf?: string;
  listed: string[];
}

/** One upstream model as the registry gives it (the fields we read). */
export interface RegistryModel {
  name: string;
  reasoning: boolean;
  input: string[];
  contextWindow: number;
  maxTokens: number;
  compat?: { supportsDeveloperRole?: boolean };
}
export type Registry = Record<string, Record<string, RegistryModel>>;

export interface Inputs {
  aisa: AisaRow[];
  facts: AisaFacts;
  registry: Registry;
  /** `@mariozechner/pi-ai@0.73.1`: named in the generated file. */
  registryName: string;
}

// Limits for a chat model no source knows and no sibling shares a line with: said out loud (metadata 'unknown').
const FALLBACK = { contextWindow: 128000, maxTokens: 8192 };
const FIRST_PARTY_NAMES = new Set(['openai', 'anthropic', 'google', 'xai', 'deepseek', 'moonshotai', 'minimax', 'zai', 'xiaomi']);

const ENDPOINT_KIND: ReadonlyArray<readonly [RegExp, ModelKind]> = [
  [/^\/v1\/images\//, 'image'],
  [/^\/v1\/video\//, 'video'],
  [/^\/v1\/embeddings$/, 'embedding'],
  [/^\/v1\/rerank$/, 'rerank'],
  [/^\/v1\/(systemone|classify)$/, 'classify'],
];
const CHAT_ROUTE = /^\/v1\/(chat\/completions|messages|responses)$|generateContent/;

/**
 * AIsa's catalog first: a model it serves on no chat route is what its endpoints say. A model on a
 * chat route still goes through the name (AIsa serves Qwen-MT and an image model on
 * /chat/completions: a route is not what a model is). No endpoints (older catalogs): capabilities.
 */
export function catalogKind(row: AisaRow, imageInput: boolean): ModelKind {
  const chatRoute = row.endpoints.some((e) => CHAT_ROUTE.test(e));
  if (!chatRoute) {
    for (const e of row.endpoints) {
      const kind = ENDPOINT_KIND.find(([re]) => re.test(e))?.[1];
      if (kind) return kind;
    }
    if (row.capabilities.length === 1 && row.capabilities[0] === 'image') return 'image';
    if (row.capabilities.includes('embeddings')) return 'embedding';
  }
  const named = nameKind(row.id);
  if (named && named !== 'vision-chat') return named;
  return imageInput || named === 'vision-chat' ? 'vision-chat' : 'chat';
}

/**
 * The registry row for an AIsa id: the facts' explicit alias, else the first exact (case-blind)
 * match in the registry providers the facts list for AIsa's vendor, in their order
 * (`openrouter:qwen/` = the openrouter provider, id prefixed `qwen/`). Returns `provider:id`.
 */
export function matchRegistry(row: AisaRow, facts: AisaFacts, registry: Registry): string | undefined {
  const alias = facts.registry.aliases[row.id];
  if (alias) {
    const [p, ...rest] = alias.split(':');
    if (!registry[p!]?.[rest.join(':')]) throw new Error(`aisa-facts.json: alias ${row.id} → ${alias} is not in the registry`);
    return alias;
  }
  for (const source of facts.registry.providers[row.provider] ?? []) {
    const [provider, prefix = ''] = source.split(':');
    const models = registry[provider!] ?? {};
    const want = `${prefix}${row.id}`.toLowerCase();
    const hit = Object.keys(models).find((k) => k.toLowerCase() === want);
    if (hit) return `${provider}:${hit}`;
  }
  return undefined;
}

function registryRow(key: string, registry: Registry): RegistryModel {
  const [p, ...rest] = key.split(':');
  return registry[p!]![rest.join(':')]!;
}

function inputs(list: readonly string[], vision: boolean): InputKind[] {
  const image = vision || list.includes('image');
  return image ? ['text', 'image'] : ['text'];
}

interface Limits {
  reasoning: boolean;
  input: InputKind[];
  contextWindow: number;
  maxTokens: number;
  metadata: MetadataSource;
  metadataFrom?: string;
  name?: string;
  devRole?: boolean;
}

/** Limits from the registry; AIsa's stated context wins where it is smaller. */
function fromRegistry(row: AisaRow, key: string, registry: Registry): Limits {
  const r = registryRow(key, registry);
  const contextWindow = Math.min(r.contextWindow, row.contextWindow ?? Infinity);
  const provider = key.split(':')[0]!;
  return {
    reasoning: r.reasoning,
    input: inputs(r.input, row.capabilities.includes('vision')),
    contextWindow,
    maxTokens: Math.min(r.maxTokens, contextWindow),
    metadata: 'registry',
    metadataFrom: key,
    // A first-party registry's name for the very id (an alias's name would be its upstream's).
    ...(FIRST_PARTY_NAMES.has(provider) && key === `${provider}:${row.id}` ? { name: r.name } : {}),
    ...(r.compat?.supportsDeveloperRole === false ? { devRole: false } : {}),
  };
}

/** Every id AIsa has published, as shipped rows, in the catalog's order. */
export function buildRows({ aisa, facts, registry }: Inputs): CatalogModel[] {
  const asOf = facts.catalog.asOf;
  const vision = (row: AisaRow) => row.capabilities.includes('vision');
  const kinds = new Map(aisa.map((row) => [row.id, catalogKind(row, vision(row))]));
  const limits = new Map<string, Limits>();
  for (const row of aisa) {
    if (!canChat(kinds.get(row.id)!)) continue;
    const key = matchRegistry(row, facts, registry);
    if (key) limits.set(row.id, fromRegistry(row, key, registry));
  }
  const known = [...limits.keys()];
  return aisa.map((row): CatalogModel => {
    let kind = kinds.get(row.id)!;
    let l = limits.get(row.id);
    if (!l && canChat(kind)) {
      const sibling = nearestSibling(row.id, known);
      const s = sibling ? limits.get(sibling)! : undefined;
      const contextWindow = row.contextWindow ?? s?.contextWindow ?? FALLBACK.contextWindow;
      l = {
        reasoning: s?.reasoning ?? false,
        input: inputs(s?.input ?? [], vision(row)),
        contextWindow,
        maxTokens: Math.min(s?.maxTokens ?? FALLBACK.maxTokens, contextWindow),
        metadata: s ? 'inferred' : 'unknown',
        ...(sibling ? { metadataFrom: sibling } : {}),
      };
    }
    l ??= { reasoning: false, input: inputs([], vision(row)), contextWindow: row.contextWindow ?? FALLBACK.contextWindow, maxTokens: FALLBACK.maxTokens, metadata: 'none' };
    // A chat model reads images when the registry or AIsa says so, or its name says vision.
    if (kind === 'vision-chat' && !l.input.includes('image')) l.input = ['text', 'image'];
    if (kind === 'chat' && l.input.includes('image')) kind = 'vision-chat';
    const priced = typeof row.inputPrice === 'number';
    const noDevRole = facts.noDeveloperRole.providers.includes(row.provider) || !facts.noDeveloperRole.keepRegistryFor.includes(row.provider) || l.devRole === false;
    const m: CatalogModel = {
      id: row.id,
      name: l.name ?? displayName(row.id),
      kind,
      reasoning: l.reasoning,
      input: l.input,
      contextWindow: l.contextWindow,
      maxTokens: l.maxTokens,
      cost: { input: priced ? row.inputPrice! : 0, output: priced ? (row.outputPrice ?? 0) : 0, cacheRead: 0, cacheWrite: 0 },
      ...(priced && row.priceAsOf ? { priceAsOf: row.priceAsOf } : {}),
      ...(noDevRole ? { compat: { supportsDeveloperRole: false } } : {}),
      ...(facts.temperatureOne.ids.includes(row.id) ? { temperatureOne: true } : {}),
      core: facts.curated.ids.includes(row.id),
      metadata: l.metadata,
      ...(l.metadataFrom ? { metadataFrom: l.metadataFrom } : {}),
      provider: row.provider,
      capabilities: row.capabilities,
      listed: row.listed.includes(asOf),
      chatRoute: row.endpoints.length === 0 || row.endpoints.includes('/v1/chat/completions'),
    };
    // kindOf calls a chat model off /v1/chat/completions `messages-only`, and says so to the user:
    // a model AIsa serves on another chat route alone would make that message false.
    if (canChat(kind) && !m.chatRoute && !row.endpoints.includes('/v1/messages')) {
      throw new Error(`aisa-models.json: ${row.id} is a chat model on neither /v1/chat/completions nor /v1/messages (${row.endpoints.join(', ')}): say what aisa-setup should do with it`);
    }
    return m;
  });
}

/** JSON placed inside a template literal: its backslashes, backticks and `${` kept as they are. */
function inTemplate(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** The text of src/catalog/generated.ts. */
export function generateCatalog(inputs: Inputs): { rows: CatalogModel[]; text: string } {
  const rows = buildRows(inputs);
  const f = inputs.facts;
  checkCurated(rows, f);
  const json = (v: unknown) => JSON.stringify(v);
  const text = [
    '// Generated by `npm run catalog` (scripts/catalog.mjs) from data/catalog/: do not edit by hand.',
    `// AIsa's catalog as of ${f.catalog.asOf} (${f.catalog.source}); AIsa's prices as of ${f.catalog.pricesAsOf};`,
    `// upstream limits from ${inputs.registryName}; AIsa-only facts from data/catalog/aisa-facts.json.`,
    "import { expand, type CompactModel } from './expand.js';",
    '',
    `export const CATALOG_AS_OF = ${json(f.catalog.asOf)};`,
    `export const PRICES_AS_OF = ${json(f.catalog.pricesAsOf)};`,
    `export const PRICES_WHERE = ${json(f.catalog.pricesWhere)};`,
    `export const REGISTRY = ${json(inputs.registryName)};`,
    `export const DEFAULT_MODEL = ${json(f.curated.default)};`,
    `/** The curated set, in the order it is offered and declared (data/catalog/aisa-facts.json \`curated\`). */`,
    `export const CURATED: readonly string[] = ${json(f.curated.ids)};`,
    `export const STALE_IDS: Readonly<Record<string, string>> = ${json(f.stale.ids)};`,
    `export const SUCCESSORS: Readonly<Record<string, string>> = ${json(f.successors.ids)};`,
    '// One JSON text for JSON.parse, a row a line: V8 reads JSON faster than an object literal of this size,',
    '// and every validated onboard loads it.',
    'const ROWS: readonly CompactModel[] = JSON.parse(`[',
    ...rows.map((r, i) => `${inTemplate(json(compact(r)))}${i < rows.length - 1 ? ',' : ''}`),
    ']`);',
    'export const CATALOG = ROWS.map(expand);',
    '',
  ].join('\n');
  return { rows, text };
}
