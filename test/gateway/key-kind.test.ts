// The key's shape before any request: a pasted .env or shell line is reduced to the key; another
// provider's key is named as such and never sent to AIsa (scripted: exit 4; at the prompt: asked
// again), while older plain `sk-…` AIsa keys and other gateways' keys go through as before.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { foreignKeyProvider } from '../../src/gateway/key-kind.js';
import { listModels } from '../../src/gateway/client.js';
import { tidyKey } from '../../src/resolve.js';
import { startFakeGateway, TEST_KEYS, type FakeGateway } from '../support/fake-gateway.js';
import { tempHome } from '../support/home.js';
import { runMain } from '../support/in-process.js';
import { picoHome } from '../support/picoclaw.js';

// The plugin's auth runs inside OpenClaw; here only its key check is asked, so the SDK is a stand-in.
vi.mock('openclaw/plugin-sdk/provider-auth', () => ({ createProviderApiKeyAuthMethod: () => ({}), resolveDefaultSecretProviderAlias: () => 'default' }));

const AISA_KEY = 'sk-aisa-0123456789abcdefGHIJKLMNOPqrstuvwxYZ';
const FOREIGN: ReadonlyArray<readonly [string, string]> = [
  ['OpenAI', 'sk-proj-AbCdEf0123456789AbCdEf0123456789xyzw'],
  ['Anthropic', 'sk-ant-api03-AbCdEf0123456789AbCdEf01234567wxyz'],
  ['OpenRouter', 'sk-or-v1-0123456789abcdef0123456789abcdefwxyz'],
  ['Google', 'AIzaSyA0123456789abcdefGHIJKLMNOPqrstu'],
];

let gw: FakeGateway;
beforeAll(async () => {
  gw = await startFakeGateway({ keys: { [TEST_KEYS.good]: 'ok', [AISA_KEY]: 'ok', ...Object.fromEntries(FOREIGN.map(([, k]) => [k, 'ok'])) } });
});
afterAll(() => gw.close());

describe('tidyKey: a pasted assignment is the key', () => {
  it.each([
    [`AISA_API_KEY=${AISA_KEY}`],
    [`export AISA_API_KEY=${AISA_KEY}`],
    [`export AISA_API_KEY="${AISA_KEY}"`],
    [`AISA_API_KEY='${AISA_KEY}'\n`],
    [`  export AISA_API_KEY = "${AISA_KEY}";`],
    [`$env:AISA_API_KEY="${AISA_KEY}"`],
    [`${AISA_KEY}\r\n`],
  ])('%j', (pasted) => expect(tidyKey(pasted)).toBe(AISA_KEY));

  it('a bare quoted key is left for the shape check to name (quotation marks)', () => {
    expect(tidyKey(`"${AISA_KEY}"`)).toBe(`"${AISA_KEY}"`);
  });
});

describe("another provider's key", () => {
  it.each(FOREIGN)('%s is recognised; AIsa keys, new and old, are not', (provider, key) => {
    expect(foreignKeyProvider(key)).toBe(provider);
    expect(foreignKeyProvider(AISA_KEY)).toBeUndefined();
    expect(foreignKeyProvider(TEST_KEYS.good)).toBeUndefined();
  });

  it.each(FOREIGN)('onboard refuses a %s key before any request: exit 4, named, masked, both languages', async (provider, key) => {
    for (const [lang, words] of [
      ['en', `looks like ${provider === 'Google' ? 'a' : 'an'} ${provider} key, not an AIsa key (sk-aisa-…)`],
      ['zh-CN', `看起来是 ${provider} 的密钥，不是 AIsa 的密钥（sk-aisa-…）`],
    ] as const) {
      for (const extra of [[], ['--skip-validation']]) {
        const before = gw.requests.length;
        const r = await runMain(['onboard', '--json', '--non-interactive', '--base-url', gw.baseUrl, '--aisa-api-key', key, '--lang', lang, ...extra], { home: tempHome() });
        expect(r.code, r.out).toBe(4);
        const err = JSON.parse(r.out).error;
        expect(err.kind).toBe('key-foreign');
        expect(err.message).toContain(words);
        expect(err.fix).toContain('https://console.aisa.one/api-keys');
        expect(r.out + r.err).not.toContain(key);
        expect(gw.requests.length).toBe(before);
      }
    }
  });

  it('is not judged for another --provider-id gateway: its keys are its own', async () => {
    const key = FOREIGN[0]![1];
    const r = await runMain(['onboard', '--json', '--non-interactive', '--provider-id', 'sealos', '--base-url', gw.baseUrl, '--models', 'qwen3-max'], { home: tempHome(), env: { SEALOS_API_KEY: key } });
    expect(r.code, r.out).toBe(0);
    expect(gw.requests.at(-1)?.headers.authorization).toBe(`Bearer ${key}`);
  });

  it("the plugin's auth names it without a request", async () => {
    const { keyProblem } = await import('../../plugin/auth.js');
    const before = gw.requests.length;
    expect(await keyProblem(FOREIGN[1]![1], { AISA_BASE_URL: gw.baseUrl })).toMatch(/looks like an Anthropic key, not an AIsa key[\s\S]*console\.aisa\.one\/api-keys/);
    expect(gw.requests.length).toBe(before);
    expect(await keyProblem(AISA_KEY, { AISA_BASE_URL: gw.baseUrl })).toBeUndefined();
  });

  it("a whole AISA_API_KEY=… line in OpenClaw's own prompt (which the plugin cannot tidy) is named, not sent", async () => {
    const { keyProblem } = await import('../../plugin/auth.js');
    const before = gw.requests.length;
    const problem = await keyProblem(`AISA_API_KEY=${AISA_KEY}`, { AISA_BASE_URL: gw.baseUrl });
    expect(problem).toContain('The API key sk-…wxYZ contains a variable name in front (AISA_API_KEY=…), which a real');
    expect(problem).toContain('paste only the key itself');
    expect(gw.requests.length).toBe(before);
  });
});

