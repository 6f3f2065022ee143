/**
 * What we know about AIsa's models. The four `core` entries are seed 001's verified chat models
 * (its fifth, qwen-mt-flash, is a translation model and cannot run an agent); prices
 * are list prices in USD per 1M tokens and change: always point users to aisa.one/models.
 */
export type InputKind = 'text' | 'image' | 'audio';

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
  /**
   * false: the id is in the seeds' lists but its context, output limit and price are not: the
   * entry carries conservative values (128000 / 8192 / cost 0), to be shown as "unknown".
   */
  metadataKnown?: boolean;
}

export const NO_DEV_ROLE = { supportsDeveloperRole: false } as const;

export const UNKNOWN_COST: ModelCost = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };

/** An id the seeds list without metadata: conservative limits, no price claimed. */
function listed(id: string, name: string, input: InputKind[], reasoning: boolean, en: string, zh: string, devRole = false): CatalogModel {
  const m: CatalogModel = {
    id,
    name,
    reasoning,
    input,
    contextWindow: 128000,
    maxTokens: 8192,
    cost: { ...UNKNOWN_COST },
    core: false,
    goodFor: { en, zh },
    metadataKnown: false,
  };
  // Bailian-hosted and proxied models: the system role always works, "developer" often does not.
  if (!devRole) m.compat = NO_DEV_ROLE;
  return m;
}

const T: InputKind[] = ['text'];
const TI: InputKind[] = ['text', 'image'];

/** Seed 001's wider list, then seed 000's ids that are not stale (stale ones live in STALE_IDS). */
const LISTED_MODELS: readonly CatalogModel[] = [
  listed('qwen3-max-2026-01-23', 'Qwen3 Max (2026-01-23)', TI, true, 'pinned snapshot of Qwen3 Max', 'Qwen3 Max 的固定版本快照'),
  listed('qwen-mt-lite', 'Qwen MT Lite', T, false, 'machine translation (Qwen-MT): cannot run an agent', '机器翻译（Qwen-MT）：不能驱动智能体'),
  listed('qwen-vl-max', 'Qwen VL Max', TI, false, 'image understanding', '图像理解'),
  listed('qwen3-vl-flash', 'Qwen3 VL Flash', TI, false, 'fast image understanding', '快速图像理解'),
  listed('qwen3-vl-plus', 'Qwen3 VL Plus', TI, false, 'image understanding, balanced', '图像理解，均衡之选'),
  listed('deepseek-v3', 'DeepSeek V3', T, false, 'general chat and coding', '通用对话与编程'),
  listed('deepseek-v3-0324', 'DeepSeek V3 (0324)', T, false, 'general chat and coding (March 2025 build)', '通用对话与编程（2025 年 3 月版）'),
  listed('deepseek-r1', 'DeepSeek R1', T, true, 'step-by-step deep reasoning', '链式思维深度推理'),
  listed('kimi-k2-thinking', 'Kimi K2 Thinking', T, true, "Moonshot's long-thinking model", '月之暗面长思考模型'),
  listed('qwen-max', 'Qwen Max', T, false, 'complex tasks (previous generation)', '复杂任务（上一代）'),
  listed('qwen2.5-coder-32b-instruct', 'Qwen2.5 Coder 32B', T, false, 'code generation', '代码生成'),
  listed('qwen-audio-turbo', 'Qwen Audio Turbo', ['text', 'audio'], false, 'audio understanding', '音频理解'),
  listed('moonshot-v1-128k', 'Moonshot V1 128K', T, false, 'long documents (older Kimi)', '长文档（早期 Kimi）'),
  listed('glm-4-plus', 'GLM-4 Plus', T, false, "Zhipu's general model", '智谱通用模型'),
  listed('claude-sonnet-4-5', 'Claude Sonnet 4.5', TI, false, 'coding and agents (Anthropic)', '编程与智能体（Anthropic）'),
  listed('gpt-4.1', 'GPT-4.1', TI, false, 'general tasks (OpenAI)', '通用任务（OpenAI）', true),
  listed('gemini-2.5-flash', 'Gemini 2.5 Flash', TI, false, 'fast multimodal (Google)', '快速多模态（Google）'),
];

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
  // Qwen-MT: a translation model (one user message, no system prompt): in the catalog for what
  // it is, never a default (facts.md, "Models that cannot be an agent's chat model").
  {
    id: 'qwen-mt-flash',
    name: 'Qwen MT Flash',
    reasoning: true,
    input: ['text'],
    contextWindow: 256000,
    maxTokens: 8192,
    cost: { input: 0.05, output: 0.3, cacheRead: 0, cacheWrite: 0 },
    compat: NO_DEV_ROLE,
    core: false,
    goodFor: { en: 'machine translation (Qwen-MT): cannot run an agent', zh: '机器翻译（Qwen-MT）：不能驱动智能体' },
  },
  ...LISTED_MODELS,
];

export const DEFAULT_MODEL = 'qwen3-max';

/**
 * Ids the gateway no longer serves ("503 no available channel") and the chat model to use instead.
 * Seed 001 sent qwen3-flash and qwen-turbo to qwen-mt-flash, a translation model that cannot run an
 * agent; no successor is verified for them, so they go to the cheap general model the seeds did
 * verify (NO_VERIFIED_SUCCESSOR says so to the user).
 */
export const STALE_IDS: Readonly<Record<string, string>> = {
  'qwen3-plus': 'qwen-plus-2025-12-01',
  'qwen-plus': 'qwen-plus-2025-12-01',
  'qwen-plus-latest': 'qwen-plus-2025-12-01',
  'qwen3-flash': 'qwen-plus-2025-12-01',
  'qwen-turbo': 'qwen-plus-2025-12-01',
  'qwen-turbo-latest': 'qwen-plus-2025-12-01',
};

/** Stale ids whose replacement is a stand-in, not a verified successor. */
export const NO_VERIFIED_SUCCESSOR: ReadonlySet<string> = new Set(['qwen3-flash', 'qwen-turbo', 'qwen-turbo-latest']);
