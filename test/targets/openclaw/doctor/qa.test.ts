// Regressions from the doctor QA pass: one test per finding, each failing before its fix.
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, cli, envFor, fixture, parseReport, sandbox, type Sandbox } from '../../../support/doctor-harness.js';

const KEY = 'sk-doctorQa0123456789abcdefWXYZ';
let box: Sandbox | undefined;

function config(agentModel: unknown, ids = ['qwen3-max', 'qwen-plus-2025-12-01', 'deepseek-v3.1'], apiKey: unknown = { source: 'env', provider: 'default', id: 'AISA_API_KEY' }): string {
  const models = ids.map((id) => ({ id, name: id }));
  return JSON.stringify({
    models: { providers: { aisa: { baseUrl: 'https://api.aisa.one/v1', apiKey, api: 'openai-completions', models } } },
    agents: { defaults: { model: agentModel } },
  }, null, 2);
}

async function run(text: string, args: string[], env: Record<string, string> = { AISA_API_KEY: KEY }) {
  box = sandbox(text);
  const r = await cli(['doctor', '--config', box.configPath, '--offline', ...args], envFor(box, env));
  return { ...r, box };
}

describe('1. duplicate fallbacks', () => {
  it('two stale ids with one replacement: flagged, and --fix keeps the first only', async () => {
    // Both go to qwen-flash (AIsa's word), which the block declares.
    const text = config({ primary: 'aisa/qwen3-max', fallbacks: ['qwen-turbo', 'aisa/qwen3-flash', 'deepseek-v3.1'] }, ['qwen3-max', 'qwen-flash', 'deepseek-v3.1']);
    const before = await run(text, ['--json']);
    const dm = check(parseReport(before.stdout), 'default-model');
    expect(dm.status).toBe('warn');
    expect(dm.message).toContain('aisa/qwen-flash');
    expect(dm.path).toBe('agents.defaults.model.fallbacks');
    const fixed = await cli(['doctor', '--config', before.box.configPath, '--offline', '--fix', '--yes', '--json'], envFor(before.box, { AISA_API_KEY: KEY }));
    expect(JSON.parse(before.box.read()).agents.defaults.model.fallbacks).toEqual(['aisa/qwen-flash', 'aisa/deepseek-v3.1']);
    expect(parseReport(fixed.stdout).checks.filter((c) => c.status !== 'pass' && c.status !== 'skip')).toEqual([]);
  });

  it('the default among its own fallbacks: flagged, and --fix drops it from them', async () => {
    const text = config({ primary: 'aisa/qwen3-max', fallbacks: ['aisa/deepseek-v3.1', 'aisa/qwen3-max'] });
    const before = await run(text, ['--json']);
    const dm = check(parseReport(before.stdout), 'default-model');
    expect(dm).toMatchObject({ status: 'warn', path: 'agents.defaults.model.fallbacks' });
    expect(dm.message).toContain('aisa/qwen3-max');
    await cli(['doctor', '--config', before.box.configPath, '--offline', '--fix', '--yes'], envFor(before.box, { AISA_API_KEY: KEY }));
    expect(JSON.parse(before.box.read()).agents.defaults.model).toEqual({ primary: 'aisa/qwen3-max', fallbacks: ['aisa/deepseek-v3.1'] });
  });
});

