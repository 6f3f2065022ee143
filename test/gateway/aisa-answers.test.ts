// The details of AIsa's own answers (facts.md, "AIsa today") beyond who acts: the routes a non-chat
// model serves, the wait a rate limit asks, the request id for support, `error` as a string or an
// object, and a code at the top level that is AIsa's word even beside an upstream-looking `type`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import type { GatewayError } from '../../src/gateway/error.js';
import { probeModel } from '../../src/gateway/probe.js';
import { setLang } from '../../src/i18n/index.js';
import { keyFor } from '../support/gateway-answers.js';
import { startFakeGateway, TEST_KEYS, type FakeGateway } from '../support/fake-gateway.js';

let gw: FakeGateway;
beforeAll(async () => {
  gw = await startFakeGateway({ modelAnswers: { 'wan2.7-image': 'aisa-route' } });
});
afterAll(() => gw.close());

const probe = async (key: string, model = 'qwen3-max', listed?: string[]): Promise<GatewayError> => {
  const r = await probeModel({ baseUrl: gw.baseUrl, apiKey: key, model, env: {}, timeoutMs: 3000, retryDelayMs: 5, ...(listed ? { listed } : {}) });
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};
const chatOnce = (body: object, headers: Record<string, string> = {}) => gw.setRoute('POST', '/v1/chat/completions', { status: 400, body, headers, times: 1 });

describe("AIsa's answers, in detail", () => {
  it('400 model_route_not_supported: not a chat model, the routes it serves named, chat ids the key lists offered; exit 2', async () => {
    const listed = ['wan2.7-image', 'qwen3-max', 'kimi-k2.5'];
    const err = await probe(TEST_KEYS.good, 'wan2.7-image', listed);
    expect(err).toMatchObject({ kind: 'model-route-not-supported', exitCode: 2, model: 'wan2.7-image' });
    expect(err.message).toContain('wan2.7-image is not a chat model: it is not served on /chat/completions (HTTP 400), only on /v1/images/generations, /v1/images/edits.');
    expect(err.fix).toContain('e.g. qwen3-max, kimi-k2.5');
    expect(err.fix).not.toContain('wan2.7-image');
    setLang('zh-CN');
    try {
      const zh = await probe(TEST_KEYS.good, 'wan2.7-image');
      expect(zh.message).toContain('wan2.7-image 不是聊天模型：它不提供 /chat/completions（HTTP 400），只提供 /v1/images/generations、/v1/images/edits。');
      expect(zh.fix).toContain('models list');
      // The request id in the language's own brackets.
      expect(zh.message).toMatch(/（请求 ID：\d{14}\w+）$/);
      // The ids the key lists are joined as Chinese lists are.
      expect((await probe(TEST_KEYS.good, 'wan2.7-image', listed)).fix).toContain('例如 qwen3-max、kimi-k2.5：');
    } finally {
      setLang('en');
    }
  });

  it('the routes may come as a list in the error object', async () => {
    chatOnce({ code: 'model_route_not_supported', error: { message: 'Route not supported.', supported_routes: ['/v1/embeddings'] }, request_id: 'req_abc123' });
    const err = await probe(TEST_KEYS.good, 'text-embedding-3-large');
    expect(err.message).toContain('only on /v1/embeddings');
    expect(err.message).toContain('request id: req_abc123');
  });

  it('429 rate_limit_error: wait as long as Retry-After says (exit 5); 429 quota_exceeded: no wait helps (exit 4)', async () => {
    const limited = await probe(keyFor('aisa-rate-limit'));
    expect(limited).toMatchObject({ kind: 'rate-limited', exitCode: 5 });
    expect(limited.message).toContain('it asks to wait 7 s');
    const capped = await probe(keyFor('aisa-quota'));
    expect(capped).toMatchObject({ kind: 'spend-cap-reached', exitCode: 4 });
    expect(capped.message).toContain('waiting will not lift it');
  });

  it("AIsa's request_id is shown with its words, for support", async () => {
    const err = await probe(keyFor('aisa-wallet'));
    expect(err.requestId).toMatch(/^\d{14}/);
    expect(err.message).toContain(`Gateway said: "Insufficient wallet balance." (request id: ${err.requestId})`);
    expect(err.fix).toBe('Top up at https://console.aisa.one/billing, then try again.');
  });

  it('a top-level code is AIsa\'s own, even beside a `type` an upstream would use', async () => {
    chatOnce({ code: 'invalid_api_key', error: { message: 'AISA API key is invalid.', type: 'invalid_request_error' }, request_id: 'r1' });
    expect((await probe(TEST_KEYS.good)).kind).toBe('key-invalid');
    // The same code inside the error object, with an upstream's type: the upstream's own failure.
    gw.setRoute('POST', '/v1/chat/completions', { status: 401, body: { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } }, times: 1 });
    expect((await probe(TEST_KEYS.good)).kind).toBe('upstream-error');
  });

  it('a 402 with a code we do not know is still money, not our bug: exit 4, no "report"', async () => {
    gw.setRoute('POST', '/v1/chat/completions', { status: 402, body: { code: 'payment_required_new', error: 'Payment required.', request_id: 'r2' }, times: 1 });
    const err = await probe(TEST_KEYS.good);
    expect(err).toMatchObject({ kind: 'balance-exhausted', exitCode: 4 });
    expect(`${err.message} ${err.fix}`).not.toMatch(/DEBUG|report/i);
  });

  it('errors are CliErrors with the request id in --json', async () => {
    const err = await probe(keyFor('aisa-key-cap'));
    expect(err).toBeInstanceOf(CliError);
    expect(err.toJSON()).toMatchObject({ kind: 'key-quota-exhausted', party: 'key', status: 402, requestId: err.requestId });
    expect(err.message).toContain("its own spending cap (HTTP 402): that is the key's own limit, not the account's wallet");
  });
});
