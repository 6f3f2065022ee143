// AIsa's own balance route, GET /v1/credits/balance (facts.md, "AIsa today"): micro-dollars said
// exactly, the key's own cap apart from the account's wallet, asked before new-api's billing routes
// and instead of them; through fetchBalance, onboard's summary and --json, and doctor, both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { fetchBalance } from '../../src/gateway/balance.js';
import { balanceText, dollarsOf } from '../../src/gateway/balance-view.js';
import { setLang } from '../../src/i18n/index.js';
import { startFakeGateway, TEST_KEYS, type FakeGateway, type FakeGatewayOptions } from '../support/fake-gateway.js';
import { tempHome } from '../support/home.js';
import { runMain } from '../support/in-process.js';

let gw: FakeGateway | undefined;
afterEach(async () => {
  await gw?.close();
  gw = undefined;
});

async function gateway(credits: FakeGatewayOptions['credits'], billing?: FakeGatewayOptions['billing']): Promise<FakeGateway> {
  await gw?.close();
  gw = await startFakeGateway({ ...(credits ? { credits } : {}), ...(billing ? { billing } : {}) });
  return gw;
}
const opts = (g: FakeGateway, key: string = TEST_KEYS.good) => ({ baseUrl: g.baseUrl, apiKey: key, env: {}, timeoutMs: 3000 });

describe('dollarsOf: micro-dollars to dollars, exactly', () => {
  it.each([
    ['0', '$0.00'],
    ['1', '$0.000001'],
    ['500000', '$0.50'],
    ['12500000', '$12.50'],
    ['13160000', '$13.16'],
    ['1234567', '$1.234567'],
    ['-2500000', '-$2.50'],
    // Past 2^53: a float would read 9007199254740993 as ...992.
    ['9007199254740993', '$9007199254.740993'],
  ])('%s µ$ → %s', (micros, text) => expect(dollarsOf(micros)).toBe(text));
});

describe('fetchBalance from /credits/balance', () => {
  it("the key's cap and the account's wallet, apart; new-api's routes are not asked", async () => {
    const g = await gateway({ availableMicros: 3_200_000, accountMicros: 4_000_000, key: { remainingMicros: 12_500_000, usedMicros: 7_500_000 } }, { hardLimitUsd: 1, totalUsageCents: 0 });
    const b = await fetchBalance(opts(g));
    expect(b).toEqual({
      source: 'credits',
      figures: ['key', 'account'],
      currency: 'USD',
      key: { unlimited: false, remainingMicros: '12500000', usedMicros: '7500000' },
      account: { availableMicros: '3200000' },
      asOf: '2026-10-01T12:00:00Z',
    });
    expect(balanceText(b!)).toBe("the key may still spend $12.50 (its own cap); the account's wallet has $3.20");
    setLang('zh-CN');
    try {
      expect(balanceText(b!)).toBe('密钥还可用 $12.50（密钥自己的额度）；账户余额 $3.20');
    } finally {
      setLang('en');
    }
    expect(g.requests.map((r) => [r.path, r.headers.authorization])).toEqual([['/v1/credits/balance', `Bearer ${TEST_KEYS.good}`]]);
  });

  it('an amount past 2^53 keeps every digit, read from the body itself', async () => {
    const g = await gateway({ availableMicros: '9007199254740993123', key: { remainingMicros: '9007199254740993' } });
    const b = (await fetchBalance(opts(g)))!;
    expect(b).toMatchObject({ key: { remainingMicros: '9007199254740993' }, account: { availableMicros: '9007199254740993123' } });
    expect(balanceText(b)).toBe("the key may still spend $9007199254.740993 (its own cap); the account's wallet has $9007199254740.993123");
  });

  it('an unlimited key says so; the account figure stands alone', async () => {
    const g = await gateway({ availableMicros: 42_000_000 });
    expect(balanceText((await fetchBalance(opts(g)))!)).toBe("the key has no cap of its own; the account's wallet has $42.00");
  });

  it.each([
    ['401 (the key check says why)', { status: 401, code: 'invalid_api_key' }],
    ['503 authentication_unavailable', { status: 503, code: 'authentication_unavailable' }],
  ] as const)('%s: not reported, and new-api routes not asked in its stead', async (_name, credits) => {
    const g = await gateway(credits, { hardLimitUsd: 25.5, totalUsageCents: 1234 });
    expect(await fetchBalance(opts(g))).toBeUndefined();
    expect(g.requests.map((r) => r.path)).toEqual(['/v1/credits/balance']);
  });

  it('an HTML page on /credits/balance: not served here, new-api routes asked', async () => {
    const g = await gateway('html', { hardLimitUsd: 25.5, totalUsageCents: 1234 });
    expect(await fetchBalance(opts(g))).toMatchObject({ source: 'billing', left: 13.16 });
  });

  it('a rejected key: not reported', async () => {
    const g = await gateway({ availableMicros: 1 });
    expect(await fetchBalance(opts(g, TEST_KEYS.invalid))).toBeUndefined();
  });
});

