// new-api's billing routes (facts.md), asked only where AIsa's /credits/balance is not served (its
// own tests: ./credits.test.ts): the KEY's quota, what is left and of how much, the key's expiry;
// shown by onboard's summary and doctor's `balance` check; a gateway that serves neither is "not
// reported", never a failure and never a longer run.
import { afterEach, describe, expect, it } from 'vitest';
import { fetchBalance } from '../../src/gateway/balance.js';
import { balanceText } from '../../src/gateway/balance-view.js';
import { setLang } from '../../src/i18n/index.js';
import { startFakeGateway, TEST_KEYS, type FakeGateway, type FakeGatewayOptions } from '../support/fake-gateway.js';
import { tempHome } from '../support/home.js';
import { runMain } from '../support/in-process.js';

let gw: FakeGateway | undefined;
afterEach(async () => {
  await gw?.close();
  gw = undefined;
});

async function gateway(billing: FakeGatewayOptions['billing']): Promise<FakeGateway> {
  gw = await startFakeGateway(billing === undefined ? {} : { billing });
  return gw;
}
const opts = (g: FakeGateway, key: string = TEST_KEYS.good) => ({ baseUrl: g.baseUrl, apiKey: key, env: {}, timeoutMs: 3000 });

describe('fetchBalance', () => {
  it('left = hard_limit_usd - total_usage / 100 (usage is in cents), expiry from access_until', async () => {
    const g = await gateway({ hardLimitUsd: 25.5, totalUsageCents: 1234 });
    const b = await fetchBalance(opts(g));
    expect(b).toEqual({ source: 'billing', figures: ['key'], left: 13.16, total: 25.5, accessUntil: null, unlimited: false });
    expect(balanceText(b!)).toBe("the key's quota: $13.16 left of $25.50");
    // AIsa's own route first (404 here), then new-api's two.
    expect(g.requests.map((r) => r.path)).toEqual(['/v1/credits/balance', '/v1/dashboard/billing/subscription', '/v1/dashboard/billing/usage']);
    expect(g.requests.map((r) => r.headers.authorization)).toEqual(Array(3).fill(`Bearer ${TEST_KEYS.good}`));
    await g.close();
    const dated = await gateway({ hardLimitUsd: 10, totalUsageCents: 0, accessUntil: Date.UTC(2027, 2, 1) / 1000 });
    const d = (await fetchBalance(opts(dated)))!;
    expect(balanceText(d, Date.UTC(2026, 11, 1))).toBe("the key's quota: $10.00 left of $10.00; the key expires on 2027-03-01");
    setLang('zh-CN');
    try {
      expect(balanceText(d, Date.UTC(2026, 11, 1))).toBe('密钥额度：剩余 $10.00（共 $10.00）；密钥有效期至 2027-03-01');
    } finally {
      setLang('en');
    }
  });

  it.each([
    ['404 (routes not served)', undefined],
    ['an HTML page', 'html' as const],
    ['HTTP 200 { error }', { error: 'invalid token' }],
  ])('%s: not reported, no throw, one request per route', async (_name, billing) => {
    const g = await gateway(billing);
    expect(await fetchBalance(opts(g))).toBeUndefined();
    expect(g.requests).toHaveLength(3);
  });

  it('a rejected key: not reported (the /models check says why)', async () => {
    const g = await gateway({ hardLimitUsd: 25.5, totalUsageCents: 1234 });
    expect(await fetchBalance(opts(g, TEST_KEYS.invalid))).toBeUndefined();
  });
});

