// One row per failure the gateway client must explain: kind, exit code, a fix that names the
// remedy, in English and Chinese; and no key ever shown unmasked in any of it.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { listModels, type GatewayOptions } from '../../src/gateway/client.js';
import type { DiagnoseContext } from '../../src/gateway/diagnose.js';
import { errorFromNetwork } from '../../src/gateway/network-error.js';
import { probeModel } from '../../src/gateway/probe.js';
import { setLang } from '../../src/i18n/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { hasOpenssl, makeSelfSignedCert, startFakeGateway, TEST_KEYS, type FakeGateway, type RouteOverride } from '../support/fake-gateway.js';
import { startFakeProxy, type FakeProxy } from '../support/fake-proxy.js';

const NO_PROXY_ENV = {} as NodeJS.ProcessEnv;
let gw: FakeGateway;
let zhGw: FakeGateway;
let tlsGw: FakeGateway | undefined;
let proxy: FakeProxy;
let deadPort: number;
let tlsCaPem = '';
const tlsCa = (): string => tlsCaPem;

beforeAll(async () => {
  gw = await startFakeGateway();
  zhGw = await startFakeGateway({ chineseErrors: true });
  if (hasOpenssl()) {
    // Made for "localhost" only, so reaching it as 127.0.0.1 is a hostname mismatch once trusted.
    const cert = makeSelfSignedCert(['localhost']);
    tlsCaPem = cert.cert;
    tlsGw = await startFakeGateway({ tls: cert });
  }
  proxy = await startFakeProxy({ credentials: 'alice:s3cret' });
  // A port that was just free: connecting to it is refused.
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  deadPort = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
});
afterAll(async () => {
  await Promise.all([gw.close(), zhGw.close(), tlsGw?.close(), proxy.close()]);
});

const opts = (key: string, extra: Partial<GatewayOptions> = {}): GatewayOptions => ({
  baseUrl: gw.baseUrl,
  apiKey: key,
  env: NO_PROXY_ENV,
  timeoutMs: 3000,
  retryDelayMs: 20,
  ...extra,
});