describe('onboard and doctor with AIsa balance', () => {
  const onboard = (g: FakeGateway, home: string, extra: string[] = []) =>
    runMain(['onboard', '--non-interactive', '--base-url', g.baseUrl, '--aisa-api-key', TEST_KEYS.good, ...extra], { home });

  it('summary line and --json `balance` with its figures and source', async () => {
    const g = await gateway({ availableMicros: 3_200_000, key: { remainingMicros: 12_500_000 } });
    const r = await onboard(g, tempHome());
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("Balance: the key may still spend $12.50 (its own cap); the account's wallet has $3.20");
    const j = JSON.parse((await onboard(g, tempHome(), ['--json'])).out);
    expect(j.balance).toMatchObject({ source: 'credits', figures: ['key', 'account'], key: { remainingMicros: '12500000' }, account: { availableMicros: '3200000' } });
    expect(j.warnings).toEqual([]);
  });

  it("a low key cap is the key's to raise; a low wallet is topped up: each warned with its own fix", async () => {
    const key = await gateway({ availableMicros: 50_000_000, key: { remainingMicros: 400_000, usedMicros: 9_600_000 } });
    const k = JSON.parse((await onboard(key, tempHome(), ['--json'])).out).warnings as string[];
    expect(k).toEqual(["Little is left to spend: the key may still spend $0.40 (its own cap); the account's wallet has $50.00. Raise the key's cap (or make it unlimited) at https://console.aisa.one/api-keys."]);
    const wallet = await gateway({ availableMicros: 300_000 });
    const w = JSON.parse((await onboard(wallet, tempHome(), ['--json', '--lang', 'zh-CN'])).out).warnings as string[];
    expect(w).toEqual(['可用金额不多了：密钥自身不限额度；账户余额 $0.30。请到 https://console.aisa.one/billing 为账户充值。']);
    // At zero it is said as nothing left, not as "little".
    const spent = await gateway({ availableMicros: 50_000_000, key: { remainingMicros: 0, usedMicros: 5_000_000 } });
    const s = JSON.parse((await onboard(spent, tempHome(), ['--json'])).out).warnings as string[];
    expect(s).toEqual([expect.stringMatching(/^Nothing is left to spend: the key may still spend \$0\.00 \(its own cap\); .*Raise the key's cap/)]);
  });

  async function doctor(credits: FakeGatewayOptions['credits'], lang = 'en') {
    const g = await gateway(credits);
    const h = tempHome();
    expect((await onboard(g, h)).code).toBe(0);
    const r = await runMain(['doctor', '--json', '--only', 'balance', '--lang', lang], { home: h });
    return { code: r.code, check: JSON.parse(r.out).checks[0] as { id: string; status: string; message: string; fix?: string } };
  }

  it('doctor: pass; fail at a zero key cap (raise it), at an empty wallet (top up), at both (both fixes)', async () => {
    expect(await doctor({ availableMicros: 3_200_000, key: { remainingMicros: 12_500_000 } })).toEqual({
      code: 0,
      check: { id: 'balance', status: 'pass', message: "Balance: the key may still spend $12.50 (its own cap); the account's wallet has $3.20." },
    });
    const keyOut = await doctor({ availableMicros: 3_200_000, key: { remainingMicros: 0, usedMicros: 5_000_000 } });
    expect(keyOut).toMatchObject({ code: 1, check: { status: 'fail', fix: "Raise the key's cap (or make it unlimited) at https://console.aisa.one/api-keys." } });
    const walletOut = await doctor({ availableMicros: 0, key: { remainingMicros: 12_500_000 } }, 'zh-CN');
    expect(walletOut).toMatchObject({ code: 1, check: { status: 'fail', message: '已没有可用金额：密钥还可用 $12.50（密钥自己的额度）；账户余额 $0.00；对话请求会被拒绝。', fix: '请到 https://console.aisa.one/billing 为账户充值。' } });
    const both = await doctor({ availableMicros: 0, key: { remainingMicros: 0 } });
    expect(both.check.fix).toBe("Raise the key's cap (or make it unlimited) at https://console.aisa.one/api-keys. Top up the account's wallet at https://console.aisa.one/billing.");
  });

  it('a hanging /credits/balance is a skip within moments of /models', async () => {
    const started = performance.now();
    const r = await doctor({ availableMicros: 1, delayMs: 8000 });
    expect(performance.now() - started).toBeLessThan(4000);
    expect(r).toMatchObject({ code: 0, check: { status: 'skip' } });
  });
});
