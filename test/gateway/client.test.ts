// The /v1/models client and the chat probe against the fake gateway: what is sent, how often, and
// how answers are read.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { DEFAULT_BASE_URL, listModels, normalizeBaseUrl, type GatewayOptions } from '../../src/gateway/client.js';
import { errorFromResponse } from '../../src/gateway/diagnose.js';
import { probeBody, probeModel } from '../../src/gateway/probe.js';
import { retryAfterMs } from '../../src/gateway/transport.js';
import { checkKeyShape, keyShapeProblems } from '../../src/gateway/url.js';
import { VERSION } from '../../src/version.js';
import { DEFAULT_LIVE_MODELS, startFakeGateway, TEST_KEYS } from '../support/fake-gateway.js';
import { fileGateway } from '../support/file-gateway.js';

const file = fileGateway();
beforeEach(() => {
  file.gw.requests.length = 0;
  file.gw.setRoute('GET', '/v1/models', null);
  file.gw.setRoute('POST', '/v1/chat/completions', null);
});

const opts = (extra: Partial<GatewayOptions> = {}): GatewayOptions => ({
  baseUrl: file.gw.baseUrl,
  apiKey: TEST_KEYS.good,
  env: {},
  timeoutMs: 3000,
  retryDelayMs: 20,
  ...extra,
});

