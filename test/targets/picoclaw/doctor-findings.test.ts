// doctor/models --target picoclaw on configs written by hand: aliases, several keys, a variable's
// name as the key, fallbacks that repeat, --probe, --only/--skip, another gateway's id; and onboard
// keeping an empty model_fallbacks it does not touch.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CliRun } from '../../support/cli.js';
import { tempHome } from '../../support/home.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { picoHome } from '../../support/picoclaw.js';

const file = fileGateway();

const cli = (home: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> => file.runCli([...args, '--target', 'picoclaw'], { home, env });

type Check = { id: string; status: string; message: string; fix?: string; path?: string; details?: string[]; probe?: { model: string; ok: boolean }[] };
const checks = (r: CliRun): Record<string, Check> => Object.fromEntries((JSON.parse(r.stdout).checks as Check[]).map((c) => [c.id, c]));

/** A PicoClaw config holding exactly these entries and defaults. */
function config(entries: Record<string, unknown>[], defaults: Record<string, unknown>): string {
  const home = tempHome();
  const { config: path } = picoHome(home);
  writeFileSync(path, JSON.stringify({ model_list: entries, agents: { defaults } }, null, 2) + '\n');
  return home;
}
const entry = (name: string, id: string, key: string, base = file.gw.baseUrl) => ({ model_name: name, model: `openai/${id}`, api_base: base, api_keys: [key] });

describe('doctor --target picoclaw on hand-written configs', () => {
  it('"api_keys": ["AISA_API_KEY"] fails api-key-present with the fix, the variable name unmasked', async () => {
    const home = config([entry('aisa/qwen3-max', 'qwen3-max', 'AISA_API_KEY')], { model: 'aisa/qwen3-max' });
    const r = await cli(home, ['doctor', '--offline', '--json']);
    expect(r.code).toBe(1);
    const c = checks(r)['api-key-present']!;
    expect(c.status).toBe('fail');
    expect(c.message).toContain('"AISA_API_KEY"');
    expect(c.fix).toContain('aisa-setup onboard --target picoclaw --aisa-api-key-stdin');
    // And onboard does not reuse that text as a key.
    const o = await cli(home, ['onboard', '--non-interactive', '--skip-validation', '--json']);
    expect(o.code).toBe(2);
  });

  it("another provider's key: network points at api-key-valid, which names it", async () => {
    const home = config([entry('aisa/qwen3-max', 'qwen3-max', 'sk-proj-AbCdEf0123456789AbCdEf0123456789xyzw')], { model: 'aisa/qwen3-max' });
    const c = checks(await cli(home, ['doctor', '--json', '--base-url', file.gw.baseUrl]));
    expect(c['api-key-valid']).toMatchObject({ status: 'fail', message: expect.stringContaining('OpenAI') });
    expect(c['network']).toMatchObject({ status: 'skip', message: expect.stringContaining('(see api-key-valid)') });
  });

  it('model_name is a free alias: aisa/kimi → openai/kimi-k2.5 passes provider-present and model-ids', async () => {
    const home = config([entry('aisa/kimi', 'kimi-k2.5', TEST_KEYS.good), entry('aisa/qwen3-max', 'qwen3-max', TEST_KEYS.good)], { model: 'aisa/kimi' });
    const r = await cli(home, ['doctor', '--json', '--base-url', file.gw.baseUrl]);
    const c = checks(r);
    expect(c['provider-present']!.status, c['provider-present']!.message).toBe('pass');
    expect(c['model-ids']).toMatchObject({ status: 'pass' });
    expect(r.code, r.stdout).toBe(0);
  });

  it('checks the key of every entry: a bad key on the second entry fails api-key-valid, naming it; the fix says --target picoclaw', async () => {
    const home = config([entry('aisa/qwen3-max', 'qwen3-max', TEST_KEYS.good), entry('aisa/kimi-k2.5', 'kimi-k2.5', TEST_KEYS.invalid)], { model: 'aisa/qwen3-max' });
    const r = await cli(home, ['doctor', '--json']);
    expect(r.code).toBe(1);
    const c = checks(r)['api-key-valid']!;
    expect(c.status).toBe('fail');
    expect(c.message).toContain('aisa/kimi-k2.5');
    expect(c.message).not.toContain('aisa/qwen3-max');
    expect(c.fix).toContain('aisa-setup onboard --target picoclaw');
    expect(checks(r)['api-key-present']!.message).toMatch(/sk-…\w{4}, sk-…\w{4}/);
  });

  it('flags duplicate fallbacks and the default among its own fallbacks (also when written in the object form PicoClaw refuses)', async () => {
    const e = [entry('aisa/qwen3-max', 'qwen3-max', TEST_KEYS.good), entry('aisa/kimi-k2.5', 'kimi-k2.5', TEST_KEYS.good)];
    const dup = await cli(config(e, { model: { primary: 'aisa/qwen3-max', fallbacks: ['aisa/kimi-k2.5', 'aisa/kimi-k2.5'] } }), ['doctor', '--offline', '--json']);
    expect(checks(dup)['default-model']).toMatchObject({ status: 'warn', path: 'agents.defaults.model_fallbacks', message: expect.stringContaining('aisa/kimi-k2.5') });
    expect(checks(dup)['schema-compat']).toMatchObject({ status: 'fail', path: 'agents.defaults.model' });
    expect(checks(dup)['default-model']!.fix).toContain('["aisa/kimi-k2.5"]');
    const self = await cli(config(e, { model_name: 'aisa/qwen3-max', model_fallbacks: ['aisa/qwen3-max', 'aisa/kimi-k2.5'] }), ['doctor', '--offline', '--json']);
    expect(checks(self)['default-model']).toMatchObject({ status: 'warn', path: 'agents.defaults.model_fallbacks', message: expect.stringContaining('its own fallbacks') });
  });

  it('--probe sends one chat per entry, with that entry\'s key, and reports each', async () => {
    const home = config([entry('aisa/qwen3-max', 'qwen3-max', TEST_KEYS.good), entry('aisa/deepseek-v3.1', 'deepseek-v3.1', TEST_KEYS.balance)], { model: 'aisa/qwen3-max' });
    const before = file.gw.requests.length;
    const r = await cli(home, ['doctor', '--probe', '--json']);
    const c = checks(r)['probe']!;
    expect(c.status).toBe('fail');
    expect(c.probe).toEqual([expect.objectContaining({ model: 'aisa/qwen3-max', ok: true }), expect.objectContaining({ model: 'aisa/deepseek-v3.1', ok: false })]);
    expect(file.gw.requests.slice(before).filter((q) => q.path === '/v1/chat/completions')).toHaveLength(2);
    const without = await cli(home, ['doctor', '--json']);
    expect(checks(without)['probe']).toBeUndefined();
  });

  it('--only/--skip refuse ids PicoClaw does not run (exit 2, listing the valid ones)', async () => {
    const home = config([entry('aisa/qwen3-max', 'qwen3-max', TEST_KEYS.good)], { model: 'aisa/qwen3-max' });
    for (const flag of ['--only', '--skip']) {
      const r = await cli(home, ['doctor', flag, 'api-mode,network', '--offline', '--json']);
      expect(r.code).toBe(2);
      const err = JSON.parse(r.stdout).error;
      expect(err.message).toContain('api-mode');
      expect(err.fix).toContain('default-model');
      expect(err.fix).toContain('schema-compat');
      expect(err.fix).not.toContain('api-mode');
    }
    expect((await cli(home, ['doctor', '--only', 'default-model', '--offline', '--json'])).code).toBe(0);
  });

  it('with --provider-id sealos and no sealos entries, skip reasons name sealos; fixes name --provider-id sealos; messages end with a full stop', async () => {
    const home = config([entry('aisa/qwen3-max', 'qwen3-max', TEST_KEYS.good)], { model: 'aisa/qwen3-max' });
    const r = await cli(home, ['doctor', '--provider-id', 'sealos', '--offline', '--json']);
    const c = checks(r);
    expect(c['provider-present']!.fix).toContain('aisa-setup onboard --target picoclaw --provider-id sealos');
    expect(c['base-url']).toMatchObject({ status: 'skip', message: expect.stringContaining('sealos/') });
    expect(JSON.stringify(c)).not.toContain('aisa provider');
    const ok = await cli(config([entry('aisa/qwen3-max', 'qwen3-max', TEST_KEYS.good)], { model: 'aisa/qwen3-max' }), ['doctor', '--offline', '--json']);
    // node-version is OpenClaw's own check, shared as it is.
    for (const check of Object.values(checks(ok)).filter((c) => c.id !== 'node-version')) expect(check.message, check.id).toMatch(/[.。]$/);
    expect(ok.stdout).not.toMatch(/seed/i);
  });
});

describe('onboard --target picoclaw keeps what it does not change', () => {
  it('an existing "model_fallbacks": [] stays when no --fallback is given', async () => {
    const home = config([], { model_name: 'x', model_fallbacks: [] });
    writeFileSync(`${home}/.picoclaw/.security.yml`, 'model_list:\n');
    const r = await cli(home, ['onboard', '--non-interactive', '--skip-validation', '--models', 'qwen3-max', '--model', 'qwen3-max', '--json'], { AISA_API_KEY: TEST_KEYS.good });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(`${home}/.picoclaw/config.json`, 'utf8')).agents.defaults).toEqual({ model_name: 'aisa/qwen3-max', model_fallbacks: [] });
    // seed 002's { primary, fallbacks: [] }, which PicoClaw refuses, becomes model_name with no fallbacks.
    const classic = config([], { model: { primary: 'x', fallbacks: [] } });
    expect((await cli(classic, ['onboard', '--non-interactive', '--skip-validation', '--models', 'qwen3-max', '--model', 'qwen3-max', '--json'], { AISA_API_KEY: TEST_KEYS.good })).code).toBe(0);
    expect(JSON.parse(readFileSync(`${classic}/.picoclaw/config.json`, 'utf8')).agents.defaults).toEqual({ model_name: 'aisa/qwen3-max' });
  });
});