async function failure(p: Promise<unknown>): Promise<CliError> {
  try {
    const r = await p;
    if (r && typeof r === 'object' && 'ok' in r && r.ok === false && 'error' in r) return r.error as CliError;
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

/** A thrown Node network error, as undici passes it on, for what loopback cannot produce (DNS, an expired certificate). */
function synthetic(code: string): CliError {
  const ctx: DiagnoseContext = { baseUrl: 'https://api.aisa.one/v1', key: TEST_KEYS.good, path: '/models', timeoutMs: 15000 };
  const err = Object.assign(new Error(`connect ${code} api.aisa.one`), { code });
  return errorFromNetwork(err, ctx);
}

interface Row {
  name: string;
  kind: string;
  exit: number;
  /** A piece of the fix that names the remedy (a URL, flag, env variable, id), or one per language. */
  fixHas: string | Record<Lang, string>;
  run(): Promise<CliError>;
  /** Finish within this many ms. */
  within?: number;
  requests?: number;
}

/** Rows where /models answers 200 with something that is not its JSON: one request, exit 5. */
function bodyRows(list: [string, string, string, RouteOverride][]): Row[] {
  return list.map(([name, kind, fixHas, route]) => ({
    name,
    kind,
    exit: 5,
    fixHas,
    requests: 1,
    run: () => {
      gw.setRoute('GET', '/v1/models', route);
      return failure(listModels(opts(TEST_KEYS.good)));
    },
  }));
}

const rows: Row[] = [
  { name: '401 invalid key', kind: 'key-invalid', exit: 4, fixHas: 'marketplace.aisa.one', run: () => failure(listModels(opts(TEST_KEYS.invalid))) },
  { name: '401 expired key', kind: 'key-expired', exit: 4, fixHas: 'marketplace.aisa.one', run: () => failure(listModels(opts(TEST_KEYS.expired))) },
  { name: "401 key's own quota", kind: 'key-quota-exhausted', exit: 4, fixHas: 'marketplace.aisa.one', run: () => failure(listModels(opts(TEST_KEYS.keyQuota))) },
  { name: '403 balance (probe)', kind: 'balance-exhausted', exit: 4, fixHas: 'marketplace.aisa.one', run: () => failure(probeModel({ ...opts(TEST_KEYS.balance), model: 'qwen3-max' })) },
  { name: '403 model not in group', kind: 'model-not-allowed', exit: 4, fixHas: 'aisa-setup models list', run: () => failure(probeModel({ ...opts(TEST_KEYS.group), model: 'kimi-k2.5' })) },
  { name: '403 banned', kind: 'account-banned', exit: 4, fixHas: 'marketplace.aisa.one', run: () => failure(listModels(opts(TEST_KEYS.banned))) },
  { name: '404 on /models (wrong base URL)', kind: 'base-url-not-found', exit: 2, fixHas: '--base-url', requests: 1, run: () => failure(listModels(opts(TEST_KEYS.good, { baseUrl: `${gw.url}/api` }))) },
  {
    name: '429 with a long Retry-After',
    kind: 'rate-limited',
    exit: 5,
    fixHas: 'marketplace.aisa.one',
    requests: 1,
    within: 1000,
    run: () => {
      gw.setRoute('GET', '/v1/models', { status: 429, body: '', headers: { 'retry-after': '30' } });
      return failure(listModels(opts(TEST_KEYS.good)));
    },
  },
  { name: '503 no available channel (stale id)', kind: 'model-unavailable', exit: 5, fixHas: 'qwen-plus-2025-12-01', requests: 1, run: () => failure(probeModel({ ...opts(TEST_KEYS.good), model: 'qwen3-plus' })) },
  { name: '503 无可用渠道 (stale id)', kind: 'model-unavailable', exit: 5, fixHas: 'qwen-flash', run: () => failure(probeModel({ ...opts(TEST_KEYS.good, { baseUrl: zhGw.baseUrl }), model: 'aisa/qwen-turbo' })) },
  {
    name: '500 twice',
    kind: 'server-error',
    exit: 5,
    fixHas: { en: 'try again', 'zh-CN': '再试' },
    requests: 2,
    run: () => {
      gw.setRoute('GET', '/v1/models', { status: 500, body: { error: { message: 'upstream error (request id: R500)', type: 'server_error' } } });
      return failure(listModels(opts(TEST_KEYS.good)));
    },
  },
  {
    name: 'HTML page (captive portal)',
    kind: 'not-json',
    exit: 5,
    fixHas: 'HTTPS_PROXY',
    run: () => {
      gw.setRoute('GET', '/v1/models', { html: true });
      return failure(listModels(opts(TEST_KEYS.good)));
    },
  },
  ...bodyRows([
    ['garbage bytes instead of an HTTP answer', 'not-http', '--base-url', { raw: Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0xfe, 0x00, 0x07, 0x9c]) }],
    ['a body of binary bytes', 'not-json', 'HTTPS_PROXY', { bytes: Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256)) }],
    ['JSON cut off before its end', 'body-cut-off', 'HTTPS_PROXY', { status: 200, body: '{"object":"list","data":[{"id":"qwen3-max","object":"mo' }],
    ['a 50 MB body', 'body-too-large', '--base-url', { size: 50 * 1024 * 1024 }],
  ]),
  {
    name: 'JSON of the wrong shape',
    kind: 'bad-response',
    exit: 5,
    fixHas: '--base-url',
    run: () => {
      gw.setRoute('GET', '/v1/models', { status: 200, body: { hello: 'world' } });
      return failure(listModels(opts(TEST_KEYS.good)));
    },
  },
  {
    name: 'timeout (server accepts, never answers)',
    kind: 'timeout',
    exit: 5,
    fixHas: '--timeout',
    within: 500 + 1000,
    requests: 1,
    run: () => {
      gw.setRoute('GET', '/v1/models', { hang: true });
      return failure(listModels(opts(TEST_KEYS.good, { timeoutMs: 500 })));
    },
  },
  { name: 'ECONNREFUSED', kind: 'connection-refused', exit: 5, fixHas: '--base-url', run: () => failure(listModels(opts(TEST_KEYS.good, { baseUrl: `http://127.0.0.1:${deadPort}/v1` }))) },
  {
    name: 'connection reset twice',
    kind: 'connection-reset',
    exit: 5,
    fixHas: 'HTTPS_PROXY',
    requests: 2,
    run: () => {
      gw.setRoute('GET', '/v1/models', { reset: true });
      return failure(listModels(opts(TEST_KEYS.good)));
    },
  },
  { name: 'DNS ENOTFOUND', kind: 'dns-failure', exit: 5, fixHas: { en: 'online', 'zh-CN': '联网' }, run: async () => synthetic('ENOTFOUND') },
  { name: 'DNS EAI_AGAIN', kind: 'dns-failure', exit: 5, fixHas: 'HTTPS_PROXY', run: async () => synthetic('EAI_AGAIN') },
  { name: 'TLS UNABLE_TO_GET_ISSUER_CERT_LOCALLY', kind: 'tls-untrusted', exit: 5, fixHas: 'NODE_EXTRA_CA_CERTS=/path/ca.pem', run: async () => synthetic('UNABLE_TO_GET_ISSUER_CERT_LOCALLY') },
  { name: 'TLS SELF_SIGNED_CERT_IN_CHAIN', kind: 'tls-untrusted', exit: 5, fixHas: 'NODE_USE_SYSTEM_CA=1', run: async () => synthetic('SELF_SIGNED_CERT_IN_CHAIN') },
  { name: 'TLS CERT_HAS_EXPIRED', kind: 'tls-expired', exit: 5, fixHas: 'NODE_EXTRA_CA_CERTS', run: async () => synthetic('CERT_HAS_EXPIRED') },
  {
    name: 'TLS DEPTH_ZERO_SELF_SIGNED_CERT (live)',
    kind: 'tls-untrusted',
    exit: 5,
    fixHas: 'NODE_EXTRA_CA_CERTS=/path/ca.pem',
    run: () => failure(listModels(opts(TEST_KEYS.good, { baseUrl: tlsGw!.baseUrl }))),
  },
  {
    name: 'TLS hostname mismatch (live)',
    kind: 'tls-hostname',
    exit: 5,
    fixHas: 'NODE_EXTRA_CA_CERTS',
    // Trusted certificate for "localhost", reached as 127.0.0.1.
    run: () => failure(listModels(opts(TEST_KEYS.good, { baseUrl: tlsGw!.baseUrl, ca: tlsCa() }))),
  },
  {
    name: 'proxy 407',
    kind: 'proxy-auth',
    exit: 5,
    fixHas: { en: 'HTTPS_PROXY=http://user:password@', 'zh-CN': 'HTTPS_PROXY=http://用户名:密码@' },
    run: () => failure(listModels(opts(TEST_KEYS.good, { env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: '' } }))),
  },
  {
    name: 'temperature only 1 (probe)',
    kind: 'temperature-one',
    exit: 1,
    fixHas: 'params.temperature',
    run: () => {
      gw.setRoute('POST', '/v1/chat/completions', { status: 400, body: { error: { message: 'invalid temperature: only 1 is allowed for this model (request id: T1)', type: 'invalid_request_error' } } });
      return failure(probeModel({ ...opts(TEST_KEYS.good), model: 'some-new-model-2027' }));
    },
  },
  { name: 'key with Bearer prefix', kind: 'key-shape', exit: 2, fixHas: 'sk-', requests: 0, run: () => failure(listModels(opts(`Bearer ${TEST_KEYS.good}`))) },
  { name: 'key with a newline', kind: 'key-shape', exit: 2, fixHas: 'sk-', requests: 0, run: () => failure(listModels(opts(`${TEST_KEYS.good}\n`))) },
  { name: 'key with quotes', kind: 'key-shape', exit: 2, fixHas: 'sk-', requests: 0, run: () => failure(listModels(opts(`"${TEST_KEYS.good}"`))) },
  { name: 'key with full-width characters', kind: 'key-shape', exit: 2, fixHas: 'sk-', requests: 0, run: () => failure(listModels(opts(`${TEST_KEYS.good}ｘ`))) },
  { name: 'plain http to a remote host', kind: 'base-url-insecure', exit: 2, fixHas: 'https://', requests: 0, run: () => failure(listModels(opts(TEST_KEYS.good, { baseUrl: 'http://api.aisa.one' }))) },
];


