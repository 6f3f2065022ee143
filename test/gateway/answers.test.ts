// Every row of facts.md's "Gateway answers" table, in both languages of the gateway and both of
// the UI: who must act (key, account, gateway), the exit code that fits, a fix for that party and
// no other ("copy the whole key" only for a key the gateway does not know, "top up" only for the
// balance). Through onboard's key check (GET /models) and through a chat (the probe).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { listModels } from '../../src/gateway/client.js';
import type { GatewayError } from '../../src/gateway/error.js';
import { probeModel } from '../../src/gateway/probe.js';
import { setLang } from '../../src/i18n/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { EXPECTED, GATEWAY_ANSWERS, keyFor, type GatewayAnswerRow } from '../support/gateway-answers.js';
import { startFakeGateway, TEST_KEYS, type FakeGateway } from '../support/fake-gateway.js';
import { tempHome } from '../support/home.js';
import { runMain } from '../support/in-process.js';

const gws: Record<'en' | 'zh', FakeGateway> = {} as Record<'en' | 'zh', FakeGateway>;
let successFalse: FakeGateway;
beforeAll(async () => {
  gws.en = await startFakeGateway({ lang: 'en' });
  gws.zh = await startFakeGateway({ lang: 'zh' });
  successFalse = await startFakeGateway({ lang: 'zh', successFalse: true });
});
afterAll(() => Promise.all([gws.en.close(), gws.zh.close(), successFalse.close()]));

const opts = (gw: FakeGateway, key: string) => ({ baseUrl: gw.baseUrl, apiKey: key, env: {}, timeoutMs: 3000, retryDelayMs: 5 });

async function failure(p: Promise<unknown>): Promise<GatewayError> {
  try {
    const r = (await p) as { ok?: boolean; error?: GatewayError };
    if (r?.ok === false && r.error) return r.error;
  } catch (e) {
    if (e instanceof CliError) return e as GatewayError;
    throw e;
  }
  throw new Error('expected a failure');
}

/** The table's promises about every message: the party's fix, in the user's language, key masked. */
function expectTold(err: GatewayError, row: GatewayAnswerRow, lang: Lang, key: string): void {
  const want = EXPECTED[row.name]!;
  expect({ kind: err.kind, party: err.party, exit: err.exitCode }).toEqual(want);
  const words = `${err.message}\n${err.fix ?? ''}`;
  const fix = err.fix ?? '';
  if (lang === 'zh-CN') expect(fix).toMatch(/[\u4e00-\u9fff]/);
  else expect(fix).not.toMatch(/[\u4e00-\u9fff]/);
  // Only a key the gateway does not know is worth re-copying; only the balance is topped up.
  if (want.kind !== 'key-invalid') expect(fix).not.toMatch(/copied the whole key|复制完整/);
  if (want.kind !== 'balance-exhausted') expect(fix).not.toMatch(/top up|充值/i);
  // The party named is the one the fix is for: a gateway-side fault never sends the user to the key page.
  if (want.party === 'gateway') expect(fix).not.toContain('API Keys');
  if (want.party === 'key') expect(fix).toMatch(/API Keys|aisa-setup models list/);
  expect(words).not.toContain(key);
  expect(words).not.toMatch(/sk-[A-Za-z0-9]{12,}/);
}

const both = GATEWAY_ANSWERS.filter((r) => r.where === 'both');

