// --fix: every automatable finding fixed through the lossless editor, comments kept, checks green after.
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, cli, doctorOnTerminal, envFor, fixture, parseReport, sandbox, type Sandbox } from '../../../support/doctor-harness.js';

const KEY = 'sk-doctorFix0123456789abcdefWXYZ';
// What --fix writes in place of a key: OpenClaw's SecretRef object, as the lossless editor lays it out.
const SECRET_REF = /apiKey: \{\s*source: "env",\s*provider: "default",\s*id: "AISA_API_KEY",?\s*\}/;
const SECRET_REF_COMMENTED = new RegExp(`${SECRET_REF.source}, // pasted here by hand`);
let box: Sandbox | undefined;

// A comment starts a line or follows a space (`https://` does neither).
const comments = (text: string) => [...text.matchAll(/(?:^|\s)(\/\/[^\n]*)/gm)].map((m) => m[1]!);

async function fixYes(name: string, env: Record<string, string> = { AISA_API_KEY: KEY }) {
  box = sandbox(fixture(name), { __KEY__: KEY });
  const before = box.read();
  const r = await cli(['doctor', '--config', box.configPath, '--offline', '--fix', '--yes', '--json'], envFor(box, env));
  return { ...r, report: parseReport(r.stdout), before, after: box.read(), box };
}

