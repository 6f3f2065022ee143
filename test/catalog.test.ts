import { describe, expect, it } from 'vitest';
import {
  CATALOG,
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
} from '../src/catalog.js';

// Seed 001's five minus qwen-mt-flash, a translation model that cannot run an agent (facts.md).
const CORE = ['qwen3-max', 'qwen-plus-2025-12-01', 'deepseek-v3.1', 'kimi-k2.5'];
const LISTED = [
  'qwen3-max-2026-01-23', 'qwen-mt-lite', 'qwen-vl-max', 'qwen3-vl-flash', 'qwen3-vl-plus', 'deepseek-v3', 'deepseek-v3-0324',
  'deepseek-r1', 'kimi-k2-thinking', 'qwen-max', 'qwen2.5-coder-32b-instruct', 'qwen-audio-turbo', 'moonshot-v1-128k', 'glm-4-plus',
  'claude-sonnet-4-5', 'gpt-4.1', 'gemini-2.5-flash',
];

describe('catalog', () => {
  it('keeps the four chat models of seed 001 as core, with their metadata', () => {
    expect(CATALOG.filter((m) => m.core).map((m) => m.id)).toEqual(CORE);
    expect(lookupModel('qwen3-max')).toMatchObject({ contextWindow: 256000, maxTokens: 16384, cost: { input: 1.2, output: 4.8 } });
    expect(lookupModel('deepseek-v3.1')?.cost.cacheRead).toBe(0.07);
    expect(CATALOG.filter((m) => m.core).every((m) => m.metadataKnown !== false)).toBe(true);
    expect(DEFAULT_MODEL).toBe('qwen3-max');
    // Still in the catalog, for what it is: a translation model, never a default.
    expect(lookupModel('qwen-mt-flash')).toMatchObject({ core: false, contextWindow: 256000 });
    expect(kindOf('qwen-mt-flash')).toBe('translation');
  });

  it('has only chat models in the core set, and only chat models as replacements', () => {
    for (const m of CATALOG.filter((c) => c.core)) expect(canBeChatModel(m.id), m.id).toBe(true);
    for (const to of Object.values(STALE_IDS)) expect(canBeChatModel(to), to).toBe(true);
  });

  it('lists the other ids of seeds 000 and 001 as non-core, metadata unknown', () => {
    for (const id of LISTED) {
      const m = lookupModel(id);
      expect(m, id).toBeDefined();
      expect(m).toMatchObject({ core: false, metadataKnown: false, contextWindow: 128000, maxTokens: 8192 });
      expect(m!.goodFor.en).not.toBe('');
      expect(m!.goodFor.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(lookupModel('qwen-vl-max')?.input).toEqual(['text', 'image']);
    expect(lookupModel('deepseek-r1')?.reasoning).toBe(true);
  });

  it('has unique ids, and no stale id among them', () => {
    const ids = CATALOG.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const stale of Object.keys(STALE_IDS)) expect(ids).not.toContain(stale);
    for (const target of Object.values(STALE_IDS)) expect(ids).toContain(target);
  });

  it('knows the temperature rule and the replacements', () => {
    expect(needsTemperatureOne('kimi-k2.5')).toBe(true);
    expect(needsTemperatureOne('qwen3-max')).toBe(false);
    expect(replacementFor('qwen3-plus')).toBe('qwen-plus-2025-12-01');
    // Seed 001 said qwen-mt-flash: a translation model. No successor is verified; the cheap general one stands in.
    for (const id of ['qwen3-flash', 'qwen-turbo', 'qwen-turbo-latest']) expect(replacementFor(id)).toBe('qwen-plus-2025-12-01');
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
    expect(providerModelEntry('qwen3-max').compat).toEqual({ supportsDeveloperRole: false });
  });

  it('give an uncurated id conservative metadata and a readable name', () => {
    expect(providerModelEntry('aisa/deepseek-v3.2-exp')).toEqual({
      id: 'deepseek-v3.2-exp',
      name: 'DeepSeek V3.2 Exp',
      reasoning: false,
      input: ['text'],
      contextWindow: 128000,
      maxTokens: 8192,
      cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
      compat: { supportsDeveloperRole: false },
    });
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

  it('say what each live model is for: the gateway\'s endpoint types first, else the family', () => {
    const info = describeLiveModels(['qwen3-max', 'qwen-mt-flash', 'wan2.2-t2i-flash', 'mystery-embed', 'mystery-2'], {
      'mystery-2': ['image-generation'],
    });
    expect(info.map((i) => [i.id, i.kind, i.canChat])).toEqual([
      ['qwen3-max', 'vision-chat', true],
      ['qwen-mt-flash', 'translation', false],
      ['wan2.2-t2i-flash', 'image', false],
      ['mystery-embed', 'embedding', false],
      ['mystery-2', 'image', false],
    ]);
  });
});
