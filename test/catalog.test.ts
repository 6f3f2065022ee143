import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  CURATED,
  DEFAULT_MODEL,
  PROVIDER_MODEL_KEYS,
  STALE_IDS,
  canBeChatModel,
  describeLiveModels,
  kindOf,
  displayName,
  lookupModel,
  needsTemperatureOne,
  providerModelEntry,
  providerModelsFor,
  replacementFor,
  successorFor,
} from '../src/catalog.js';
import { curatedFault } from '../scripts/catalog/facts.js';

interface AisaRow {
  id: string;
  inputPrice?: number;
  outputPrice?: number;
  priceAsOf?: string;
  contextWindow?: number;
  listed: string[];
}
const AISA: AisaRow[] = JSON.parse(readFileSync(new URL('../data/catalog/aisa-models.json', import.meta.url), 'utf8'));
const FACTS = JSON.parse(readFileSync(new URL('../data/catalog/aisa-facts.json', import.meta.url), 'utf8'));
const SEPTEMBER = AISA.filter((r) => r.listed.includes('2026-09-30')).map((r) => r.id);
const CORE = ['qwen3-max', 'qwen-plus-2025-12-01', 'deepseek-v3.1', 'kimi-k2.5'];

describe('catalog', () => {
  it('ships every id AIsa has published, once, and the curated set and default from the facts file', () => {
    expect(CATALOG.map((m) => m.id)).toEqual(AISA.map((r) => r.id));
    expect(SEPTEMBER).toHaveLength(124);
    expect(CATALOG.filter((m) => m.core).map((m) => m.id).sort()).toEqual([...FACTS.curated.ids].sort());
    expect(CURATED).toEqual(FACTS.curated.ids);
    expect(FACTS.curated.ids).toEqual(CORE);
    expect(DEFAULT_MODEL).toBe(FACTS.curated.default);
    expect(DEFAULT_MODEL).toBe('qwen3-max');
    for (const id of CORE) expect(curatedFault(lookupModel(id), id), id).toBeUndefined();
  });

  it("gives the curated models the registry's limits and AIsa's own dated price", () => {
    expect(lookupModel('qwen3-max')).toMatchObject({ contextWindow: 262144, maxTokens: 32768, cost: { input: 0.72, output: 3.6 }, priceAsOf: '2026-08-05', metadata: 'registry' });
    // kimi-k2.5: Moonshot's own row (262144, text+image); AIsa's price, not Moonshot's list price (0.6 / 3).
    expect(lookupModel('kimi-k2.5')).toMatchObject({ contextWindow: 262144, input: ['text', 'image'], cost: { input: 0.4229, output: 2.2186 }, temperatureOne: true });
  });

  it("never ships an upstream's list price: cost is AIsa's published price or zeros", () => {
    for (const r of AISA) {
      const m = lookupModel(r.id)!;
      const want = typeof r.inputPrice === 'number' ? { input: r.inputPrice, output: r.outputPrice ?? 0 } : { input: 0, output: 0 };
      expect(m.cost, r.id).toEqual({ ...want, cacheRead: 0, cacheWrite: 0 });
      expect(m.priceAsOf, r.id).toBe(typeof r.inputPrice === 'number' ? r.priceAsOf : undefined);
    }
  });

  it("lets AIsa's stated context win where it is smaller than the registry's", () => {
    // Moonshot's registry row says 262144; AIsa's catalog says 128000.
    expect(lookupModel('kimi-k2.6')?.contextWindow).toBe(128000);
    for (const r of AISA) if (r.contextWindow && lookupModel(r.id)!.metadata === 'registry') expect(lookupModel(r.id)!.contextWindow, r.id).toBeLessThanOrEqual(r.contextWindow);
  });

  it('gives every chat model of the September catalog real or inferred limits, the inferred ones naming their sibling', () => {
    for (const id of SEPTEMBER.filter((i) => canBeChatModel(i))) {
      const m = lookupModel(id)!;
      expect(['registry', 'inferred'], id).toContain(m.metadata);
      if (m.metadata === 'inferred') expect(lookupModel(m.metadataFrom!)?.metadata, id).toBe('registry');
    }
    expect(lookupModel('claude-opus-4-8')).toMatchObject({ metadata: 'inferred', metadataFrom: 'claude-opus-4-7', contextWindow: 1000000 });
  });

  it('knows what each model is from AIsa\'s catalog, including translation models on the chat route', () => {
    const kinds = Object.fromEntries(['qwen-mt-flash', 'wan2.7-image', 'wan2.7-t2v', 'seedream-5-0-260128', 'seedream-4-5-251128', 'happyhorse-1.1-r2v', 'text-embedding-3-small', 'jina-reranker-v3', 'jev-latest', 'gpt-image-2'].map((id) => [id, kindOf(id)]));
    expect(kinds).toEqual({
      'qwen-mt-flash': 'translation',
      'wan2.7-image': 'image',
      'wan2.7-t2v': 'video',
      'seedream-5-0-260128': 'image',
      // AIsa listed it on /chat/completions: the name says image.
      'seedream-4-5-251128': 'image',
      'happyhorse-1.1-r2v': 'video',
      'text-embedding-3-small': 'embedding',
      'jina-reranker-v3': 'rerank',
      'jev-latest': 'classify',
      'gpt-image-2': 'image',
    });
    expect(CATALOG.filter((m) => !canBeChatModel(m.id)).length).toBe(27);
  });

  it('calls a chat model AIsa serves on /v1/messages only messages-only: it cannot run an agent through our openai-completions block', () => {
    for (const id of ['claude-opus-5-5', 'claude-fable-5-1', 'aisa/claude-opus-5-5']) {
      expect(kindOf(id), id).toBe('messages-only');
      // A route tag from the gateway says nothing against AIsa's catalog.
      expect(canBeChatModel(id, ['anthropic']), id).toBe(false);
    }
    expect(describeLiveModels(['claude-opus-5-5', 'claude-opus-5'])).toMatchObject([
      { id: 'claude-opus-5-5', kind: 'messages-only', canChat: false },
      { id: 'claude-opus-5', kind: 'vision-chat', canChat: true },
    ]);
    // An explicit non-chat tag still wins, and an image model off the chat route stays an image model.
    expect(kindOf('claude-opus-5-5', ['embeddings'])).toBe('embedding');
    expect(kindOf('gpt-image-2')).toBe('image');
  });

  it('knows the temperature rule and AIsa\'s own replacements for stale ids', () => {
    expect(needsTemperatureOne('kimi-k2.5')).toBe(true);
    expect(needsTemperatureOne('qwen3-max')).toBe(false);
    expect(replacementFor('qwen3-plus')).toBe('qwen-plus-2025-12-01');
    // AIsa's word (its aisa-provider skill page): qwen-flash, a chat model; not qwen-mt-flash (translation).
    for (const id of ['qwen3-flash', 'qwen-turbo', 'qwen-turbo-latest']) expect(replacementFor(id)).toBe('qwen-flash');
    for (const to of Object.values(STALE_IDS)) expect(canBeChatModel(to), to).toBe(true);
    expect(lookupModel('qwen3-max')?.compat).toEqual({ supportsDeveloperRole: false });
  });
});