describe('2. one fix per line, a command ends its line', () => {
  it('the key written as the variable name, no key anywhere (en and zh-CN)', async () => {
    const text = config({ primary: 'aisa/qwen3-max' }, ['qwen3-max'], 'AISA_API_KEY');
    const en = check(parseReport((await run(text, ['--json'], {})).stdout), 'api-key-present');
    const envPath = join(box!.stateDir, '.env');
    expect(en.fix!.split('\n')).toEqual([
      `Edit ${box!.configPath}: set models.providers.aisa.apiKey to {"source":"env","provider":"default","id":"AISA_API_KEY"}.`,
      `Then add the key to ${envPath}: echo 'AISA_API_KEY=sk-…' >> ${envPath} && chmod 600 ${envPath}`,
      // The run named its config with --config: so does the command to paste.
      `Or run: aisa-setup onboard --config ${box!.configPath}`,
    ]);
    const zh = check(parseReport((await run(text, ['--json', '--lang', 'zh-CN'], {})).stdout), 'api-key-present');
    expect(zh.fix!.split('\n')).toHaveLength(3);
    const zhEnv = join(box!.stateDir, '.env');
    expect(zh.fix!.split('\n')[1]).toBe(`然后把密钥加入 ${zhEnv}：echo 'AISA_API_KEY=sk-…' >> ${zhEnv} && chmod 600 ${zhEnv}`);
  });

  it.each(['en', 'zh-CN'])('every fix of every fixture (%s): a line naming a command ends with it', async (lang) => {
    const lines: string[] = [];
    for (const name of ['misc-provider.json5', 'refs.json5', 'schema.json5', 'seed-000.json5', 'seed-001.json', 'key-inline.json5', 'no-provider.json5', 'unknown-key.json5', 'good.json5']) {
      box = sandbox(fixture(name), { __KEY__: KEY });
      chmodSync(box.configPath, 0o644);
      for (const env of [{}, { AISA_API_KEY: KEY }] as Record<string, string>[]) {
        const r = await cli(['doctor', '--config', box.configPath, '--offline', '--json', '--lang', lang], envFor(box, env));
        for (const c of parseReport(r.stdout).checks) if (c.fix) lines.push(...c.fix.split('\n'));
      }
      box.cleanup();
    }
    box = undefined;
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      const at = line.search(/\b(aisa-setup|chmod|echo|openclaw config) /);
      if (at < 0) continue;
      // From the command to the end of the line: only the command (no prose, no closing bracket or full stop).
      expect(line.slice(at), line).toMatch(/^[\w./~<>@'"=…&|-]+( [\w./~<>@'"=…&|$-]+)*$/);
      expect(line.slice(at), line).not.toMatch(/[.)。）]$/);
    }
  });
});

describe('3. a symlinked config', () => {
  function linked() {
    box = sandbox();
    const real = join(box.home, 'real.json');
    writeFileSync(real, config({ primary: 'aisa/qwen3-max' }, ['qwen3-max']), { mode: 0o600 });
    symlinkSync('../real.json', box.configPath);
    return real;
  }

  it('is read through: every check runs, config-found warns naming the target and how to write it', async () => {
    const real = linked();
    const r = await cli(['doctor', '--config', box!.configPath, '--offline', '--json'], envFor(box!, { AISA_API_KEY: KEY }));
    expect(r.code).toBe(0);
    const report = parseReport(r.stdout);
    const found = check(report, 'config-found');
    expect(found.status).toBe('warn');
    expect(found.message).toContain(real);
    expect(found.fix).toContain(`--config ${real}`);
    for (const c of report.checks.filter((x) => x.id !== 'config-found')) expect(c.status, c.id).toMatch(/pass|skip/);
    expect(report.checks.filter((c) => c.status === 'skip').map((c) => c.id)).toEqual(['api-key-valid', 'network', 'balance', 'openclaw-plugin']);
  });

  it('--fix refuses to write through it: exit 3, the target named, nothing written', async () => {
    const real = linked();
    writeFileSync(real, config({ primary: 'qwen3-max' }, ['qwen3-max']), { mode: 0o600 });
    const before = readFileSync(real, 'utf8');
    const r = await cli(['doctor', '--config', box!.configPath, '--offline', '--fix', '--yes'], envFor(box!, { AISA_API_KEY: KEY }));
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).toContain(`--config ${real}`);
    expect(readFileSync(real, 'utf8')).toBe(before);
    // The findings' own "or run: doctor --fix" name the real file too, or they would only be refused again.
    expect(r.stdout).toContain(`Or run: aisa-setup doctor --fix --config ${real}\n`);
    expect(r.stdout).not.toMatch(/doctor --fix\n/);
  });

  it('a symlinked .env is read for the key', async () => {
    box = sandbox(config({ primary: 'aisa/qwen3-max' }, ['qwen3-max']));
    mkdirSync(join(box.home, 'secrets'));
    writeFileSync(join(box.home, 'secrets', 'aisa.env'), `AISA_API_KEY=${KEY}\n`, { mode: 0o600 });
    symlinkSync(join(box.home, 'secrets', 'aisa.env'), box.envPath);
    const r = await cli(['doctor', '--config', box.configPath, '--offline', '--json'], envFor(box));
    expect(check(parseReport(r.stdout), 'api-key-present')).toMatchObject({ status: 'pass', message: expect.stringContaining('sk-…WXYZ') });
  });
});

