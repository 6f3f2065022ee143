// Every answer of both gateways (new-api's table and AIsa's own codes) through what each target
// runs: onboard's key check and doctor's api-key-valid for OpenClaw and PicoClaw, and doctor --probe
// for PicoClaw (OpenClaw's --probe: ./answers.cli.test.ts), in both UI languages. The same answer
// must get the same diagnosis, whichever command or target meets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ANSWERS, EXPECTED, keyFor } from '../support/gateway-answers.js';
import { startFakeGateway, type FakeGateway } from '../support/fake-gateway.js';
import { tempHome } from '../support/home.js';
import { runMain } from '../support/in-process.js';
import { picoHome } from '../support/picoclaw.js';

let gw: FakeGateway;
beforeAll(async () => {
  gw = await startFakeGateway({ lang: 'en' });
});
afterAll(() => gw.close());

const CJK = /[\u4e00-\u9fff]/;
const both = ALL_ANSWERS.filter((r) => r.where === 'both');
const chat = ALL_ANSWERS.filter((r) => r.where === 'chat');
type Check = { id: string; status: string; message: string; fix?: string; probe?: Array<{ problem?: string }> };
const checks = (out: string) => JSON.parse(out).checks as Check[];

describe.each(['en', 'zh-CN'] as const)('UI %s', (lang) => {
  it.each(both.map((r) => [r.name, r] as const))('key check: onboard, then doctor, OpenClaw and PicoClaw: %s', async (_name, row) => {
    const want = EXPECTED[row.name]!;
    const key = keyFor(row);
    const onboard = await runMain(['onboard', '--json', '--non-interactive', '--base-url', gw.baseUrl, '--aisa-api-key', key, '--lang', lang], { home: tempHome() });
    expect(onboard.code, onboard.out).toBe(want.exit);
    const error = JSON.parse(onboard.out).error as { kind: string; fix: string; message: string };
    expect(error.kind).toBe(want.kind);
    expect(CJK.test(error.fix)).toBe(lang === 'zh-CN');
    expect(error.fix).not.toMatch(/DEBUG=1|report/i);

    for (const target of ['openclaw', 'picoclaw'] as const) {
      const home = tempHome();
      if (target === 'picoclaw') picoHome(home);
      const setup = ['onboard', '--target', target, '--non-interactive', '--skip-validation', '--base-url', gw.baseUrl, '--models', 'qwen3-max', '--aisa-api-key', key];
      expect((await runMain(setup, { home })).code).toBe(0);
      const doctor = await runMain(['doctor', '--target', target, '--json', '--only', 'api-key-valid,network', '--lang', lang], { home });
      expect(doctor.code, target).toBe(1);
      // The gateway's own failure is the network check's finding; the key's, api-key-valid's.
      const id = want.exit === 5 ? 'network' : 'api-key-valid';
      const c = checks(doctor.out).find((x) => x.id === id)!;
      // The same diagnosis as onboard's: the same fix, in the same language (PicoClaw's commands name it).
      expect(c, target).toMatchObject({ id, status: 'fail' });
      expect(c.fix?.replaceAll(' --target picoclaw', ''), target).toBe(error.fix);
      expect(doctor.out).not.toContain(key);
    }
  });

  it.each(chat.map((r) => [r.name, r] as const))('PicoClaw doctor --probe: %s', async (_name, row) => {
    const want = EXPECTED[row.name]!;
    const home = tempHome();
    picoHome(home);
    const setup = ['onboard', '--target', 'picoclaw', '--non-interactive', '--skip-validation', '--base-url', gw.baseUrl, '--models', 'qwen3-max', '--aisa-api-key', keyFor(row)];
    expect((await runMain(setup, { home })).code).toBe(0);
    const doctor = await runMain(['doctor', '--target', 'picoclaw', '--json', '--probe', '--only', 'probe', '--lang', lang], { home });
    expect(doctor.code).toBe(1);
    const probe = checks(doctor.out).find((c) => c.id === 'probe')!;
    expect(probe.status).toBe('fail');
    for (const e of probe.probe ?? []) expect(e.problem).toBe(want.kind);
    expect(CJK.test(probe.fix ?? '')).toBe(lang === 'zh-CN');
    if (want.kind !== 'balance-exhausted') expect(probe.fix).not.toMatch(/top up|充值/i);
  });
});
