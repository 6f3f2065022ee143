// Proxies and TLS, over loopback only: a CONNECT proxy in front of the fake gateway, and the fake
// gateway with a certificate generated for this run.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listModels } from '../../src/gateway/client.js';
import { proxyShownFor } from '../../src/gateway/network-error.js';
import { proxyConfigFromEnv } from '../../src/gateway/transport.js';
import { setLang } from '../../src/i18n/index.js';
import { hasOpenssl, makeSelfSignedCert, startFakeGateway, TEST_KEYS, type FakeGateway } from '../support/fake-gateway.js';
import { startFakeProxy, type FakeProxy } from '../support/fake-proxy.js';

let gw: FakeGateway;
let proxy: FakeProxy;
let authProxy: FakeProxy;
beforeAll(async () => {
  [gw, proxy, authProxy] = await Promise.all([startFakeGateway(), startFakeProxy(), startFakeProxy({ credentials: 'alice:s3cr:t' })]);
});
afterAll(() => Promise.all([gw.close(), proxy.close(), authProxy.close()]));

// NO_PROXY is set explicitly: many machines default it to localhost,127.0.0.1, which would bypass the proxy under test.
const viaProxy = (url: string): NodeJS.ProcessEnv => ({ HTTPS_PROXY: url, HTTP_PROXY: url, NO_PROXY: '' });

describe('proxy', () => {
  it('goes through HTTP_PROXY/HTTPS_PROXY with a CONNECT tunnel', async () => {
    gw.requests.length = 0;
    const res = await listModels({ baseUrl: gw.baseUrl, apiKey: TEST_KEYS.good, env: viaProxy(proxy.url), timeoutMs: 3000 });
    expect(res.ids).toContain('qwen3-max');
    expect(proxy.connects).toContain(`127.0.0.1:${gw.port}`);
    expect(gw.requests).toHaveLength(1);
  });

  it('reads lower-case variables too', async () => {
    const before = proxy.connects.length;
    await listModels({ baseUrl: gw.baseUrl, apiKey: TEST_KEYS.good, env: { http_proxy: proxy.url, no_proxy: '' }, timeoutMs: 3000 });
    expect(proxy.connects.length).toBe(before + 1);
  });

  it('sends credentials from the proxy URL, never the API key, to the proxy', async () => {
    const url = authProxy.url.replace('http://', 'http://alice:s3cr%3At@');
    await listModels({ baseUrl: gw.baseUrl, apiKey: TEST_KEYS.good, env: viaProxy(url), timeoutMs: 3000 });
    expect(authProxy.authHeaders.at(-1)).toBe(`Basic ${Buffer.from('alice:s3cr:t').toString('base64')}`);
    expect(authProxy.authHeaders.join()).not.toContain(TEST_KEYS.good);
  });

  it('answers 407 with the fix, naming the proxy without credentials', async () => {
    const err = await listModels({ baseUrl: gw.baseUrl, apiKey: TEST_KEYS.good, env: viaProxy(authProxy.url), timeoutMs: 3000 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'proxy-auth', exitCode: 5 });
    expect((err as Error).message).toContain(authProxy.url);
  });

  it('bypasses the proxy for NO_PROXY hosts', async () => {
    const before = proxy.connects.length;
    await listModels({ baseUrl: gw.baseUrl, apiKey: TEST_KEYS.good, env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }, timeoutMs: 3000 });
    expect(proxy.connects.length).toBe(before);
  });

  it('ignores process.env when an env is given', () => {
    expect(proxyConfigFromEnv({})).toEqual({});
    expect(proxyShownFor('https://api.aisa.one/v1/models', { httpsProxy: 'http://u:p@corp:3128', noProxy: '' })).toBe('http://corp:3128');
    expect(proxyShownFor('https://api.aisa.one/v1/models', { httpsProxy: 'http://corp:3128', noProxy: '.aisa.one' })).toBeUndefined();
  });
});

describe.skipIf(!hasOpenssl())('TLS', () => {
  let tls: FakeGateway;
  let cert: { key: string; cert: string };
  beforeAll(async () => {
    cert = makeSelfSignedCert(['localhost', '127.0.0.1']);
    tls = await startFakeGateway({ tls: cert });
  });
  afterAll(() => tls.close());

  it.each(['en', 'zh-CN'] as const)('an untrusted certificate names NODE_EXTRA_CA_CERTS (%s)', async (lang) => {
    setLang(lang);
    try {
      const err = await listModels({ baseUrl: tls.baseUrl, apiKey: TEST_KEYS.good, env: {}, timeoutMs: 3000 }).catch((e: unknown) => e);
      expect(err).toMatchObject({ kind: 'tls-untrusted', exitCode: 5 });
      expect((err as { fix: string }).fix).toContain('NODE_EXTRA_CA_CERTS=/path/ca.pem');
      expect((err as { fix: string }).fix).toContain('NODE_USE_SYSTEM_CA=1');
      expect((err as Error).message).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
      // The key was never sent: the handshake failed before any request.
      expect(tls.requests).toHaveLength(0);
    } finally {
      setLang('en');
    }
  });

  it('works once the certificate is trusted', async () => {
    const res = await listModels({ baseUrl: tls.baseUrl, apiKey: TEST_KEYS.good, env: {}, timeoutMs: 3000, ca: cert.cert });
    expect(res.ids).toContain('kimi-k2.5');
  });

  it('works through the proxy (TLS inside the CONNECT tunnel)', async () => {
    const before = proxy.connects.length;
    const res = await listModels({ baseUrl: tls.baseUrl, apiKey: TEST_KEYS.good, env: viaProxy(proxy.url), timeoutMs: 3000, ca: cert.cert });
    expect(res.ids).toContain('kimi-k2.5');
    expect(proxy.connects.length).toBe(before + 1);
  });

  it('an untrusted certificate behind the proxy gives the same hint', async () => {
    const err = await listModels({ baseUrl: tls.baseUrl, apiKey: TEST_KEYS.good, env: viaProxy(proxy.url), timeoutMs: 3000 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'tls-untrusted' });
  });
});

describe('timeouts before any HTTP answer', () => {
  // A TCP server that accepts and says nothing: no TLS handshake, no CONNECT reply.
  let silent: Server;
  let port: number;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    silent = createServer((s) => {
      sockets.add(s);
      s.on('error', () => undefined);
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    port = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => silent.close(() => r()));
  });

  it('fires during a TLS handshake that never completes', async () => {
    const started = performance.now();
    const err = await listModels({ baseUrl: `https://127.0.0.1:${port}/v1`, apiKey: TEST_KEYS.good, env: {}, timeoutMs: 400 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'timeout', exitCode: 5 });
    expect(performance.now() - started).toBeLessThan(1400);
  });

  it('fires while a proxy never answers CONNECT', async () => {
    const started = performance.now();
    const env = viaProxy(`http://127.0.0.1:${port}`);
    const err = await listModels({ baseUrl: gw.baseUrl, apiKey: TEST_KEYS.good, env, timeoutMs: 400 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'timeout', exitCode: 5 });
    expect(performance.now() - started).toBeLessThan(1400);
  });
});