const seen: string[] = [];

describe.each<Lang>(['en', 'zh-CN'])('gateway failures (%s)', (lang) => {
  for (const row of rows) {
    const needsTls = row.name.includes('(live)') && row.name.startsWith('TLS');
    it.skipIf(needsTls && !hasOpenssl())(row.name, async () => {
      setLang(lang);
      gw.requests.length = 0;
      const started = performance.now();
      try {
        const err = await row.run();
        const elapsed = performance.now() - started;
        expect(err.kind).toBe(row.kind);
        expect(err.exitCode).toBe(row.exit);
        expect(err.fix).toContain(typeof row.fixHas === 'string' ? row.fixHas : row.fixHas[lang]);
        // Our own words are in the user's language (the gateway's quoted message may be either).
        if (lang === 'zh-CN') expect(err.fix).toMatch(/[\u4e00-\u9fff]/);
        else expect(err.fix).not.toMatch(/[\u4e00-\u9fff]/);
        if (row.within !== undefined) expect(elapsed).toBeLessThan(row.within);
        if (row.requests !== undefined) expect(gw.requests.length).toBe(row.requests);
        seen.push(err.message, err.fix ?? '', JSON.stringify(err));
      } finally {
        gw.setRoute('GET', '/v1/models', null);
        gw.setRoute('POST', '/v1/chat/completions', null);
        setLang('en');
      }
    });
  }
});

describe('messages', () => {
  it('show the gateway message and request id', async () => {
    const err = await failure(listModels(opts(TEST_KEYS.invalid)));
    expect(err.message).toMatch(/Invalid token \(request id: \w+\)/);
    expect((err as unknown as { requestId: string }).requestId).toMatch(/^2026/);
    expect((err as unknown as { status: number }).status).toBe(401);
  });

  it('a portal page: the fix names the URL actually requested, not AIsa\'s default', async () => {
    gw.setRoute('GET', '/v1/models', { html: true });
    try {
      const err = await failure(listModels(opts(TEST_KEYS.good)));
      expect(err.fix).toContain(`Open ${gw.baseUrl}/models in a browser`);
      expect(err.fix).not.toContain('api.aisa.one');
    } finally {
      gw.setRoute('GET', '/v1/models', null);
    }
  });

  it('never show a key unmasked (scan of every message and fix produced above)', () => {
    expect(seen.length).toBeGreaterThan(rows.length);
    const all = seen.join('\n');
    for (const key of Object.values(TEST_KEYS)) expect(all).not.toContain(key);
    // Nothing that looks like a whole key either; masked keys look like sk-…abcd.
    expect(all).not.toMatch(/sk-[A-Za-z0-9]{12,}/);
    expect(all).toContain('sk-…');
  });
});
