// The chat-time rows of facts.md's gateway table through the commands a user runs: `onboard
// --probe` (scripted, --json) and `doctor --probe`, both gateway languages × both UI languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ANSWERS, EXPECTED, keyFor } from '../support/gateway-answers.js';
import { startFakeGateway, type FakeGateway } from '../support/fake-gateway.js';
import { tempHome } from '../support/home.js';
import { runMain } from '../support/in-process.js';

const gws: Partial<Record<'en' | 'zh', FakeGateway>> = {};
beforeAll(async () => {
  gws.en = await startFakeGateway({ lang: 'en' });
  gws.zh = await startFakeGateway({ lang: 'zh' });
});
afterAll(async () => {
  await Promise.all([gws.en?.close(), gws.zh?.close()]);
});

const chatRows = ALL_ANSWERS.filter((r) => r.where === 'chat');
const CJK = /[\u4e00-\u9fff]/;

describe.each([
  ['en', 'en'],
  ['en', 'zh'],
  ['zh-CN', 'en'],
  ['zh-CN', 'zh'],
] as const)('UI %s, gateway in %s', (lang, gwLang) => {
  it.each(chatRows.map((r) => [r.name, r] as const))('onboard --probe, then doctor --probe: %s', async (_name, row) => {
    const gw = gws[gwLang]!;
    const want = EXPECTED[row.name]!;
    const home = tempHome();
    const key = keyFor(row);
    const onboard = await runMain(['onboard', '--json', '--probe', '--base-url', gw.baseUrl, '--aisa-api-key', key, '--lang', lang], { home });
    // The key passed GET /models (these rows are chat-only): the config is written, the probe tells.
    expect(onboard.code, onboard.err).toBe(want.exit);
    const doc = JSON.parse(onboard.out);
    expect(doc).toMatchObject({ ok: false, changed: true, probe: { model: 'aisa/qwen3-max', ok: false, problem: want.kind }, error: { kind: want.kind, ...(want.party ? { party: want.party } : {}) } });
    const fix = doc.error.fix as string;
    expect(CJK.test(fix)).toBe(lang === 'zh-CN');
    if (want.kind !== 'balance-exhausted') expect(fix).not.toMatch(/top up|充值/i);
    expect(fix).not.toMatch(/copied the whole key|复制完整/);
    expect(onboard.out + onboard.err).not.toContain(key);

    const doctor = await runMain(['doctor', '--json', '--probe', '--only', 'probe', '--base-url', gw.baseUrl, '--lang', lang], { home });
    expect(doctor.code).toBe(1);
    const probe = JSON.parse(doctor.out).checks.find((c: { id: string }) => c.id === 'probe');
    expect(probe.status).toBe('fail');
    for (const e of probe.probe) expect(e.problem, e.model).toBe(want.kind);
    expect(CJK.test(probe.fix)).toBe(lang === 'zh-CN');
    if (want.kind !== 'balance-exhausted') expect(probe.fix).not.toMatch(/top up|充值/i);
    expect(doctor.out + doctor.err).not.toContain(key);
  });
});