describe('pasted lines and AIsa keys go through', () => {
  it('`export AISA_API_KEY="sk-aisa-…"` on stdin: the key alone is checked and stored', async () => {
    const home = tempHome();
    const r = await runMain(['onboard', '--non-interactive', '--base-url', gw.baseUrl, '--aisa-api-key-stdin'], { home, stdin: `export AISA_API_KEY="${AISA_KEY}"\n` });
    expect(r.code, r.err).toBe(0);
    expect(gw.requests.at(-1)?.headers.authorization).toBe(`Bearer ${AISA_KEY}`);
    expect(readFileSync(`${home}/.openclaw/.env`, 'utf8')).toMatch(new RegExp(`^AISA_API_KEY=${AISA_KEY}$`, 'm'));
  });

  it('an sk-aisa- key and an older plain sk- key are both accepted', async () => {
    expect((await listModels({ baseUrl: gw.baseUrl, apiKey: AISA_KEY, env: {} })).ids.length).toBeGreaterThan(0);
    expect((await listModels({ baseUrl: gw.baseUrl, apiKey: TEST_KEYS.good, env: {} })).ids.length).toBeGreaterThan(0);
  });
});

describe('doctor with a foreign key in the config', () => {
  it('OpenClaw: api-key-valid fails with the provider named, and nothing is sent', async () => {
    const home = tempHome();
    expect((await runMain(['onboard', '--non-interactive', '--skip-validation', '--base-url', gw.baseUrl, '--aisa-api-key', TEST_KEYS.good], { home })).code).toBe(0);
    const before = gw.requests.length;
    const r = await runMain(['doctor', '--json', '--only', 'api-key-valid', '--lang', 'zh-CN'], { home, env: { AISA_API_KEY: FOREIGN[0]![1] } });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).checks[0]).toMatchObject({ id: 'api-key-valid', status: 'fail', message: expect.stringContaining('看起来是 OpenAI 的密钥') });
    expect(gw.requests.length).toBe(before);
  });

  it('PicoClaw: the same', async () => {
    const home = tempHome();
    const { config, security } = picoHome(home);
    expect((await runMain(['onboard', '--target', 'picoclaw', '--non-interactive', '--skip-validation', '--base-url', gw.baseUrl, '--models', 'qwen3-max', '--aisa-api-key', TEST_KEYS.good], { home })).code).toBe(0);
    // The key lives in the config or, on newer PicoClaw, in .security.yml: replaced wherever it is.
    for (const f of [config, security]) if (existsSync(f)) writeFileSync(f, readFileSync(f, 'utf8').split(TEST_KEYS.good).join(FOREIGN[3]![1]));
    const r = await runMain(['doctor', '--target', 'picoclaw', '--json', '--only', 'api-key-valid'], { home });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).checks[0]).toMatchObject({ id: 'api-key-valid', status: 'fail', message: expect.stringContaining('looks like a Google key') });
  });
});
