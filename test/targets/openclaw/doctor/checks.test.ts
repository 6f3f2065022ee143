// One passing and one failing config per check (offline ones here; network ones in doctor.network).
import { chmodSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, cli, doctorOnTerminal, envFor, fixture, parseReport, sandbox, type Sandbox } from '../../../support/doctor-harness.js';

const KEY = 'sk-doctorTest0123456789abcdefWXYZ';
let box: Sandbox | undefined;

async function offline(name: string, extraEnv: Record<string, string> = { AISA_API_KEY: KEY }, args: string[] = []) {
  box = sandbox(fixture(name), { __KEY__: KEY });
  const r = await cli(['doctor', '--config', box.configPath, '--offline', '--json', ...args], envFor(box, extraEnv));
  return { ...r, report: parseReport(r.stdout), box };
}

describe('a correct config passes every check', () => {
  it('good.json5: all pass, network ones skipped offline, exit 0', async () => {
    const { code, report } = await offline('good.json5');
    expect(code).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.id)).toEqual([
      'node-version', 'config-found', 'config-parse', 'config-permissions', 'provider-present', 'base-url', 'api-mode',
      'api-key-present', 'api-key-valid', 'network', 'model-ids', 'model-prefix', 'default-model', 'schema-compat', 'kimi-temperature',
      'setup-origin', 'env-key', 'model-metadata', 'chat-models', 'lost-sections', 'balance', 'openclaw-plugin', 'other-plugins',
    ]);
    // openclaw-plugin: no OpenClaw on the test's PATH and no plugin installed under its home.
    for (const c of report.checks) expect(c.status, c.id).toBe(['api-key-valid', 'network', 'balance', 'openclaw-plugin'].includes(c.id) ? 'skip' : 'pass');
    expect(check(report, 'api-key-present').message).toContain('sk-…WXYZ');
    expect(check(report, 'api-key-present').message).toContain('environment');
  });
});

describe('each check finds its problem: status, path, file and fix', () => {
  const cases: { name: string; fixture: string; id: string; status: 'warn' | 'fail'; path?: string; fix: RegExp; env?: Record<string, string> }[] = [
    { name: 'config-parse: a missing comma', fixture: 'broken.json5', id: 'config-parse', status: 'fail', fix: /position shown/ },
    { name: 'provider-present: no aisa block', fixture: 'no-provider.json5', id: 'provider-present', status: 'fail', path: 'models.providers.aisa', fix: /aisa-setup onboard/ },
    { name: 'base-url: no /v1', fixture: 'misc-provider.json5', id: 'base-url', status: 'fail', path: 'models.providers.aisa.baseUrl', fix: /set models\.providers\.aisa\.baseUrl to "https:\/\/api\.aisa\.one\/v1"/ },
    { name: 'api-mode: openai-responses', fixture: 'misc-provider.json5', id: 'api-mode', status: 'fail', path: 'models.providers.aisa.api', fix: /"openai-completions"/ },
    { name: 'api-key-present: the literal "AISA_API_KEY"', fixture: 'misc-provider.json5', id: 'api-key-present', status: 'fail', path: 'models.providers.aisa.apiKey', fix: /\{"source":"env","provider":"default","id":"AISA_API_KEY"\}/ },
    { name: 'api-key-present: ${AISA_API_KEY} set nowhere', fixture: 'good.json5', id: 'api-key-present', status: 'fail', path: 'models.providers.aisa.apiKey', fix: /echo 'AISA_API_KEY=sk-…' >> .*\.env && chmod 600/, env: {} },
    { name: 'api-key-present: no apiKey (seed 000)', fixture: 'seed-000.json5', id: 'api-key-present', status: 'fail', path: 'models.providers.aisa.apiKey', fix: /doctor --fix/ },
    { name: 'api-key-present: key inline', fixture: 'key-inline.json5', id: 'api-key-present', status: 'warn', path: 'models.providers.aisa.apiKey', fix: /moves the key to .*\.env/, env: {} },
    { name: 'model-ids: stale ids everywhere', fixture: 'refs.json5', id: 'model-ids', status: 'fail', path: 'models.providers.aisa.models[0].id', fix: /qwen3-plus → qwen-plus-2025-12-01, qwen-turbo → qwen-flash/ },
    { name: 'model-prefix: both directions', fixture: 'refs.json5', id: 'model-prefix', status: 'fail', path: 'models.providers.aisa.models[1].id', fix: /doctor --fix/ },
    { name: 'default-model: fallback not declared', fixture: 'refs.json5', id: 'default-model', status: 'warn', path: 'agents.defaults.model.fallbacks', fix: /deepseek-v3\.1/ },
    { name: 'schema-compat: supportsDeveloperRole on the entry', fixture: 'schema.json5', id: 'schema-compat', status: 'fail', path: 'models.providers.aisa.models[0].supportsDeveloperRole', fix: /under compat/ },
    { name: 'schema-compat: an unknown model key', fixture: 'unknown-key.json5', id: 'schema-compat', status: 'fail', path: 'models.providers.aisa.models[0].temperature', fix: /remove the other keys/ },
    { name: 'kimi-temperature: 0.7 on the entry', fixture: 'schema.json5', id: 'kimi-temperature', status: 'fail', path: 'models.providers.aisa.models[1].params.temperature', fix: /to 1\./ },
    { name: 'kimi-temperature: no override (seed 001)', fixture: 'seed-001.json', id: 'kimi-temperature', status: 'warn', path: 'agents.defaults.models["aisa/kimi-k2.5"].params.temperature', fix: /to 1\./ },
    { name: 'default-model: allow-list without the default', fixture: 'schema.json5', id: 'default-model', status: 'fail', path: 'agents.defaults.models["aisa/qwen3-max"]', fix: /to \{\}/ },
  ];
  it.each(cases)('$name', async (c) => {
    const { report, box: b } = await offline(c.fixture, c.env);
    const found = check(report, c.id);
    expect(found.status).toBe(c.status);
    if (c.path) expect(found.path).toBe(c.path);
    expect(found.file).toBe(b.configPath);
    expect(found.fix).toMatch(c.fix);
    expect(report.ok).toBe(c.status === 'warn' ? report.checks.every((x) => x.status !== 'fail') : false);
  });

  it('config-found: no file → fail with the onboard command, exit 1', async () => {
    box = sandbox();
    const r = await cli(['doctor', '--config', box.configPath, '--offline', '--json'], envFor(box));
    const report = parseReport(r.stdout);
    expect(r.code).toBe(1);
    expect(check(report, 'config-found')).toMatchObject({ status: 'fail', file: box.configPath });
    expect(check(report, 'config-found').fix).toContain('aisa-setup onboard');
    expect(check(report, 'config-parse').status).toBe('skip');
  });

  it('config-permissions: a key readable by others fails, a config without one warns', async () => {
    box = sandbox(fixture('good.json5'));
    chmodSync(box.configPath, 0o644);
    let report = parseReport((await cli(['doctor', '--config', box.configPath, '--offline', '--json'], envFor(box, { AISA_API_KEY: KEY }))).stdout);
    expect(check(report, 'config-permissions')).toMatchObject({ status: 'warn', file: box.configPath, fix: `Run: chmod 600 ${box.configPath}\nOr run: aisa-setup doctor --fix --config ${box.configPath}` });
    writeFileSync(box.envPath, `AISA_API_KEY=${KEY}\n`, { mode: 0o644 });
    chmodSync(box.envPath, 0o644);
    report = parseReport((await cli(['doctor', '--config', box.configPath, '--offline', '--json'], envFor(box))).stdout);
    expect(check(report, 'config-permissions').status).toBe('fail');
    expect(check(report, 'config-permissions').message).toContain(box.envPath);
    expect(check(report, 'api-key-present').message).toContain(`from ${box.envPath}`);
  });

  it('node-version: an old Node fails with the install hint', async () => {
    box = sandbox(fixture('good.json5'));
    const r = await doctorOnTerminal(box, { offline: true, only: 'node-version' }, { nodeVersion: '18.19.0' }, envFor(box));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ node-version\s+Node\.js 18\.19\.0 is too old: aisa-setup needs 20\.18/);
    expect(r.stdout).toContain('fix: Install a current Node.js');
  });
});