describe('successorFor', () => {
  it.each([
    ['gpt-5', 'gpt-5.5'],
    ['gpt-5-mini', 'gpt-5.4-mini'],
    ['gpt-4.1', 'gpt-5.5'],
    ['aisa/gpt-5-chat-latest', 'gpt-5.3-chat-latest'],
    // claude-opus-5-5 is newer but AIsa serves it on /v1/messages only: not on the provider block's route.
    ['claude-opus-4-1-20250805', 'claude-opus-5'],
    ['claude-3-7-sonnet-20250219', 'claude-sonnet-5-5'],
    ['claude-sonnet-4-6-thinking', 'claude-sonnet-5-5'],
    ['gemini-3-pro-preview', 'gemini-3.5-flash'],
    ['grok-4', 'grok-4.7'],
    ['deepseek-v3-0324', 'deepseek-v3.2'],
    ['qwen3-max-2026-01-23', 'qwen3.8-max'],
    ['mimo-v2.5-pro', 'mimo-v2.6-pro'],
    ['qwen3-flash', 'qwen-flash'],
    ['qwen-plus', 'qwen-plus-2025-12-01'],
  ])('%s → %s among the September catalog', (id, to) => {
    expect(successorFor(id, SEPTEMBER)).toBe(to);
  });

  it('has none for an id still listed, a line with nothing listed, a model that cannot chat, or a successor the key lacks', () => {
    expect(successorFor('qwen3-max', SEPTEMBER)).toBeUndefined();
    expect(successorFor('gpt-oss-120b', SEPTEMBER)).toBeUndefined();
    expect(successorFor('seedream-4-5-251128', SEPTEMBER)).toBeUndefined();
    expect(successorFor('gpt-5', ['qwen3-max', 'kimi-k2.5'])).toBeUndefined();
    expect(successorFor('qwen3-flash', ['qwen3-max'])).toBeUndefined();
  });

  it('prefers the moving alias to a dated build of the same version', () => {
    expect(successorFor('qwen3.6-max', ['qwen3.7-max-2026-06-08', 'qwen3.7-max'])).toBe('qwen3.7-max');
    expect(successorFor('qwen3.6-max', ['qwen3.7-max-2026-06-08'])).toBe('qwen3.7-max-2026-06-08');
  });
});

