// The rules behind the repairs: what counts as tool-written, what is renamed, dropped or left.
import { describe, expect, it } from 'vitest';
import { envKeyState } from '../../../../src/targets/openclaw/arrivals/env-key.js';
import { isToolWritten, planModelRepairs, repairAgentModel, repairAllowList, repairDeclarations } from '../../../../src/targets/openclaw/arrivals/model-repairs.js';
import { fixedApiKey } from '../../../../src/targets/openclaw/doctor/fix-plan.js';
import { resolveKey } from '../../../../src/targets/openclaw/key-ref.js';

const placeholder = (id: string) => ({ id, name: `${id} (AISA)`, reasoning: false, input: ['text'], cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 }, contextWindow: 128000, maxTokens: 8192 });

describe('tool-written entries', () => {
  it("the script's placeholders always; id+name only only in a config recognised as AIsa's tutorial or script", () => {
    expect(isToolWritten(placeholder('gpt-5'), false)).toBe(true);
    expect(isToolWritten({ id: 'gpt-5', name: 'GPT-5' }, false)).toBe(false);
    expect(isToolWritten({ id: 'gpt-5', name: 'GPT-5' }, true)).toBe(true);
    expect(isToolWritten({ ...placeholder('gpt-5'), contextWindow: 32000, params: { x: 1 } }, true)).toBe(false);
    expect(isToolWritten({ ...placeholder('gpt-5'), maxTokens: 4096 }, false)).toBe(false);
  });

  it('retired ones get their successor when the key lists it, else go; the default, non-chat rules and a person\'s entries as said', () => {
    const mine = { id: 'gpt-5-mini', name: 'Mine', contextWindow: 32000 };
    const block = { models: [placeholder('qwen3-plus'), placeholder('gpt-5'), placeholder('qwen-mt-flash'), placeholder('grok-4'), mine, placeholder('qwen3-max')] };
    const live = ['qwen-plus-2025-12-01', 'qwen3-max', 'qwen-mt-flash'];
    const r = planModelRepairs(block, live, 'grok-4', false);
    expect([...r.renamed]).toEqual([['qwen3-plus', 'qwen-plus-2025-12-01']]);
    expect([...r.dropped].sort()).toEqual(['gpt-5', 'qwen-mt-flash']);
    expect(r.why.get('qwen-mt-flash')).toBe('non-chat');
    const ids = (repairDeclarations(block.models, r) as { id: string }[]).map((m) => m.id);
    // grok-4 is the default: kept for the person to replace; their own gpt-5-mini is theirs.
    expect(ids).toEqual(['qwen-plus-2025-12-01', 'grok-4', 'gpt-5-mini', 'qwen3-max']);
    expect(repairDeclarations(block.models, r)[2]).toBe(mine);
    expect(repairAgentModel({ primary: 'aisa/grok-4', fallbacks: ['aisa/gpt-5', 'aisa/qwen3-plus', 'openai/gpt-4o', 'aisa/qwen-plus-2025-12-01'] }, r)).toEqual({
      primary: 'aisa/grok-4',
      fallbacks: ['aisa/qwen-plus-2025-12-01', 'openai/gpt-4o'],
    });
    expect(repairAllowList({ 'aisa/gpt-5': {}, 'aisa/qwen-mt-flash': { alias: 'mt' }, 'aisa/qwen3-plus': { alias: 'plus' }, 'anthropic/claude-opus-4-5': { alias: 'opus' } }, r)).toEqual({
      'aisa/qwen-mt-flash': { alias: 'mt' },
      'aisa/qwen-plus-2025-12-01': { alias: 'plus' },
      'anthropic/claude-opus-4-5': { alias: 'opus' },
    });
  });

  it('offline, nothing is judged retired: only what cannot chat goes', () => {
    const r = planModelRepairs({ models: [placeholder('gpt-5'), placeholder('seedream-4-5-251128')] }, undefined, undefined, false);
    expect([...r.dropped]).toEqual(['seedream-4-5-251128']);
  });
});

describe('the key in the env block', () => {
  const entries = [{ path: ['env', 'AISA_API_KEY'], value: 'sk-a' }];
  it('goes to .env when .env has none; just goes when .env has the same; stays when .env or the block hold another', () => {
    expect(envKeyState(entries, {}, {})).toMatchObject({ move: 'write-env-file', shadowedBy: undefined });
    expect(envKeyState(entries, { AISA_API_KEY: 'sk-x' }, {})).toMatchObject({ move: 'write-env-file', shadowedBy: 'env' });
    expect(envKeyState(entries, {}, { AISA_API_KEY: 'sk-a' })).toMatchObject({ move: 'drop-entries', shadowedBy: 'env-file' });
    expect(envKeyState(entries, {}, { AISA_API_KEY: 'sk-b' })).toMatchObject({ move: 'keep' });
    expect(envKeyState([...entries, { path: ['env', 'vars', 'AISA_API_KEY'], value: 'sk-c' }], {}, {})).toMatchObject({ move: 'keep', value: 'sk-c' });
    expect(envKeyState([{ path: ['env', 'OTHER'], value: 'x' }], {}, {})).toBeUndefined();
  });

  it('is the last place OpenClaw looks: the exported variable, then .env, win', () => {
    const block = { apiKey: '${AISA_API_KEY}' };
    expect(resolveKey(block, {}, {}, { AISA_API_KEY: 'sk-cfg' })).toMatchObject({ value: 'sk-cfg', source: 'config-env', form: 'string' });
    expect(resolveKey(block, {}, { AISA_API_KEY: 'sk-file' }, { AISA_API_KEY: 'sk-cfg' })).toMatchObject({ value: 'sk-file', source: 'env-file' });
    expect(resolveKey(block, { AISA_API_KEY: 'sk-env' }, { AISA_API_KEY: 'sk-file' }, { AISA_API_KEY: 'sk-cfg' })).toMatchObject({ value: 'sk-env', source: 'env' });
  });
});

describe('the reference', () => {
  it('both forms are read; the string is offered as the SecretRef naming the same variable', () => {
    expect(resolveKey({ apiKey: { source: 'env', provider: 'default', id: 'AISA_API_KEY' } }, { AISA_API_KEY: 'sk-e' }, {})).toMatchObject({ kind: 'reference', form: 'object', value: 'sk-e' });
    const str = resolveKey({ apiKey: '${MY_GW_KEY}' }, { MY_GW_KEY: 'sk-e' }, {});
    expect(str).toMatchObject({ kind: 'reference', form: 'string', name: 'MY_GW_KEY' });
    expect(fixedApiKey(str, true, false)).toEqual({ source: 'env', provider: 'default', id: 'MY_GW_KEY' });
    expect(fixedApiKey(resolveKey({ apiKey: { source: 'env', provider: 'default', id: 'AISA_API_KEY' } }, {}, {}), true, false)).toBeUndefined();
  });
});
