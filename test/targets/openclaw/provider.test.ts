import { describe, expect, it } from 'vitest';
import { CURATED, displayName, lookupModel, providerModelEntry } from '../../../src/catalog.js';
import { planDefaultModel, planModelAllowEntry, planProvider, repairEntry } from '../../../src/targets/openclaw/provider.js';

const ALLOWED_ENTRY_KEYS = new Set(['id', 'name', 'reasoning', 'input', 'contextWindow', 'maxTokens', 'cost', 'compat', 'params', 'headers']);
const base = { baseUrl: 'https://api.aisa.one/v1', apiKey: '${AISA_API_KEY}' };

describe('planProvider', () => {
  it('builds a fresh block with only keys the schema accepts', () => {
    const block = planProvider({ existing: undefined, ...base, entries: CURATED.map((id) => providerModelEntry(id)) });
    expect(Object.keys(block)).toEqual(['baseUrl', 'apiKey', 'api', 'models']);
    expect(block.api).toBe('openai-completions');
    for (const m of block.models as Record<string, unknown>[]) {
      for (const k of Object.keys(m)) expect(ALLOWED_ENTRY_KEYS.has(k), `${m.id}.${k}`).toBe(true);
      expect(m.id).not.toMatch(/\//);
      expect(m.compat).toEqual({ supportsDeveloperRole: false });
    }
    expect((block.models as { id: string }[]).map((m) => m.id)).toEqual(['qwen3-max', 'qwen-plus-2025-12-01', 'deepseek-v3.1', 'kimi-k2.5']);
  });

  it("keeps the user's keys, extra models and custom names", () => {
    const existing = {
      baseUrl: 'https://old.example/v1',
      headers: { 'X-Team': 'a' },
      models: [
        { id: 'my-finetune', name: 'Mine' },
        { id: 'qwen3-max', name: 'My Max', contextWindow: 1000 },
      ],
    };
    const block = planProvider({ existing, ...base, entries: [providerModelEntry('qwen3-max'), providerModelEntry('kimi-k2.5')] });
    expect(block.headers).toEqual({ 'X-Team': 'a' });
    expect(block.baseUrl).toBe(base.baseUrl);
    const models = block.models as Record<string, unknown>[];
    expect(models.map((m) => m.id)).toEqual(['my-finetune', 'qwen3-max', 'kimi-k2.5']);
    expect(models[0]).toEqual({ id: 'my-finetune', name: 'Mine' });
    expect(models[1]).toMatchObject({ name: 'My Max', contextWindow: 1000, maxTokens: lookupModel('qwen3-max')!.maxTokens, compat: { supportsDeveloperRole: false } });
  });

  it('repairs seed 001 mistakes inside existing entries', () => {
    const existing = { models: [{ id: 'aisa/qwen3-max', name: 'Qwen3 Max', supportsDeveloperRole: false }] };
    const block = planProvider({ existing, ...base, entries: [providerModelEntry('qwen3-max')] });
    const [m] = block.models as Record<string, unknown>[];
    expect(m!.id).toBe('qwen3-max');
    expect(m).not.toHaveProperty('supportsDeveloperRole');
    expect(m!.compat).toEqual({ supportsDeveloperRole: false });
    expect(repairEntry({ id: 'x', supportsDeveloperRole: true, compat: { a: 1 } })).toEqual({ id: 'x', compat: { a: 1, supportsDeveloperRole: true } });
  });

  it('is a fixed point: planning over its own output changes nothing', () => {
    const entries = [providerModelEntry('qwen3-max'), providerModelEntry('deepseek-v3.1')];
    const once = planProvider({ existing: { headers: { a: 'b' } }, ...base, entries });
    expect(planProvider({ existing: once, ...base, entries })).toEqual(once);
  });
});

describe('agent defaults', () => {
  it('turns a string default into { primary } and keeps other keys of an object', () => {
    expect(planDefaultModel({ existingModel: 'openai/gpt-4o', primary: 'qwen3-max', fallbacks: undefined })).toEqual({ primary: 'aisa/qwen3-max' });
    expect(planDefaultModel({ existingModel: { primary: 'x/y', fallbacks: ['x/z'], extra: 1 }, primary: 'kimi-k2.5', fallbacks: undefined })).toEqual({
      primary: 'aisa/kimi-k2.5',
      fallbacks: ['x/z'],
      extra: 1,
    });
    expect(planDefaultModel({ existingModel: undefined, primary: 'qwen3-max', fallbacks: ['deepseek-v3.1'] })).toEqual({
      primary: 'aisa/qwen3-max',
      fallbacks: ['aisa/deepseek-v3.1'],
    });
  });

  it('never makes the default its own fallback', () => {
    expect(planDefaultModel({ existingModel: { primary: 'aisa/my-custom', fallbacks: ['aisa/qwen3-max', 'aisa/kimi-k2.5'] }, primary: 'qwen3-max', fallbacks: undefined })).toEqual({
      primary: 'aisa/qwen3-max',
      fallbacks: ['aisa/kimi-k2.5'],
    });
    expect(planDefaultModel({ existingModel: { primary: 'x/y', fallbacks: ['aisa/qwen3-max'] }, primary: 'qwen3-max', fallbacks: undefined })).toEqual({ primary: 'aisa/qwen3-max' });
  });

  it("keeps another provider's fallback as written", () => {
    expect(planDefaultModel({ existingModel: undefined, primary: 'qwen3-max', fallbacks: ['deepseek-v3.1', 'openai/gpt-4o'] }).fallbacks).toEqual([
      'aisa/deepseek-v3.1',
      'openai/gpt-4o',
    ]);
  });

  it('gives kimi-k2.5 its temperature and keeps existing entries', () => {
    expect(planModelAllowEntry('qwen3-max', undefined)).toEqual({});
    expect(planModelAllowEntry('qwen3-max', { alias: 'max' })).toEqual({ alias: 'max' });
    expect(planModelAllowEntry('kimi-k2.5', undefined)).toEqual({ params: { temperature: 1 } });
    expect(planModelAllowEntry('kimi-k2.5', { alias: 'k', params: { temperature: 0.7, top_p: 1 } })).toEqual({
      alias: 'k',
      params: { temperature: 1, top_p: 1 },
    });
  });
});

describe('displayName', () => {
  it.each([
    ['deepseek-v3.1', 'DeepSeek V3.1'],
    ['qwen3-max', 'Qwen3 Max'],
    ['gpt-4.1', 'GPT 4.1'],
    ['claude-sonnet-4-5', 'Claude Sonnet 4.5'],
  ])('%s → %s', (id, name) => expect(displayName(id)).toBe(name));
  // The registry's own name for a first-party row, where displayName would say 'GPT 5.4'.
  it('uses the catalog name where there is one', () => expect(providerModelEntry('gpt-5.4').name).toBe('GPT-5.4'));
});