describe('onboard', () => {
  const onboard = (g: FakeGateway, extra: string[] = []) =>
    runMain(['onboard', '--non-interactive', '--base-url', g.baseUrl, '--aisa-api-key', TEST_KEYS.good, ...extra], { home: tempHome() });

  it('one line in the summary, and `balance` in --json', async () => {
    const g = await gateway({ hardLimitUsd: 25.5, totalUsageCents: 1234, accessUntil: Date.UTC(2099, 0, 1) / 1000 });
    const r = await onboard(g);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("Balance: the key's quota: $13.16 left of $25.50; the key expires on 2099-01-01");
    expect(r.err).not.toContain('Little is left');
    const j = JSON.parse((await onboard(g, ['--json'])).out);
    expect(j.balance).toEqual({ source: 'billing', figures: ['key'], left: 13.16, total: 25.5, accessUntil: Date.UTC(2099, 0, 1) / 1000, unlimited: false });
    expect(j.warnings).toEqual([]);
  });

  it("a low quota is a warning pointing at the gateway's console (not AIsa's), in both languages", async () => {
    const g = await gateway({ hardLimitUsd: 25.5, totalUsageCents: 2500 });
    const r = await onboard(g);
    expect(r.out).toContain("Balance: the key's quota: $0.50 left of $25.50");
    expect(r.err).toContain("Little is left to spend: the key's quota: $0.50 left of $25.50. Raise the key's quota, or top up the account, in the gateway's console.");
    const zh = await onboard(g, ['--lang', 'zh-CN', '--json']);
    expect(JSON.parse(zh.out).warnings).toEqual(['可用金额不多了：密钥额度：剩余 $0.50（共 $25.50）。请在网关的控制台调高该密钥的额度，或为账户充值。']);
  });

  it('a gateway without the routes: no line, `balance: null`, no failure', async () => {
    const g = await gateway(undefined);
    const r = await onboard(g);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('Balance');
    expect(g.requests.map((q) => q.path)).toContain('/v1/credits/balance');
    expect(JSON.parse((await onboard(g, ['--json'])).out).balance).toBeNull();
  });

  it('billing routes that hang do not hold the run: not reported, the set-up written', async () => {
    const g = await gateway({ hardLimitUsd: 25.5, totalUsageCents: 1234, delayMs: 8000 });
    const started = performance.now();
    const r = await onboard(g, ['--json', '--timeout', '10']);
    // Far below the 8 s the routes take: the run does not wait for them once /models answered.
    expect(performance.now() - started).toBeLessThan(4000);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, changed: true, balance: null });
  });
});

describe('doctor balance', () => {
  async function doctor(billing: FakeGatewayOptions['billing'], lang = 'en') {
    const g = await gateway(billing);
    const h = tempHome();
    expect((await runMain(['onboard', '--non-interactive', '--base-url', g.baseUrl, '--aisa-api-key', TEST_KEYS.good], { home: h })).code).toBe(0);
    const r = await runMain(['doctor', '--json', '--only', 'balance', '--lang', lang], { home: h });
    return { code: r.code, check: JSON.parse(r.out).checks[0] as { id: string; status: string; message: string; fix?: string } };
  }

  it('pass with what is left; warn when low, with the link; fail when nothing is left', async () => {
    expect(await doctor({ hardLimitUsd: 25.5, totalUsageCents: 1234 })).toEqual({ code: 0, check: { id: 'balance', status: 'pass', message: "Balance: the key's quota: $13.16 left of $25.50." } });
    await gw!.close();
    const low = await doctor({ hardLimitUsd: 25.5, totalUsageCents: 2500 }, 'zh-CN');
    expect(low.check).toMatchObject({ status: 'warn', message: '可用金额不多了：密钥额度：剩余 $0.50（共 $25.50）。', fix: '请在网关的控制台调高该密钥的额度，或为账户充值。' });
    await gw!.close();
    const none = await doctor({ hardLimitUsd: 25.5, totalUsageCents: 2600 });
    expect(none.code).toBe(1);
    expect(none.check).toMatchObject({ status: 'fail', message: expect.stringContaining('-$0.50 left of $25.50'), fix: "Raise the key's quota, or top up the account, in the gateway's console." });
  });

  it('billing routes that hang: a skip within moments of /models, not after the timeout', async () => {
    const started = performance.now();
    const r = await doctor({ hardLimitUsd: 25.5, totalUsageCents: 1234, delayMs: 8000 });
    expect(performance.now() - started).toBeLessThan(4000);
    expect(r).toMatchObject({ code: 0, check: { status: 'skip' } });
  });

  it('not reported is a skip, never a failure', async () => {
    const r = await doctor(undefined);
    expect(r.code).toBe(0);
    expect(r.check).toMatchObject({ status: 'skip', message: expect.stringContaining('does not report the balance') });
  });
});