describe('displayName', () => {
  it.each([
    ['deepseek-v3.1', 'DeepSeek V3.1'],
    ['qwen3-max', 'Qwen3 Max'],
    ['gpt-4.1', 'GPT 4.1'],
    ['qwen-plus-2025-12-01', 'Qwen Plus 2025-12-01'],
    ['qwen2.5-coder-32b-instruct', 'Qwen2.5 Coder 32B Instruct'],
    ['claude-opus-4-1', 'Claude Opus 4.1'],
    ['moonshot-v1-8k', 'Moonshot V1 8K'],
    ['aisa/glm-4.6', 'GLM 4.6'],
    ['grok-4-fast', 'Grok 4 Fast'],
  ])('%s → %s', (id, name) => expect(displayName(id)).toBe(name));
});

describe('provider entries', () => {
  const allowed = new Set<string>(PROVIDER_MODEL_KEYS);

  it('only ever carry keys the schema accepts, compat nested', () => {
    for (const id of [...CATALOG.map((m) => m.id), 'brand-new-model']) {
      const e = providerModelEntry(id) as unknown as Record<string, unknown>;
      for (const k of Object.keys(e)) expect(allowed.has(k), `${id}.${k}`).toBe(true);
      expect(e).not.toHaveProperty('supportsDeveloperRole');
    }
  });

  it("give an id the table lacks its nearest sibling's limits, no price, and a readable name", () => {
    const sibling = lookupModel('deepseek-v3.2')!;
    expect(providerModelEntry('aisa/deepseek-v3.2-exp')).toEqual({
      id: 'deepseek-v3.2-exp',
      name: 'DeepSeek V3.2 Exp',
      reasoning: sibling.reasoning,
      input: sibling.input,
      contextWindow: sibling.contextWindow,
      maxTokens: sibling.maxTokens,
      cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
      compat: { supportsDeveloperRole: false },
    });
  });

  it('give an id no sibling shares a vendor with conservative limits, said to be placeholders', () => {
    expect(providerModelEntry('brand-new-model')).toMatchObject({ contextWindow: 128000, maxTokens: 8192, input: ['text'], reasoning: false });
    expect(describeLiveModels(['brand-new-model'])[0]).toMatchObject({ metadataKnown: false, curated: false });
  });

  it('default to core ∩ live, or the core catalog when validation was skipped', () => {
    expect(providerModelsFor(['kimi-k2.5', 'qwen3-max', 'gpt-4.1']).map((e) => e.id)).toEqual(['qwen3-max', 'kimi-k2.5']);
    expect(providerModelsFor(undefined).map((e) => e.id)).toEqual(CORE);
  });

  it('declare exactly the wanted ids, bare and deduplicated', () => {
    const out = providerModelsFor(['qwen3-max'], ['aisa/gpt-4.1', 'gpt-4.1', 'something-else']);
    expect(out.map((e) => e.id)).toEqual(['gpt-4.1', 'something-else']);
    expect(out[0]!.name).toBe('GPT-4.1');
  });

  it('flag live ids that are stale', () => {
    const info = describeLiveModels(['qwen3-max', 'qwen3-plus', 'mystery-1', 'qwen3-max']);
    expect(info.map((i) => i.id)).toEqual(['qwen3-max', 'qwen3-plus', 'mystery-1']);
    expect(info[0]).toMatchObject({ curated: true, core: true, metadataKnown: true });
    expect(info[1]).toMatchObject({ stale: true, replacement: 'qwen-plus-2025-12-01', curated: false });
    expect(info[2]).toMatchObject({ curated: false, metadataKnown: false });
    expect(info[2]).not.toHaveProperty('stale');
  });

  it("say what each live model is for: an explicit tag first, then AIsa's catalog, then the name, a route tag last", () => {
    const info = describeLiveModels(['qwen3-max', 'qwen-mt-flash', 'wan2.2-t2i-flash', 'mystery-embed', 'mystery-2', 'qwen3-max-image'], {
      'mystery-2': ['image-generation'],
      'wan2.2-t2i-flash': ['openai'],
      'qwen-mt-flash': ['openai'],
    });
    expect(info.map((i) => [i.id, i.kind, i.canChat])).toEqual([
      ['qwen3-max', 'vision-chat', true],
      ['qwen-mt-flash', 'translation', false],
      ['wan2.2-t2i-flash', 'image', false],
      ['mystery-embed', 'embedding', false],
      ['mystery-2', 'image', false],
      ['qwen3-max-image', 'chat', true],
    ]);
  });
});
