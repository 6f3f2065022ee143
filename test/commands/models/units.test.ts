// The pure parts of `models`: suggestions, table formatting, the planned model references.
import { providerModelEntry } from '../../../src/catalog.js';
import { describe, expect, it } from 'vitest';
import { planModelRefs } from '../../../src/targets/openclaw/models-apply.js';
import { closestIds, editDistance } from '../../../src/suggest.js';
import { buildRows } from '../../../src/commands/models-rows.js';
import { displayWidth, formatContext } from '../../../src/commands/models-table.js';
import { addModelEntries } from '../../../src/targets/openclaw/provider.js';

const live = ['qwen3-max', 'qwen-plus-2025-12-01', 'qwen-mt-flash', 'deepseek-v3.1', 'deepseek-r1', 'kimi-k2.5'];

describe('suggestions', () => {
  it.each([
    ['qwen3-mx', ['qwen3-max']],
    ['deepsek-v3.1', ['deepseek-v3.1', 'deepseek-r1']],
    ['kimi', ['kimi-k2.5']],
    ['qwen', ['qwen3-max', 'qwen-mt-flash', 'qwen-plus-2025-12-01']],
    ['totally-else', []],
  ])('%s → %j', (wanted, expected) => {
    expect(closestIds(wanted, live)).toEqual(expected);
  });

  it('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('table formatting', () => {
  it.each([
    [256000, '256K'],
    [131072, '128K'],
    [1_000_000, '1M'],
    [32768, '32K'],
    [12345, '12345'],
    [null, '?'],
  ])('context %s → %s', (n, s) => expect(formatContext(n)).toBe(s));

  it('counts CJK characters as two cells', () => {
    expect(displayWidth('模型')).toBe(4);
    expect(displayWidth('价格 输入/输出')).toBe(14);
    expect(displayWidth('qwen3-max')).toBe(9);
  });
});

describe('planModelRefs', () => {
  it('turns a string default into an object and keeps other keys', () => {
    expect(planModelRefs('openai/gpt-4o', { primary: 'qwen3-max' })).toEqual({ primary: 'aisa/qwen3-max' });
    expect(planModelRefs({ primary: 'x/y', fallbacks: ['aisa/a'], extra: 1 }, { primary: 'a' })).toEqual({ primary: 'aisa/a', extra: 1 });
  });

  it('sets, clears and never creates an empty object', () => {
    expect(planModelRefs('aisa/a', { fallbacks: ['aisa/b'] })).toEqual({ primary: 'aisa/a', fallbacks: ['aisa/b'] });
    expect(planModelRefs({ primary: 'aisa/a', fallbacks: ['aisa/b'] }, { fallbacks: [] })).toEqual({ primary: 'aisa/a' });
    expect(planModelRefs(undefined, { fallbacks: [] })).toBeUndefined();
  });
});

describe('addModelEntries', () => {
  it('appends only missing ids (an aisa/ prefix counts as the same) and touches nothing else', () => {
    const existing = { baseUrl: 'u', apiKey: '${X}', headers: { a: 'b' }, models: [{ id: 'aisa/qwen3-max', name: 'Mine', supportsDeveloperRole: false }] };
    const out = addModelEntries(existing, [providerModelEntry('qwen3-max'), providerModelEntry('kimi-k2.5')]);
    expect(out).toEqual({ ...existing, models: [existing.models[0], providerModelEntry('kimi-k2.5')] });
    expect(addModelEntries(out, [providerModelEntry('kimi-k2.5')])).toEqual(out);
  });
});

describe('buildRows', () => {
  it('lists each id once: live first, then declared, then a default declared nowhere', () => {
    const rows = buildRows({
      liveIds: ['qwen3-max', 'kimi-k2.5'],
      declared: [{ id: 'kimi-k2.5' }, { id: 'mine', name: 'Mine', cost: { input: 1, output: 2 } }],
      primary: 'aisa/deepseek-v3.1',
      fallbacks: ['aisa/qwen3-max', 'openai/gpt-4o'],
    });
    expect(rows.map((r) => [r.id, r.live, r.declared, r.default, r.fallback])).toEqual([
      ['qwen3-max', true, false, false, 1],
      ['kimi-k2.5', true, true, false, null],
      ['mine', false, true, false, null],
      ['deepseek-v3.1', false, false, true, null],
    ]);
    expect(rows[2]).toMatchObject({ name: 'Mine', price: { input: 1, output: 2 }, inCatalog: false });
  });
});
