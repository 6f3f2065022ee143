import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli, type CliRun } from '../../support/cli.js';
import { tempHome } from '../../support/home.js';
import { startFakeGateway, TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { looksStrict, picoHome, unexpectedRemovals } from '../../support/picoclaw.js';

const KEY = TEST_KEYS.good;
const file = fileGateway({ secrets: [KEY] });

const cli = (home: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> => file.runCli([...args, '--target', 'picoclaw'], { home, env });

/** An onboarded PicoClaw home in the given layout, pointing at the fake gateway. */
async function onboarded(fixture: 'seed-002' | 'newer', models = 'qwen3-max,kimi-k2.5'): Promise<{ home: string; config: string }> {
  const home = tempHome();
  const { config } = picoHome(home, fixture);
  const r = await cli(home, ['onboard', '--non-interactive', '--base-url', file.gw.baseUrl, '--model', 'qwen3-max', '--models', models, '--skip-validation'], { AISA_API_KEY: KEY });
  expect(r.code, r.stderr).toBe(0);
  return { home, config };
}

const Report = z.object({
  schemaVersion: z.literal(1),
  ok: z.boolean(),
  target: z.literal('picoclaw'),
  configPath: z.string(),
  checks: z.array(z.object({ id: z.string(), status: z.enum(['pass', 'warn', 'fail', 'skip']), message: z.string(), path: z.string().optional(), file: z.string().optional(), fix: z.string().optional() })),
});
const Row = z.object({ id: z.string(), ref: z.string().startsWith('aisa/'), live: z.boolean().nullable(), declared: z.boolean(), default: z.boolean(), fallback: z.number().nullable(), stale: z.boolean() });

describe('doctor --target picoclaw', () => {
  it.each(['seed-002', 'newer'] as const)('passes after onboard (%s), asking the gateway once', async (fixture) => {
    const { home } = await onboarded(fixture);
    const before = file.gw.requests.length;
    const r = await cli(home, ['doctor', '--json']);
    expect(r.code, r.stdout).toBe(0);
    const doc = Report.parse(JSON.parse(r.stdout));
    expect(doc.checks.map((c) => c.id)).toEqual(['node-version', 'config-found', 'config-parse', 'schema-compat', 'provider-present', 'base-url', 'api-key-present', 'api-key-valid', 'network', 'model-ids', 'default-model', 'balance']);
    // This gateway serves neither AIsa's balance route nor new-api's: not reported, never a failure.
    expect(doc.checks.filter((c) => c.status !== 'pass')).toEqual([expect.objectContaining({ id: 'balance', status: 'skip' })]);
    // One GET /models for every check; AIsa's balance route goes out beside it, new-api's after its 404.
    const asked = file.gw.requests.slice(before).map((q) => q.path);
    expect(asked.filter((p) => p === '/v1/models')).toHaveLength(1);
    expect(asked.filter((p) => p !== '/v1/models').sort()).toEqual(['/v1/credits/balance', '/v1/dashboard/billing/subscription', '/v1/dashboard/billing/usage']);
  });

  it('finds a stale id, a default naming nothing, an api_base without /v1 (exit 1), in both languages', async () => {
    const home = tempHome();
    const { config } = picoHome(home);
    const entry = (id: string, base: string) => ({ model_name: `aisa/${id}`, model: `openai/${id}`, api_base: base, api_keys: [KEY] });
    writeFileSync(config, JSON.stringify({ model_list: [entry('qwen3-plus', 'https://api.aisa.one')], agents: { defaults: { model_name: 'aisa/gone' } } }, null, 2));
    const r = await cli(home, ['doctor', '--offline', '--json']);
    expect(r.code).toBe(1);
    const byId = Object.fromEntries(Report.parse(JSON.parse(r.stdout)).checks.map((c) => [c.id, c]));
    expect(byId['model-ids']).toMatchObject({ status: 'fail', message: expect.stringContaining('qwen3-plus → qwen-plus-2025-12-01') });
    expect(byId['default-model']).toMatchObject({ status: 'fail', path: 'agents.defaults.model_name' });
    expect(byId['base-url']!.status).toBe('fail');
    expect(byId['network']!.status).toBe('skip');
    const zh = await cli(home, ['doctor', '--offline', '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('网关已不再提供这些旧 ID');
    expect(zh.stdout).toContain('在 model_list 中没有对应条目');
  });

  it('no config is a fail with the onboard command as the fix; a comment in it is exit 3; --fix on it writes nothing', async () => {
    const home = tempHome();
    const { config } = picoHome(home);
    const missing = await cli(home, ['doctor', '--offline']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('aisa-setup onboard --target picoclaw');
    writeFileSync(config, '{ // no\n}');
    expect((await cli(home, ['doctor', '--offline', '--json'])).code).toBe(3);
    const fix = await cli(home, ['doctor', '--fix', '--yes', '--json']);
    expect(fix.code).toBe(3);
    expect(JSON.parse(fix.stdout).fix.outcome).toBe('impossible');
    expect(readFileSync(config, 'utf8')).toBe('{ // no\n}');
  });
});

describe('models --target picoclaw', () => {
  it('lists the live models joined with model_list, default and fallbacks marked', async () => {
    const { home } = await onboarded('seed-002');
    const r = await cli(home, ['models', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const rows = z.array(Row).parse(JSON.parse(r.stdout));
    expect(rows.find((x) => x.id === 'qwen3-max')).toMatchObject({ default: true, declared: true, live: true });
    expect(rows.find((x) => x.id === 'qwen3-plus')).toMatchObject({ stale: true, declared: false });
    const table = await cli(home, ['models', '--lang', 'zh-CN']);
    expect(table.stdout).toContain('模型');
  });

  it("reports an api_base it would not ask (exit 2), never asking AIsa's address in its place", async () => {
    const { home, config } = await onboarded('seed-002');
    const cfg = JSON.parse(readFileSync(config, 'utf8'));
    for (const e of cfg.model_list) if (String(e.model_name).startsWith('aisa/')) e.api_base = 'ftp://gateway.example/v1';
    writeFileSync(config, JSON.stringify(cfg, null, 2));
    // A request that went anywhere would go through this closed loopback proxy (exit 5), not out.
    const r = await cli(home, ['models'], { AISA_API_KEY: KEY, HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('"ftp://gateway.example/v1" is not a valid gateway URL.');
  });

  it.each(['seed-002', 'newer'] as const)('set and fallbacks edit only the default and add entries (%s); a second run changes nothing', async (fixture) => {
    const { home, config } = await onboarded(fixture);
    const before = readFileSync(config, 'utf8');
    const set = await cli(home, ['models', 'set', 'deepseek-v3.1', '--json']);
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({ defaultModel: 'aisa/deepseek-v3.1', declaredAdded: ['deepseek-v3.1'], changed: true });
    const fb = await cli(home, ['models', 'fallbacks', 'kimi-k2.5', 'qwen3-max', '--json']);
    expect(JSON.parse(fb.stdout)).toMatchObject({ fallbacks: ['aisa/kimi-k2.5', 'aisa/qwen3-max'], declaredAdded: [] });
    const after = readFileSync(config, 'utf8');
    expect(looksStrict(after)).toBe(true);
    expect(unexpectedRemovals(before, after, ['model_name', 'model_fallbacks'])).toEqual([]);
    const cfg = JSON.parse(after);
    const added = cfg.model_list.find((e: { model_name: string }) => e.model_name === 'aisa/deepseek-v3.1');
    expect(added).toMatchObject({ model: 'openai/deepseek-v3.1', api_base: file.gw.baseUrl });
    expect(cfg.agents.defaults).toMatchObject({ model_name: 'aisa/deepseek-v3.1', model_fallbacks: ['aisa/kimi-k2.5', 'aisa/qwen3-max'] });
    expect(cfg.agents.defaults.model).toBeUndefined();
    // The entry `set` added has a key too (in .security.yml for the newer layout): doctor stays green.
    const doctor = await cli(home, ['doctor', '--json']);
    expect(Report.parse(JSON.parse(doctor.stdout)).checks.filter((c) => c.status !== 'pass' && c.id !== 'balance')).toEqual([]);
    const again = await cli(home, ['models', 'fallbacks', 'kimi-k2.5', 'qwen3-max', '--json']);
    expect(JSON.parse(again.stdout).changed).toBe(false);
    expect(readFileSync(config, 'utf8')).toBe(after);
  });

  it('refuses a model the key cannot use (exit 2, nearest ids) and --provider-id for models/doctor on OpenClaw', async () => {
    const { home } = await onboarded('seed-002');
    const r = await cli(home, ['models', 'set', 'qwen3-maxx', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.fix).toContain('qwen3-max');
    for (const cmd of [['models'], ['doctor']]) {
      const o = await runCli([...cmd, '--provider-id', 'sealos', '--json'], { home });
      expect(o.code).toBe(2);
      expect(JSON.parse(o.stdout).error.message).toContain('--provider-id sealos');
    }
  });
});

describe('doctor --target picoclaw and the balance', () => {
  it("says what the key and the account have left (and warns when low, fails at zero), as OpenClaw's doctor does", async () => {
    for (const [option, status, text] of [
      [{ billing: { hardLimitUsd: 25.5, totalUsageCents: 1234 } }, 'pass', "the key's quota: $13.16 left of $25.50"],
      [{ billing: { hardLimitUsd: 25.5, totalUsageCents: 2500 } }, 'warn', '$0.50 left of $25.50'],
      [{ credits: { availableMicros: 3_200_000, key: { remainingMicros: 12_500_000 } } }, 'pass', "the key may still spend $12.50 (its own cap); the account's wallet has $3.20"],
      [{ credits: { availableMicros: 0 } }, 'fail', "the key has no cap of its own; the account's wallet has $0.00"],
    ] as const) {
      const billed = await startFakeGateway(option);
      try {
        const home = tempHome();
        picoHome(home);
        expect((await cli(home, ['onboard', '--non-interactive', '--base-url', billed.baseUrl, '--models', 'qwen3-max', '--skip-validation'], { AISA_API_KEY: KEY })).code).toBe(0);
        const r = await cli(home, ['doctor', '--json', '--only', 'balance']);
        expect(Report.parse(JSON.parse(r.stdout)).checks[0]).toMatchObject({ id: 'balance', status, message: expect.stringContaining(text) });
      } finally {
        await billed.close();
      }
    }
  });
});
