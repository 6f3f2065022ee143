// The two configs the seeds taught people to write: diagnosed, fixed, and green afterwards (online, fake gateway).
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIVE_MODELS, TEST_KEYS } from '../../../support/fake-gateway.js';
import { fileGateway } from '../../../support/file-gateway.js';
import { check, cli, envFor, fixture, parseReport, sandbox, type Sandbox } from '../../../support/doctor-harness.js';

let box: Sandbox | undefined;
// A gateway that reports the balance ($13.16 left of $25.50): the balance check passes too.
const file = fileGateway({ gateway: { models: [...DEFAULT_LIVE_MODELS, 'gemini-2.5-flash', 'qwen-flash'], billing: { hardLimitUsd: 25.5, totalUsageCents: 1234 } } });

async function diagnoseAndFix(name: string) {
  box = sandbox(fixture(name), { 'https://api.aisa.one/v1': file.gw.baseUrl });
  // Both seeds tell the user to export AISA_API_KEY.
  const env = envFor(box, { AISA_API_KEY: TEST_KEYS.good });
  const base = ['doctor', '--config', box.configPath, '--json', '--timeout', '3'];
  const before = await cli(base, env);
  const fixed = await cli([...base, '--fix', '--yes'], env);
  const probe = await cli([...base, '--probe'], env);
  return { before: { ...before, report: parseReport(before.stdout) }, fixed: { ...fixed, report: parseReport(fixed.stdout) }, probe: { ...probe, report: parseReport(probe.stdout) }, text: box.read() };
}

const failing = (r: { checks: { id: string; status: string }[] }) => r.checks.filter((c) => c.status === 'fail').map((c) => c.id);

describe('seed 000 (OpenClaw provider page): qwen3-plus default, no apiKey', () => {
  it('is diagnosed, fixed and passes, probes included', async () => {
    const { before, fixed, probe, text } = await diagnoseAndFix('seed-000.json5');
    expect(before.code).toBe(1);
    expect(failing(before.report)).toEqual(['api-key-present', 'model-ids']);
    // The stale default passes here only as model-ids will fix it, and says so.
    expect(check(before.report, 'default-model').message).toBe('aisa/qwen3-plus is declared, but it is an old id: model-ids replaces it by qwen-plus-2025-12-01.');
    expect(check(before.report, 'model-ids').details).toEqual([
      'models.providers.aisa.models[0].id: qwen3-plus → qwen-plus-2025-12-01',
      'agents.defaults.model.primary: qwen3-plus → qwen-plus-2025-12-01',
    ]);
    expect(fixed.code).toBe(0);
    expect(failing(fixed.report)).toEqual([]);
    expect(fixed.report.checks.filter((c) => c.status !== 'pass' && c.id !== 'openclaw-plugin')).toEqual([]);
    expect(text).toContain('{ id: "qwen-plus-2025-12-01", name: "Qwen Plus 2025-12-01" },');
    expect(text).toContain('model: { primary: "aisa/qwen-plus-2025-12-01" }');
    expect(text).toMatch(/apiKey: \{\s*source: "env",\s*provider: "default",\s*id: "AISA_API_KEY",?\s*\}/);
    expect(probe.code).toBe(0);
    expect(check(probe.report, 'probe').details).toHaveLength(3);
  });
});

describe("seed 001 (aisa-provider skill): the manual example", () => {
  it('is diagnosed, fixed and passes, probes included', async () => {
    const { before, fixed, probe, text } = await diagnoseAndFix('seed-001.json');
    expect(before.code).toBe(1);
    expect(failing(before.report)).toEqual(['model-prefix', 'schema-compat']);
    expect(check(before.report, 'kimi-temperature').status).toBe('warn');
    expect(check(before.report, 'schema-compat').details).toHaveLength(5);
    expect(fixed.code).toBe(0);
    expect(fixed.report.checks.filter((c) => c.status !== 'pass' && c.id !== 'openclaw-plugin')).toEqual([]);
    const cfg = JSON.parse(text);
    expect(cfg.models.providers.aisa.models.map((m: { id: string }) => m.id)).toEqual(['qwen3-max', 'qwen-plus-2025-12-01', 'qwen-mt-flash', 'deepseek-v3.1', 'kimi-k2.5']);
    expect(probe.code).toBe(0);
    expect(check(probe.report, 'probe').status).toBe('pass');
  });
});

describe('seed 000, set up by onboard instead of doctor --fix', () => {
  it('replaces the stale entries onboard warns about, the user\'s own fields kept; doctor then passes model-ids', async () => {
    // The user's own fields on the stale entries: a custom name on one, headers on the allow entry.
    const seed = fixture('seed-000.json5')
      .replace('{ id: "qwen3-plus", name: "Qwen3 Plus" }', '{ id: "qwen3-plus", name: "My Plus", maxTokens: 4096 }')
      .replace('model: { primary: "aisa/qwen3-plus" }', 'model: { primary: "aisa/qwen3-plus", fallbacks: ["aisa/qwen-turbo"] },\n      models: { "aisa/qwen3-plus": { alias: "plus" } }');
    box = sandbox(seed, { 'https://api.aisa.one/v1': file.gw.baseUrl });
    const env = envFor(box, { AISA_API_KEY: TEST_KEYS.good });
    const onboard = await cli(['onboard', '--non-interactive', '--config', box.configPath, '--base-url', file.gw.baseUrl, '--timeout', '3'], env);
    expect(onboard.code, onboard.stderr).toBe(0);
    expect(onboard.stderr).toContain('qwen3-plus is an old id');
    expect(onboard.stdout).not.toMatch(/declared:.*qwen3-plus/);
    const text = box.read();
    expect(text).not.toContain('qwen3-plus');
    expect(text).not.toContain('qwen-turbo');
    const cfg = JSON5.parse(text);
    const ids = cfg.models.providers.aisa.models.map((m: { id: string }) => m.id);
    expect(ids.filter((id: string) => id === 'qwen-plus-2025-12-01')).toHaveLength(1);
    expect(cfg.models.providers.aisa.models[0]).toMatchObject({ id: 'qwen-plus-2025-12-01', name: 'My Plus', maxTokens: 4096 });
    // qwen-turbo's replacement is AIsa's own, qwen-flash (not the translation model seed 001 named).
    expect(cfg.agents.defaults.model).toEqual({ primary: 'aisa/qwen-plus-2025-12-01', fallbacks: ['aisa/qwen-flash'] });
    expect(cfg.agents.defaults.models['aisa/qwen-plus-2025-12-01']).toEqual({ alias: 'plus' });
    const doctor = parseReport((await cli(['doctor', '--config', box.configPath, '--json', '--timeout', '3'], env)).stdout);
    expect(check(doctor, 'model-ids').status).toBe('pass');
    // The config's own fallback, kept and renamed, is declared like the default: in the block and the allow-list.
    expect(ids).toContain('qwen-flash');
    expect(Object.keys(cfg.agents.defaults.models)).toContain('aisa/qwen-flash');
    expect(check(doctor, 'default-model').status).toBe('pass');
  });
});
