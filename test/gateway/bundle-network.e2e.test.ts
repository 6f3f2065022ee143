import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../support/cli.js';
import { fileTempDir, tempHome } from '../support/home.js';
import { hasOpenssl, makeSelfSignedCert, startFakeGateway, TEST_KEYS, type FakeGateway } from '../support/fake-gateway.js';
import { startFakeProxy, type FakeProxy } from '../support/fake-proxy.js';

// The built CLI's HTTP client is undici trimmed by the build (dispatchers only, HTTP/2 stubbed:
// scripts/undici-http1-only.mjs). The in-process gateway tests run the untrimmed source, so these
// runs prove the bundle itself: TLS, a CONNECT proxy, and TLS inside the tunnel.

let proxy: FakeProxy;
const outputs: string[] = [];
beforeAll(async () => {
  proxy = await startFakeProxy();
});
afterAll(async () => {
  await proxy.close();
  for (const text of outputs) expect(text).not.toContain(TEST_KEYS.good);
});

async function onboard(baseUrl: string, env: Record<string, string>): Promise<{ run: CliRun; config: string }> {
  const home = tempHome();
  const config = join(home, '.openclaw', 'openclaw.json');
  const run = await runCli(['onboard', '--non-interactive', '--json', '--base-url', baseUrl, '--config', config], {
    home,
    env: { AISA_API_KEY: TEST_KEYS.good, ...env },
  });
  outputs.push(run.stdout, run.stderr);
  return { run, config };
}

// NO_PROXY is set explicitly: many machines default it to localhost,127.0.0.1, which would bypass the proxy under test.
const viaProxy = (): Record<string, string> => ({ HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: '' });

describe('the bundled HTTP client, end to end', () => {
  it('validates the key through an HTTP proxy (CONNECT)', async () => {
    const gw = await startFakeGateway();
    try {
      const before = proxy.connects.length;
      const { run, config } = await onboard(gw.baseUrl, viaProxy());
      expect(run.code, run.stderr).toBe(0);
      // /models, and beside it the balance routes: every one through the tunnel, none around it.
      expect(new Set(proxy.connects.slice(before))).toEqual(new Set([`127.0.0.1:${gw.port}`]));
      expect(proxy.connects.length - before).toBe(gw.requests.length);
      // new-api's routes follow AIsa's 404 within the balance's grace: asked, unless the machine is slow.
      const paths = gw.requests.map((r) => r.path);
      expect(paths.slice(0, 2).sort()).toEqual(['/v1/credits/balance', '/v1/models']);
      expect(paths.slice(2).every((p) => p.startsWith('/v1/dashboard/billing/'))).toBe(true);
      expect(readFileSync(config, 'utf8')).toContain(gw.baseUrl);
    } finally {
      await gw.close();
    }
  });

  describe.skipIf(!hasOpenssl())('over TLS', () => {
    const caDir = fileTempDir('aisa-ca-');
    let tls: FakeGateway;
    let caFile: string;
    beforeAll(async () => {
      const cert = makeSelfSignedCert(['localhost', '127.0.0.1']);
      tls = await startFakeGateway({ tls: cert });
      caFile = join(caDir.path, 'ca.pem');
      writeFileSync(caFile, cert.cert);
    });
    afterAll(() => tls.close());

    it('refuses an untrusted certificate with exit 5 and the fix', async () => {
      const { run } = await onboard(tls.baseUrl, {});
      expect(run.code).toBe(5);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { kind: 'tls-untrusted' } });
      expect(run.stdout).toContain('NODE_EXTRA_CA_CERTS');
    });

    it('works once the certificate is trusted, directly and inside the proxy tunnel', async () => {
      const direct = await onboard(tls.baseUrl, { NODE_EXTRA_CA_CERTS: caFile });
      expect(direct.run.code, direct.run.stderr).toBe(0);
      const before = proxy.connects.length;
      const asked = tls.requests.length;
      const tunnelled = await onboard(tls.baseUrl, { NODE_EXTRA_CA_CERTS: caFile, ...viaProxy() });
      expect(tunnelled.run.code, tunnelled.run.stderr).toBe(0);
      // /models and the balance routes (AIsa's, then new-api's after its 404): each one through the tunnel.
      expect(proxy.connects.length - before).toBe(tls.requests.length - asked);
      expect(tls.requests.length - asked).toBeGreaterThanOrEqual(2);
      expect(JSON.parse(tunnelled.run.stdout)).toMatchObject({ ok: true, provider: { baseUrl: tls.baseUrl } });
    });
  });
});