describe('listModels', () => {
  it('validates a good key with exactly one request carrying only Bearer and User-Agent', async () => {
    const res = await listModels(opts());
    expect(res.ids).toEqual(DEFAULT_LIVE_MODELS);
    expect(res.attempts).toBe(1);
    expect(file.gw.requests).toHaveLength(1);
    const req = file.gw.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/v1/models');
    expect(req.headers.authorization).toBe(`Bearer ${TEST_KEYS.good}`);
    expect(req.headers['user-agent']).toBe(`aisa-setup/${VERSION}`);
    // Only transport headers besides ours: no x-api-key, cookies, or anything else carrying the key.
    expect(Object.keys(req.headers).sort()).toEqual(['authorization', 'connection', 'host', 'user-agent']);
  });

  it('accepts a base URL without /v1 and with a trailing slash', async () => {
    await listModels(opts({ baseUrl: `${file.gw.url}/` }));
    expect(file.gw.requests[0]!.path).toBe('/v1/models');
  });

  it.each(['success', 'endpoint-types'] as const)('reads the %s variant of the list', async (variant) => {
    const other = await startFakeGateway({ variant, models: ['qwen3-max', 'kimi-k2.5'] });
    try {
      const res = await listModels(opts({ baseUrl: other.baseUrl }));
      expect(res.ids).toEqual(['qwen3-max', 'kimi-k2.5']);
      if (variant === 'endpoint-types') expect(res.models[0]!.supported_endpoint_types).toEqual(['openai']);
    } finally {
      await other.close();
    }
  });

  it('tolerates extra fields, odd entries and duplicates', async () => {
    file.gw.setRoute('GET', '/v1/models', {
      body: { object: 'list', data: [{ id: 'a', permission: [], created: 'yesterday' }, { object: 'model' }, { id: 'b', supported_endpoint_types: 'openai' }, { id: 'a' }], extra: 1 },
    });
    const res = await listModels(opts());
    expect(res.ids).toEqual(['a', 'b']);
    expect(res.models[1]!.supported_endpoint_types).toEqual(['openai']);
  });

  it('reports { success: false, message } with the message', async () => {
    file.gw.setRoute('GET', '/v1/models', { body: { success: false, message: 'something is off' } });
    await expect(listModels(opts())).rejects.toMatchObject({ kind: 'bad-response', gatewayMessage: 'something is off' });
  });

  it('retries once after a 5xx and succeeds', async () => {
    file.gw.setRoute('GET', '/v1/models', { status: 502, body: '<html>bad gateway</html>', times: 1 });
    const res = await listModels(opts());
    expect(res.attempts).toBe(2);
    expect(file.gw.requests).toHaveLength(2);
  });

  it('retries once after a reset connection and succeeds', async () => {
    file.gw.setRoute('GET', '/v1/models', { reset: true, times: 1 });
    const res = await listModels(opts());
    expect(res.ids.length).toBeGreaterThan(0);
    expect(file.gw.requests).toHaveLength(2);
  });

  it('does not retry a 503 "no available channel"', async () => {
    file.gw.setRoute('GET', '/v1/models', { status: 503, body: { error: { message: 'no available channel for model x' } } });
    // On /models no model was asked for: the gateway is failing (not a stale id), and says so at once.
    await expect(listModels(opts())).rejects.toMatchObject({ kind: 'server-error', party: 'gateway' });
    expect(file.gw.requests).toHaveLength(1);
  });

  it('honours a short Retry-After on 429', async () => {
    file.gw.setRoute('GET', '/v1/models', { status: 429, body: '', headers: { 'retry-after': '1' }, times: 1 });
    const started = performance.now();
    const res = await listModels(opts());
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(res.attempts).toBe(2);
  });

  it('gives up on a 429 without Retry-After at once', async () => {
    file.gw.setRoute('GET', '/v1/models', { status: 429, body: '' });
    await expect(listModels(opts())).rejects.toMatchObject({ kind: 'rate-limited', exitCode: 5 });
    expect(file.gw.requests).toHaveLength(1);
  });

  it('parses Retry-After as seconds or a date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });

  it('reads a Chinese message whole when a character is split between two packets', async () => {
    // The gateway's own words come through in the error; a UTF-8 character cut at a packet border
    // must not turn into U+FFFD, as it does when each chunk is decoded on its own.
    const body = Buffer.from(JSON.stringify({ error: { message: '无可用渠道：模型暂不可用', type: 'new_api_error' } }));
    const cut = body.indexOf(Buffer.from('渠')) + 1;
    const server = createServer((_req, res) => {
      res.writeHead(503, { 'content-type': 'application/json', 'content-length': String(body.length) });
      res.write(body.subarray(0, cut));
      setTimeout(() => res.end(body.subarray(cut)), 20);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const err = await listModels({ baseUrl: `http://127.0.0.1:${port}/v1`, apiKey: TEST_KEYS.good, env: {}, retryDelayMs: 1 }).catch((e: unknown) => e);
      expect((err as { gatewayMessage?: string }).gatewayMessage).toBe('无可用渠道：模型暂不可用');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('404 on the default base URL is the gateway\'s fault (exit 5), on a custom one the user\'s (exit 2)', async () => {
    await expect(listModels(opts({ baseUrl: `${file.gw.url}/nope` }))).rejects.toMatchObject({ kind: 'base-url-not-found', exitCode: 2 });
    const res = { status: 404, headers: {}, body: '', latencyMs: 1, attempts: 1 };
    const ctx = { baseUrl: DEFAULT_BASE_URL, key: TEST_KEYS.good, path: '/models' as const, timeoutMs: 1000 };
    expect(errorFromResponse(res, ctx)).toMatchObject({ kind: 'base-url-not-found', exitCode: 5 });
  });
});

describe('normalizeBaseUrl', () => {
  it.each([
    ['https://api.aisa.one', 'https://api.aisa.one/v1'],
    ['https://api.aisa.one/', 'https://api.aisa.one/v1'],
    ['https://api.aisa.one/v1/', 'https://api.aisa.one/v1'],
    [' https://api.aisa.one/v1/models ', 'https://api.aisa.one/v1'],
    ['https://api.aisa.one/v1/chat/completions', 'https://api.aisa.one/v1'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/v1'],
    ['http://localhost:8080/v1', 'http://localhost:8080/v1'],
    ['http://[::1]:9/v1', 'http://[::1]:9/v1'],
    ['https://user:pw@file.gw.example/proxy/v1', 'https://file.gw.example/proxy/v1'],
  ])('%s → %s', (input, out) => expect(normalizeBaseUrl(input)).toBe(out));

  it.each(['http://api.aisa.one/v1', 'http://10.0.0.5/v1', 'ftp://api.aisa.one', 'api.aisa.one', ''])('refuses %j with exit 2', (input) => {
    expect(() => normalizeBaseUrl(input)).toThrow(CliError);
    try {
      normalizeBaseUrl(input);
    } catch (e) {
      expect((e as CliError).exitCode).toBe(2);
    }
  });
});

describe('checkKeyShape', () => {
  it.each([
    ['Bearer sk-abcdefghijklmnop', ['bearer']],
    ['sk-abcdefgh ijklmnop', ['space']],
    ['sk-abcdefghijklmnop\n', ['newline']],
    ['"sk-abcdefghijklmnop"', ['quote']],
    ['sk-abcdefghijklmnop\u200b', ['nonAscii']],
    ['ｓk-abcdefghijklmnop', ['nonAscii']],
    ['', ['empty']],
    ['sk-abcdefghijklmnop', []],
  ])('%j → %j', (key, problems) => expect(keyShapeProblems(key)).toEqual(problems));

  it('names what it found and masks the key', () => {
    try {
      checkKeyShape(`Bearer ${TEST_KEYS.good}`);
      expect.unreachable();
    } catch (e) {
      const err = e as CliError;
      expect(err.kind).toBe('key-shape');
      expect(err.message).toContain('Bearer');
      expect(err.message).toContain('sk-…uvwx');
      expect(err.message).not.toContain(TEST_KEYS.good);
    }
  });
});

describe('probeModel', () => {
  it('sends one small chat and reports latency', async () => {
    const r = await probeModel({ ...opts(), model: 'aisa/qwen3-max' });
    expect(r).toMatchObject({ ok: true, model: 'qwen3-max', content: 'pong' });
    expect(r.latencyMs).toBeGreaterThanOrEqual(0);
    expect(file.gw.requests).toHaveLength(1);
    expect(file.gw.requests[0]!.path).toBe('/v1/chat/completions');
    expect(JSON.parse(file.gw.requests[0]!.body)).toEqual({ model: 'qwen3-max', messages: [{ role: 'user', content: 'ping' }], max_tokens: 16 });
  });

  it('sends temperature 1 only to models that need it', async () => {
    expect(probeBody('kimi-k2.5')).toMatchObject({ temperature: 1 });
    expect(probeBody('qwen3-max')).not.toHaveProperty('temperature');
    const r = await probeModel({ ...opts(), model: 'kimi-k2.5' });
    expect(r.ok).toBe(true);
  });

  it('classifies a stale id with its replacement', async () => {
    const r = await probeModel({ ...opts(), model: 'qwen3-plus' });
    expect(r).toMatchObject({ ok: false, problem: 'model-unavailable', severity: 'fail', replacement: 'qwen-plus-2025-12-01' });
  });

  it('classifies empty content as a warning', async () => {
    const other = await startFakeGateway({ emptyContent: ['kimi-k2.5'] });
    try {
      const r = await probeModel({ ...opts({ baseUrl: other.baseUrl }), model: 'kimi-k2.5' });
      expect(r).toMatchObject({ ok: false, problem: 'empty-content', severity: 'warn' });
    } finally {
      await other.close();
    }
  });

  it('accepts an answer cut by max_tokens while thinking', async () => {
    file.gw.setRoute('POST', '/v1/chat/completions', { body: { choices: [{ message: { content: '', reasoning_content: 'hmm' }, finish_reason: 'length' }] } });
    expect((await probeModel({ ...opts(), model: 'deepseek-r1' })).ok).toBe(true);
  });

  it('returns network failures as results', async () => {
    file.gw.setRoute('POST', '/v1/chat/completions', { hang: true });
    const r = await probeModel({ ...opts({ timeoutMs: 300 }), model: 'qwen3-max' });
    expect(r).toMatchObject({ ok: false, problem: 'timeout' });
  });

  it('still throws for a malformed key (no request could fix it)', async () => {
    await expect(probeModel({ ...opts({ apiKey: 'sk-with space-0123456' }), model: 'qwen3-max' })).rejects.toMatchObject({ kind: 'key-shape' });
    expect(file.gw.requests).toHaveLength(0);
  });
});
