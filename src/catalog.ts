/**
 * What we know about AIsa's models. The five `core` entries are seed 001's verified table; prices
 * are list prices in USD per 1M tokens and change: always point users to marketplace.aisa.one/pricing.
 */
export type InputKind = 'text' | 'image';

export interface ModelCost {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
}

export interface CatalogModel {
  id: string;
  name: string;
  reasoning: boolean;
  input: InputKind[];
  contextWindow: number;
  maxTokens: number;
  cost: ModelCost;
  /** Written under `compat` in the provider block (never directly on the model: the schema rejects it). */
  compat?: { supportsDeveloperRole?: boolean };
  /** The model rejects any temperature but 1 (kimi-k2.5). */
  temperatureOne?: boolean;
  /** Declared and preselected by default when the key can use it. */
  core: boolean;
  goodFor: { en: string; zh: string };
}

const NO_DEV_ROLE = { supportsDeveloperRole: false } as const;

export const CATALOG: readonly CatalogModel[] = [
  {
    id: 'qwen3-max',
    name: 'Qwen3 Max',
    reasoning: true,
    input: ['text', 'image'],
    contextWindow: 256000,
    maxTokens: 16384,
    cost: { input: 1.2, output: 4.8, cacheRead: 0, cacheWrite: 0 },
    compat: NO_DEV_ROLE,
    core: true,
    goodFor: { en: 'complex reasoning, flagship tasks', zh: '复杂推理、旗舰任务' },
  },
  {
    id: 'qwen-plus-2025-12-01',
    name: 'Qwen Plus',
    reasoning: true,
    input: ['text', 'image'],
    contextWindow: 256000,
    maxTokens: 16384,
    cost: { input: 0.3, output: 0.9, cacheRead: 0, cacheWrite: 0 },
    compat: NO_DEV_ROLE,
    core: true,
    goodFor: { en: 'everyday production work', zh: '日常生产主力' },
  },
  {
    id: 'qwen-mt-flash',
    name: 'Qwen MT Flash',
    reasoning: true,
    input: ['text'],
    contextWindow: 256000,
    maxTokens: 8192,
    cost: { input: 0.05, output: 0.3, cacheRead: 0, cacheWrite: 0 },
    compat: NO_DEV_ROLE,
    core: true,
    goodFor: { en: 'high-volume, lightweight tasks', zh: '高频、轻量任务' },
  },
  {
    id: 'deepseek-v3.1',
    name: 'DeepSeek V3.1',
    reasoning: true,
    input: ['text'],
    contextWindow: 131072,
    maxTokens: 8192,
    cost: { input: 0.27, output: 1.1, cacheRead: 0.07, cacheWrite: 0 },
    compat: NO_DEV_ROLE,
    core: true,
    goodFor: { en: 'cost-effective reasoning', zh: '高性价比推理' },
  },
  {
    id: 'kimi-k2.5',
    name: 'Kimi K2.5',
    reasoning: true,
    input: ['text'],
    contextWindow: 131072,
    maxTokens: 8192,
    cost: { input: 0.6, output: 2.4, cacheRead: 0, cacheWrite: 0 },
    compat: NO_DEV_ROLE,
    temperatureOne: true,
    core: true,
    goodFor: { en: "Moonshot's flagship reasoning model", zh: '月之暗面旗舰推理模型' },
  },
];

export const DEFAULT_MODEL = 'qwen3-max';

/** Ids the gateway no longer serves ("503 no available channel") and what replaced them (seed 001). */
export const STALE_IDS: Readonly<Record<string, string>> = {
  'qwen3-plus': 'qwen-plus-2025-12-01',
  'qwen-plus': 'qwen-plus-2025-12-01',
  'qwen-plus-latest': 'qwen-plus-2025-12-01',
  'qwen3-flash': 'qwen-mt-flash',
  'qwen-turbo': 'qwen-mt-flash',
  'qwen-turbo-latest': 'qwen-mt-flash',
};

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

/** `aisa/qwen3-max` → `qwen3-max`; a bare id is returned as is. */
export function bareId(id: string, providerId = 'aisa'): string {
  const prefix = `${providerId}/`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
}
