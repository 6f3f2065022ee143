// Where the gateway address came from, said right (issue: a refused AISA_BASE_URL was called
// "--base-url", doctor showed the config's address as checked while it asked the variable's), and
// `models` against a gateway that cannot answer names --offline; GET /models answering 503 is the
// gateway failing, not a stale model id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedGatewayUrl, startFakeGateway, TEST_KEYS, type FakeGateway } from '../support/fake-gateway.js';
import { tempHome } from '../support/home.js';
import { runMain } from '../support/in-process.js';
import { picoHome } from '../support/picoclaw.js';

let gw: FakeGateway;
let down: string;
beforeAll(async () => {
  gw = await startFakeGateway();
  down = await closedGatewayUrl();
});
afterAll(() => gw.close());

type Check = { id: string; status: string; message: string; fix?: string };
const byId = (out: string) => Object.fromEntries((JSON.parse(out).checks as Check[]).map((c) => [c.id, c]));

async function home(target: 'openclaw' | 'picoclaw'): Promise<string> {
  const h = tempHome();
  if (target === 'picoclaw') picoHome(h);
  const r = await runMain(['onboard', '--target', target, '--non-interactive', '--skip-validation', '--models', 'qwen3-max', '--aisa-api-key', TEST_KEYS.good], { home: h });
  expect(r.code, r.err).toBe(0);
  return h;
}

describe.each(['openclaw', 'picoclaw'] as const)('%s', (target) => {
  it('doctor with AISA_BASE_URL: the config\'s address is shown with the one really asked', async () => {
    const h = await home(target);
    const r = await runMain(['doctor', '--target', target, '--json', '--only', 'base-url,network'], { home: h, env: { AISA_BASE_URL: gw.baseUrl } });
    const c = byId(r.out);
    expect(c['base-url']!.message).toContain(`this run asked ${gw.baseUrl} instead, from AISA_BASE_URL`);
    expect(c['network']!.message).toContain(gw.baseUrl);
    const zh = await runMain(['doctor', '--target', target, '--json', '--only', 'base-url', '--lang', 'zh-CN', '--base-url', gw.baseUrl], { home: h });
    expect(byId(zh.out)['base-url']!.message).toContain(`本次检查实际请求的是 --base-url 给出的 ${gw.baseUrl}`);
    // Without an override nothing is added.
    const plain = await runMain(['doctor', '--target', target, '--json', '--only', 'base-url', '--offline'], { home: h });
    expect(byId(plain.out)['base-url']!.message).not.toContain('this run asked');
  });

  it('a refused AISA_BASE_URL names the variable, not --base-url', async () => {
    const h = await home(target);
    const r = await runMain(['doctor', '--target', target, '--json', '--only', 'network'], { home: h, env: { AISA_BASE_URL: down } });
    const fix = byId(r.out)['network']!.fix!;
    expect(fix).toContain(`The address came from AISA_BASE_URL (${down})`);
    expect(fix).not.toContain('--base-url');
    const flag = await runMain(['doctor', '--target', target, '--json', '--only', 'network', '--base-url', down], { home: h });
    expect(byId(flag.out)['network']!.fix).toContain('Check --base-url');
  });

  it('models against an unreachable gateway suggests --offline, both languages', async () => {
    const h = await home(target);
    const r = await runMain(['models', '--target', target], { home: h, env: { AISA_BASE_URL: down } });
    expect(r.code).toBe(5);
    expect(r.err).toContain('add --offline');
    const zh = await runMain(['models', '--target', target, '--json', '--lang', 'zh-CN'], { home: h, env: { AISA_BASE_URL: down } });
    expect(JSON.parse(zh.out).error.fix).toContain('加上 --offline');
    expect((await runMain(['models', '--target', target, '--offline'], { home: h, env: { AISA_BASE_URL: down } })).code).toBe(0);
  });
});

describe('GET /models answering 503', () => {
  it('is the gateway failing: no "stale id", no advice that meets the same 503', async () => {
    const h = await home('openclaw');
    gw.setRoute('GET', '/v1/models', { status: 503, body: { error: { message: 'No available channel for model  under group default (distributor)', type: 'new_api_error', code: 'model_not_found' } } });
    try {
      const r = await runMain(['models', '--json'], { home: h, env: { AISA_BASE_URL: gw.baseUrl } });
      expect(r.code).toBe(5);
      const err = JSON.parse(r.out).error;
      expect(err).toMatchObject({ kind: 'server-error', party: 'gateway' });
      expect(`${err.message} ${err.fix}`).not.toMatch(/stale|models list/);
      expect(err.fix).toContain('--offline');
    } finally {
      gw.setRoute('GET', '/v1/models', null);
    }
  });
});