describe('4. --dry-run on a healthy config', () => {
  it('says there is nothing to fix, not that fixes are listed above', async () => {
    const r = await run(fixture('good.json5'), ['--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nothing to fix.');
    expect(r.stdout).not.toContain('the fixes above');
  });
});

describe('5 and 6. a stale id gets one answer', () => {
  it('model-prefix suggests the current id for a bare stale fallback', async () => {
    const r = await run(config({ primary: 'aisa/qwen3-max', fallbacks: ['qwen-turbo'] }), ['--json']);
    const p = check(parseReport(r.stdout), 'model-prefix');
    expect(p.message).toContain('"aisa/qwen-flash"');
    expect(p.message).not.toContain('aisa/qwen-turbo');
  });

  it('default-model names a stale default as written', async () => {
    const cfg = JSON.parse(config({ primary: 'aisa/qwen3-plus' }, ['qwen3-plus', 'qwen3-max']));
    cfg.agents.defaults.models = { 'aisa/qwen3-max': {} };
    const r = await run(JSON.stringify(cfg), ['--json']);
    const d = check(parseReport(r.stdout), 'default-model');
    expect(d.status).toBe('fail');
    expect(d.message).toContain('aisa/qwen3-plus');
    expect(d.message).not.toContain('qwen-plus-2025-12-01');
    expect(d.fix).toContain('qwen-plus-2025-12-01');
  });
});

describe('8. wording', () => {
  it('one check passed, in the singular', async () => {
    const r = await run(fixture('good.json5'), ['--only', 'node-version']);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('All good: 1 check passed.');
  });

  it('0640 is readable by the group, 0604 by other users', async () => {
    box = sandbox(fixture('good.json5'));
    chmodSync(box.configPath, 0o640);
    let r = await cli(['doctor', '--config', box.configPath, '--offline', '--json', '--only', 'config-permissions'], envFor(box, { AISA_API_KEY: KEY }));
    expect(check(parseReport(r.stdout), 'config-permissions').message).toBe(`${box.configPath} is readable by your group (0640).`);
    chmodSync(box.configPath, 0o604);
    r = await cli(['doctor', '--config', box.configPath, '--offline', '--json', '--only', 'config-permissions'], envFor(box, { AISA_API_KEY: KEY }));
    expect(check(parseReport(r.stdout), 'config-permissions').message).toBe(`${box.configPath} is readable by other users (0604).`);
  });

  it('--fix previews the chmod of a file it also rewrites', async () => {
    box = sandbox(fixture('misc-provider.json5'));
    chmodSync(box.configPath, 0o644);
    const r = await cli(['doctor', '--config', box.configPath, '--offline', '--dry-run'], envFor(box, { AISA_API_KEY: KEY }));
    expect(r.stdout).toContain(`chmod 600 ${box.configPath}`);
    expect(r.stdout.split(`chmod 600 ${box.configPath}`).length).toBeGreaterThan(2); // the finding's fix and the preview
  });

  it('zh-CN: a full-width colon with no space after it', async () => {
    const r = await run(fixture('misc-provider.json5'), ['--lang', 'zh-CN']);
    expect(r.stdout).toMatch(/解决方法：在 \S+ 中把 /);
    expect(r.stdout).not.toMatch(/解决方法： /);
  });
});

describe('doctor --fix: a stale id beside the entry the user wrote for its replacement', () => {
  it("keeps the user's entry, not the renamed one", async () => {
    const { fixProvider } = await import('../../../../src/targets/openclaw/doctor/fix-plan.js');
    const block = {
      models: [
        { id: 'qwen3-plus', name: 'Qwen3 Plus' },
        { id: 'qwen-plus-2025-12-01', name: 'x', contextWindow: 1000 },
      ],
    };
    const fixed = fixProvider({ block, apiKey: undefined, mustDeclare: [] });
    expect(fixed.models).toEqual([{ id: 'qwen-plus-2025-12-01', name: 'x', contextWindow: 1000 }]);
  });
});

describe('models that cannot chat (issue 15)', () => {
  it('default-model fails naming each, in both languages; --fix drops such a fallback and never writes one as the default', async () => {
    const ids = ['qwen3-max', 'qwen-mt-flash', 'wan2.2-t2i-flash', 'deepseek-v3.1'];
    const text = config({ primary: 'aisa/wan2.2-t2i-flash', fallbacks: ['qwen-mt-flash', 'aisa/deepseek-v3.1'] }, ids);
    const before = await run(text, ['--json']);
    const dm = check(parseReport(before.stdout), 'default-model');
    expect(dm).toMatchObject({ status: 'fail', path: 'agents.defaults.model.primary', fix: expect.stringContaining('aisa-setup models set <id>') });
    expect(dm.details).toEqual([
      'agents.defaults.model.primary: aisa/wan2.2-t2i-flash is a model for image generation',
      'agents.defaults.model.fallbacks[0]: qwen-mt-flash is a model for translation',
    ]);
    const zh = await cli(['doctor', '--config', before.box.configPath, '--offline', '--json', '--lang', 'zh-CN'], envFor(before.box, { AISA_API_KEY: KEY }));
    expect(check(parseReport(zh.stdout), 'default-model').details).toContain('agents.defaults.model.fallbacks[0]：qwen-mt-flash 是翻译模型');
    await cli(['doctor', '--config', before.box.configPath, '--offline', '--fix', '--yes', '--json'], envFor(before.box, { AISA_API_KEY: KEY }));
    const model = JSON.parse(before.box.read()).agents.defaults.model;
    // The translation fallback is gone; the image default is left for the user to replace (no chat model is guessed).
    expect(model).toEqual({ primary: 'aisa/wan2.2-t2i-flash', fallbacks: ['aisa/deepseek-v3.1'] });
  });

  it('a model AIsa serves on /v1/messages only is one of them: our block speaks /v1/chat/completions', async () => {
    const text = config({ primary: 'aisa/qwen3-max', fallbacks: ['aisa/claude-opus-5-5', 'aisa/deepseek-v3.1'] }, ['qwen3-max', 'claude-opus-5-5', 'deepseek-v3.1']);
    const before = await run(text, ['--json']);
    expect(check(parseReport(before.stdout), 'default-model')).toMatchObject({
      status: 'fail',
      details: ['agents.defaults.model.fallbacks[0]: aisa/claude-opus-5-5 is served by AIsa on /v1/messages only; aisa-setup writes an OpenAI-compatible block (/v1/chat/completions)'],
    });
    const zh = await cli(['doctor', '--config', before.box.configPath, '--offline', '--json', '--lang', 'zh-CN'], envFor(before.box, { AISA_API_KEY: KEY }));
    expect(check(parseReport(zh.stdout), 'default-model').details).toEqual(['agents.defaults.model.fallbacks[0]：aisa/claude-opus-5-5 在 AIsa 上只通过 /v1/messages 提供，而 aisa-setup 写入的是 OpenAI 兼容的配置块（/v1/chat/completions）']);
    await cli(['doctor', '--config', before.box.configPath, '--offline', '--fix', '--yes', '--json'], envFor(before.box, { AISA_API_KEY: KEY }));
    expect(JSON.parse(before.box.read()).agents.defaults.model).toEqual({ primary: 'aisa/qwen3-max', fallbacks: ['aisa/deepseek-v3.1'] });
  });
});