describe('api-key-present names the reference as the config writes it', () => {
  it('a SecretRef to a variable set nowhere is quoted as the SecretRef, not as ${AISA_API_KEY} (en, zh)', async () => {
    for (const [lang, text] of [
      ['en', 'apiKey refers to { source: "env", provider: "default", id: "AISA_API_KEY" }, but AISA_API_KEY is set neither'],
      ['zh-CN', 'apiKey 以 { source: "env", provider: "default", id: "AISA_API_KEY" } 引用密钥，但环境变量和'],
    ] as const) {
      box = sandbox(fixture('good.json5'));
      const r = await cli(['doctor', '--config', box.configPath, '--offline', '--json', '--lang', lang], envFor(box));
      const message = check(parseReport(r.stdout), 'api-key-present').message;
      expect(message).toContain(text);
      expect(message).not.toContain('${AISA_API_KEY}');
      box.cleanup();
    }
  });
});

describe('in Chinese', () => {
  it('says the same things in natural zh-CN, path and fix included', async () => {
    box = sandbox(fixture('misc-provider.json5'));
    const r = await cli(['doctor', '--config', box.configPath, '--offline', '--lang', 'zh-CN'], envFor(box));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ api-key-present');
    expect(r.stdout).toContain('apiKey 写成了文本 "AISA_API_KEY"：OpenClaw 会把这几个字符原样当作密钥发送');
    expect(r.stdout).toContain(`位置：${box.configPath} 中的 models.providers.aisa.apiKey`);
    // The label's full-width colon needs no space; the next sentence starts a line under it.
    expect(r.stdout).toContain(`解决方法：在 ${box.configPath} 中把 models.providers.aisa.apiKey 设为 {"source":"env","provider":"default","id":"AISA_API_KEY"}。\n`);
    expect(r.stdout).toMatch(/\n {4,}然后把密钥加入 \S+：echo 'AISA_API_KEY=sk-…' >> \S+ && chmod 600 \S+\n {4,}或运行：aisa-setup onboard --config \S+\n/);
    expect(r.stdout).toMatch(/3 项失败，0 项警告，16 项通过，4 项跳过。/);
  });
});

describe('colour', () => {
  it('marks are coloured when FORCE_COLOR=1 and plain under NO_COLOR', async () => {
    box = sandbox(fixture('misc-provider.json5'));
    const coloured = await cli(['doctor', '--config', box.configPath, '--offline'], { HOME: box.home, FORCE_COLOR: '1' });
    expect(coloured.stdout).toMatch(/\x1b\[\d+m✗\x1b\[\d+m api-mode/);
    const plain = await cli(['doctor', '--config', box.configPath, '--offline'], envFor(box));
    expect(plain.stdout).not.toMatch(/\x1b\[/);
  });
});