describe.each<[Lang, 'en' | 'zh']>([
  ['en', 'en'],
  ['en', 'zh'],
  ['zh-CN', 'en'],
  ['zh-CN', 'zh'],
])('UI %s, gateway answering in %s', (lang, gwLang) => {
  const gw = () => gws[gwLang];
  const run = async (fn: () => Promise<GatewayError>) => {
    setLang(lang);
    try {
      return await fn();
    } finally {
      setLang('en');
    }
  };

  it.each(both.map((r) => [r.name, r] as const))("onboard's key check (GET /models): %s", async (_name, row) => {
    const err = await run(() => failure(listModels(opts(gw(), keyFor(row)))));
    expectTold(err, row, lang, keyFor(row));
    // The gateway's own words are quoted, in its language.
    expect(err.gatewayMessage).toContain((gwLang === 'zh' ? row.zh : row.en).replaceAll('{group}', 'vip').split(/[{，,]/)[0]);
  });

  it.each(GATEWAY_ANSWERS.map((r) => [r.name, r] as const))('a chat to a listed model: %s', async (_name, row) => {
    const err = await run(() => failure(probeModel({ ...opts(gw(), keyFor(row)), model: 'qwen3-max', listed: ['qwen3-max', 'kimi-k2.5'] })));
    expectTold(err, row, lang, keyFor(row));
  });
});

describe('the same answer, differently framed', () => {
  it.each(both.map((r) => [r.name, r] as const))('200 {"success": false} on /models is a failure, read by its words: %s', async (_name, row) => {
    const err = await failure(listModels(opts(successFalse, keyFor(row))));
    expect(err.status).toBe(200);
    expect({ kind: err.kind, party: err.party }).toMatchObject({ kind: EXPECTED[row.name]!.kind, party: EXPECTED[row.name]!.party });
  });

  it('503 no channel: listed → not working now; not listed → stale or unknown, use one it lists; no list → says it cannot tell', async () => {
    const row = GATEWAY_ANSWERS.find((r) => r.name === 'no-channel')!;
    const key = keyFor(row);
    const listed = await failure(probeModel({ ...opts(gws.en, key), model: 'kimi-k2.5', listed: ['qwen3-max', 'kimi-k2.5'] }));
    expect(listed).toMatchObject({ kind: 'model-down', exitCode: 5 });
    expect(listed.message).toContain('The key lists kimi-k2.5');
    expect(listed.fix).toContain('aisa-setup models fallbacks');
    const unlisted = await failure(probeModel({ ...opts(gws.en, key), model: 'qwen9-ultra', listed: ['qwen-mt-flash', 'deepseek-r1', 'qwen3-max'] }));
    expect(unlisted).toMatchObject({ kind: 'model-unavailable', exitCode: 5 });
    expect(unlisted.message).toContain('does not list qwen9-ultra');
    // "use …" names chat models the key lists, core first, never the translation model.
    expect(unlisted.fix).toContain('e.g. qwen3-max, deepseek-r1');
    expect(unlisted.fix).not.toContain('qwen-mt-flash');
    const unknown = await failure(probeModel({ ...opts(gws.zh, key), model: 'qwen9-ultra' }));
    expect(unknown).toMatchObject({ kind: 'model-unavailable', exitCode: 5 });
    expect(unknown.message).toMatch(/may be stale, or its upstream down/);
    const stale = await failure(probeModel({ ...opts(gws.en, key), model: 'qwen-turbo', listed: ['qwen-turbo', 'qwen3-max'] }));
    expect(stale).toMatchObject({ kind: 'model-unavailable', replacement: 'qwen-flash' });
  });

  it('an upstream 401 whose type is the gateway\'s own is about the key after all', async () => {
    const gw = gws.en;
    gw.setRoute('POST', '/v1/chat/completions', { status: 401, body: { error: { message: 'Invalid token', type: 'new_api_error' } } });
    try {
      const err = await failure(probeModel({ ...opts(gw, keyFor('invalid-token')), model: 'qwen3-max' }));
      expect(err.kind).toBe('key-invalid');
    } finally {
      gw.setRoute('POST', '/v1/chat/completions', null);
    }
  });

  it('an empty model list is its own kind for AIsa: the key must change, exit 4, no --model advice; another gateway keeps its own rule', async () => {
    const empty = await startFakeGateway({ models: [] });
    const home = tempHome();
    try {
      for (const lang of ['en', 'zh-CN'] as const) {
        const r = await runMain(['onboard', '--json', '--base-url', empty.baseUrl, '--aisa-api-key', TEST_KEYS.good, '--lang', lang], { home });
        expect(r.code).toBe(4);
        const err = JSON.parse(r.out).error;
        expect(err).toMatchObject({ kind: 'no-models', party: 'key' });
        expect(err.fix).toContain('API Keys');
        expect(`${err.message} ${err.fix}`).not.toContain('--model');
      }
      await runMain(['onboard', '--skip-validation', '--non-interactive', '--base-url', empty.baseUrl, '--aisa-api-key', TEST_KEYS.good], { home });
      const doctor = await runMain(['doctor', '--json', '--only', 'api-key-valid', '--base-url', empty.baseUrl], { home, env: { AISA_API_KEY: TEST_KEYS.good } });
      expect(JSON.parse(doctor.out).checks[0]).toMatchObject({ id: 'api-key-valid', status: 'fail', message: expect.stringContaining('lists no model at all') });
      // Another gateway's empty list is a usage matter there (name the models with --models), not AIsa's advice.
      const other = await runMain(['onboard', '--json', '--provider-id', 'sealos', '--base-url', empty.baseUrl], { home, env: { SEALOS_API_KEY: TEST_KEYS.good } });
      expect(other.code).toBe(2);
      expect(other.out).not.toContain('marketplace.aisa.one');
    } finally {
      await empty.close();
    }
  });
});
