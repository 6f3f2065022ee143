import { describe, expect, it } from 'vitest';
import { openDocument } from '../../../src/config/document.js';
import { keyEnvVarFor, parseProviderId } from '../../../src/provider-id.js';
import { parseStrictJson } from '../../../src/targets/picoclaw/config.js';
import { locatePicoclaw } from '../../../src/targets/picoclaw/locate.js';
import { readSecurityKeys, setSecurityKeys } from '../../../src/targets/picoclaw/security-yml.js';
import { looksStrict } from '../../support/picoclaw.js';

describe('the lossless editor on strict JSON (what PicoClaw reads)', () => {
  it.each([
    ['an empty file', ''],
    ['a compact one-liner', '{"model_list":[],"agents":{"defaults":{"model":"x"}}}'],
    ['four spaces, CRLF', '{\r\n    "model_list": [\r\n        {"model_name": "a", "model": "openai/a"}\r\n    ]\r\n}\r\n'],
    ['tabs', '{\n\t"agents": {}\n}\n'],
  ])('writes only double-quoted keys and strings, no trailing comma, no comment: %s', (_what, text) => {
    const doc = openDocument(text);
    doc.reconcile(['model_list'], [...((doc.get(['model_list']) as unknown[]) ?? []), { model_name: 'aisa/qwen3-max', model: 'openai/qwen3-max', api_keys: ['k'] }]);
    doc.reconcile(['agents', 'defaults', 'model'], { primary: 'aisa/qwen3-max', fallbacks: ['aisa/kimi-k2.5'] });
    const out = doc.toString();
    expect(looksStrict(out)).toBe(true);
    expect(out).not.toMatch(/(^|[{,\s])[A-Za-z_]+:/m);
    expect(out.startsWith(text.slice(0, 1) || '{')).toBe(true);
    if (text.includes('\r\n')) expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('--provider-id', () => {
  it.each([
    ['sealos', 'SEALOS_API_KEY'],
    ['company-gw', 'COMPANY_GW_API_KEY'],
    ['gw2', 'GW2_API_KEY'],
  ])('%s → %s', (id, envVar) => {
    expect(keyEnvVarFor(id)).toBe(envVar);
    expect(parseProviderId(id)).toEqual({ id, isAisa: false, keyEnvVar: envVar, keyReference: { source: 'env', provider: 'default', id: envVar } });
  });
  it('absent or aisa is AIsa', () => {
    expect(parseProviderId(undefined).isAisa).toBe(true);
    expect(parseProviderId('aisa').keyEnvVar).toBe('AISA_API_KEY');
  });
  it.each(['openai', 'anthropic', 'google', 'openrouter', 'deepseek', 'ollama', 'Sealos', '9gw', 'a_b', 'gw-', ''])('refuses %j (exit 2)', (id) => {
    expect(() => parseProviderId(id)).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});

describe('PicoClaw helpers', () => {
  it('locates config.json: --config > PICOCLAW_CONFIG > PICOCLAW_HOME > ~/.picoclaw', () => {
    const env = { HOME: '/h', PICOCLAW_HOME: '/p', PICOCLAW_CONFIG: '/c/conf.json' };
    expect(locatePicoclaw({ config: 'x.json', env, cwd: '/w' })).toEqual({ path: '/w/x.json', source: 'flag', securityPath: '/w/.security.yml' });
    expect(locatePicoclaw({ env, cwd: '/w' }).path).toBe('/c/conf.json');
    expect(locatePicoclaw({ env: { HOME: '/h', PICOCLAW_HOME: '/p' }, cwd: '/w' }).path).toBe('/p/config.json');
    expect(locatePicoclaw({ env: { HOME: '/h' }, cwd: '/w' }).securityPath).toBe('/h/.picoclaw/.security.yml');
  });

  it('reports a strict-JSON error at line and column', () => {
    expect(() => parseStrictJson('{\n  "a": 1,\n}\n', 'c.json')).toThrow(/c\.json:3:1/);
  });

  it('edits .security.yml: adds, replaces, keeps everything else, and is idempotent', () => {
    const text = '# secrets\nmodel_list:\n  gpt-5.4:\n    api_keys:\n      - "sk-a"\n  "aisa/qwen3-max":\n    api_keys:\n      - "old"\n\nchannels:\n  telegram:\n    token: "t"\n';
    const out = setSecurityKeys(text, 's.yml', ['aisa/qwen3-max', 'aisa/kimi-k2.5'], 'sk-new');
    expect(out).toBe(
      '# secrets\nmodel_list:\n  gpt-5.4:\n    api_keys:\n      - "sk-a"\n  "aisa/qwen3-max":\n    api_keys:\n      - "sk-new"\n  "aisa/kimi-k2.5":\n    api_keys:\n      - "sk-new"\n\nchannels:\n  telegram:\n    token: "t"\n',
    );
    expect(setSecurityKeys(out, 's.yml', ['aisa/qwen3-max'], 'sk-new')).toBe(out);
    expect([...readSecurityKeys(out, 's.yml')]).toEqual([
      ['gpt-5.4', ['sk-a']],
      ['aisa/qwen3-max', ['sk-new']],
      ['aisa/kimi-k2.5', ['sk-new']],
    ]);
    expect(setSecurityKeys(null, 's.yml', ['aisa/x'], 'k')).toBe('model_list:\n  "aisa/x":\n    api_keys:\n      - "k"\n');
    expect(() => setSecurityKeys('model_list: {}\n', 's.yml', ['a'], 'k')).toThrow(expect.objectContaining({ exitCode: 3 }));
  });

  it('reads .security.yml as PicoClaw writes it: unquoted name:index keys, 4-space indent, flow lists', () => {
    const text = 'model_list:\n    aisa/qwen3-max:0:\n        api_keys:\n            - sk-a\n    gpt-5.4: # mine\n        api_keys: ["sk-b", \'sk-c\']\n';
    expect([...readSecurityKeys(text, 's.yml')]).toEqual([
      ['aisa/qwen3-max:0', ['sk-a']],
      ['gpt-5.4', ['sk-b', 'sk-c']],
    ]);
  });
});