describe('each fix yields a config that passes every check, comments kept', () => {
  it.each([
    ['misc-provider.json5', ['base-url', 'api-mode', 'api-key-present']],
    ['refs.json5', ['model-ids', 'model-prefix']],
    ['schema.json5', ['schema-compat', 'kimi-temperature', 'default-model']],
    ['seed-001.json', ['model-prefix', 'schema-compat']],
  ])('%s', async (name, failing) => {
    const { code, report, before, after, box: b } = await fixYes(name);
    const was = (report.fix!.before as { id: string; status: string }[]).filter((c) => c.status === 'fail').map((c) => c.id);
    expect(was.sort()).toEqual([...failing].sort());
    expect(report.fix!.outcome).toBe('applied');
    for (const c of report.checks) expect(c.status, `${c.id}: ${c.message}`).toMatch(/pass|skip/);
    expect(code).toBe(0);
    for (const c of comments(before)) expect(after).toContain(c);
    expect(existsSync(`${b.configPath}.bak`)).toBe(true);
    // A second run finds nothing left to do and writes nothing.
    const again = await cli(['doctor', '--config', b.configPath, '--offline', '--fix', '--yes', '--json'], envFor(b, { AISA_API_KEY: KEY }));
    expect(parseReport(again.stdout).fix!.outcome).toBe('nothing');
    expect(b.read()).toBe(after);
  });

  it('writes exactly the expected edits for stale ids, prefixes and references', async () => {
    const { after } = await fixYes('refs.json5');
    expect(after).toContain('{ id: "qwen-plus-2025-12-01", name: "Qwen Plus 2025-12-01" }, // the old default');
    expect(after).toContain('{ id: "qwen3-max", name: "Qwen3 Max" },');
    // qwen-turbo becomes AIsa's own replacement, qwen-flash (not the translation model qwen-mt-flash); the user's name stays.
    expect(after).toContain('{ id: "qwen-flash", name: "Turbo (mine)" },');
    expect(after.match(/id: "qwen-plus-2025-12-01"/g)).toHaveLength(1);
    expect(after).not.toContain('qwen-mt-flash');
    expect(after).toContain('model: { primary: "aisa/qwen3-max", fallbacks: ["aisa/qwen-plus-2025-12-01", "aisa/deepseek-v3.1"] },');
    expect(after).toMatch(/"aisa\/qwen-plus-2025-12-01": \{\s*alias: "plus",?\s*\}/);
    expect(after).not.toContain('"qwen3-max": {}');
  });

  it('moves supportsDeveloperRole under compat and sets temperature 1 (seed 001 example)', async () => {
    const { after } = await fixYes('seed-001.json');
    const cfg = JSON.parse(after);
    for (const m of cfg.models.providers.aisa.models) {
      expect(m.id).not.toMatch(/^aisa\//);
      expect(m).not.toHaveProperty('supportsDeveloperRole');
      expect(m.compat).toEqual({ supportsDeveloperRole: false });
    }
    expect(cfg.agents.defaults.models['aisa/kimi-k2.5']).toEqual({ params: { temperature: 1 } });
  });

  it('edits the $include file that holds the provider, and the main file for the agents', async () => {
    box = sandbox(fixture('include-main.json5'));
    const inc = join(box.stateDir, 'aisa-models.json5');
    writeFileSync(inc, fixture('include-models.json5'), { mode: 0o600 });
    const r = await cli(['doctor', '--config', box.configPath, '--offline', '--fix', '--yes', '--json'], envFor(box, { AISA_API_KEY: KEY }));
    const report = parseReport(r.stdout);
    expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
    const incText = readFileSync(inc, 'utf8');
    expect(incText).toContain('baseUrl: "https://api.aisa.one/v1", // no /v1');
    expect(incText).toContain('// included by openclaw.json');
    expect(incText).toContain('id: "qwen-plus-2025-12-01"');
    expect(box.read()).toContain('agents: { defaults: { model: { primary: "aisa/qwen-plus-2025-12-01" } } }, // old id, no prefix');
    expect(box.read()).toContain('"$include": "./aisa-models.json5"');
  });

  it('tightens file modes to 0600', async () => {
    box = sandbox(fixture('good.json5'), {});
    box.write(fixture('good.json5'), 0o644);
    const r = await cli(['doctor', '--config', box.configPath, '--offline', '--fix', '--yes'], envFor(box, { AISA_API_KEY: KEY }));
    expect(r.code).toBe(0);
    expect(statSync(box.configPath).mode & 0o777).toBe(0o600);
    expect(r.stdout).toContain(`Made ${box.configPath} readable only by you (0600).`);
  });

  it('cannot fix an unknown model key: says how, and exit stays 1', async () => {
    const { code, report } = await fixYes('unknown-key.json5');
    expect(code).toBe(1);
    expect(report.fix!.outcome).toBe('nothing');
    expect(check(report, 'schema-compat').fix).toContain('remove the other keys');
  });
});

describe('the inline key', () => {
  it('--yes moves it to <state dir>/.env (0600) and refers to it; the key shows only masked', async () => {
    const { code, report, after, stdout, box: b } = await fixYes('key-inline.json5', {});
    expect(code).toBe(0);
    expect(after).toMatch(SECRET_REF_COMMENTED);
    expect(readFileSync(b.envPath, 'utf8')).toBe(`AISA_API_KEY=${KEY}\n`);
    expect(statSync(b.envPath).mode & 0o777).toBe(0o600);
    expect(check(report, 'api-key-present').message).toContain(`sk-…WXYZ (from ${b.envPath})`);
    expect(stdout).not.toContain(KEY);
  });

  it('on a terminal, asks first; "no" to the move keeps it inline, "no" to apply writes nothing', async () => {
    box = sandbox(fixture('key-inline.json5'), { __KEY__: KEY });
    const asked: string[] = [];
    let r = await doctorOnTerminal(box, { fix: true }, { ask: async (q) => (asked.push(q), false) }, envFor(box), 'en');
    expect(asked[0]).toContain(`Move the key out of the config into ${box.envPath}`);
    expect(r.stdout).toContain('Nothing that can be fixed automatically');
    expect(box.read()).toContain(`apiKey: "${KEY}"`);
    asked.length = 0;
    r = await doctorOnTerminal(box, { fix: true, offline: true }, { ask: async (q) => (asked.push(q), asked.length === 1) }, envFor(box), 'zh-CN');
    expect(asked).toEqual([`把密钥从配置文件移到 ${box.envPath}（仅你本人可读）？`, '应用这些修改吗？（会保留备份）']);
    expect(r.stdout).toContain('未写入任何内容。');
    expect(r.stdout).not.toContain(KEY);
    expect(existsSync(box.envPath)).toBe(false);
    r = await doctorOnTerminal(box, { fix: true, offline: true }, { ask: async () => true }, envFor(box));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('After the fixes:');
    expect(box.read()).toMatch(SECRET_REF);
  });
});

describe('confirmation and previews', () => {
  it('without a terminal and without --yes: prints the diff, writes nothing, exit 2', async () => {
    box = sandbox(fixture('misc-provider.json5'));
    const before = box.read();
    const r = await cli(['doctor', '--config', box.configPath, '--offline', '--fix'], envFor(box, { AISA_API_KEY: KEY }));
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('-        api: "openai-responses",');
    expect(r.stdout).toContain('+        api: "openai-completions",');
    expect(r.stderr).toContain('--yes');
    expect(box.read()).toBe(before);
  });

  it('--dry-run shows the diff, writes nothing, exits with the current verdict', async () => {
    box = sandbox(fixture('refs.json5'));
    chmodSync(box.configPath, 0o600);
    const before = box.read();
    const r = await cli(['doctor', '--config', box.configPath, '--offline', '--dry-run'], envFor(box, { AISA_API_KEY: KEY }));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Dry run: these changes would be made');
    expect(r.stdout).toContain('+          { id: "qwen-plus-2025-12-01", name: "Qwen Plus 2025-12-01" }, // the old default');
    expect(box.read()).toBe(before);
    expect(existsSync(`${box.configPath}.bak`)).toBe(false);
  });

  it('an unparseable config is not touched: exit 3, the report still printed', async () => {
    box = sandbox(fixture('broken.json5'));
    const before = box.read();
    const r = await cli(['doctor', '--config', box.configPath, '--offline', '--fix', '--yes'], envFor(box));
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/✗ config-parse\s+.*openclaw\.json:4:50/);
    expect(r.stdout).toContain('The config must be valid before anything can be fixed');
    expect(box.read()).toBe(before);
  });
});
