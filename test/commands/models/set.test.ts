// `aisa-setup models set` and `models fallbacks`, in-process through main(): temp HOME, fake gateway.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSON5 from 'json5';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempHome } from '../../support/home.js';
import { runMain } from '../../support/in-process.js';
import { startFakeGateway, TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';

let home: string;
let cfg: string;

const file = fileGateway();
beforeEach(() => {
  home = tempHome({ openclaw: true });
  cfg = join(home, '.openclaw', 'openclaw.json');
  writeFileSync(cfg, configText(file.gw.baseUrl));
  writeFileSync(join(home, '.openclaw', '.env'), `AISA_API_KEY=${TEST_KEYS.good}\n`);
  file.gw.requests.length = 0;
});

function configText(baseUrl: string, apiKey = '${AISA_API_KEY}'): string {
  return `// hand-written: keep this comment
{
  models: { providers: { aisa: {
    baseUrl: '${baseUrl}', apiKey: '${apiKey}', api: 'openai-completions',
    models: [ { id: 'qwen3-max', name: 'Qwen3 Max' } ], // my models
  } } },
  agents: { defaults: { model: { primary: 'aisa/qwen3-max', fallbacks: ['aisa/deepseek-v3.1'] }, models: { 'aisa/qwen3-max': {} } } },
}
`;
}

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runMain(argv, { home, env });

interface Parsed {
  models: { providers: { aisa: { models: { id: string; params?: unknown }[] } } };
  agents: { defaults: { model: { primary: string; fallbacks?: string[] }; models: Record<string, { params?: { temperature?: number } }> } };
}
const parsed = (): Parsed => JSON5.parse(readFileSync(cfg, 'utf8'));
const declaredIds = () => parsed().models.providers.aisa.models.map((m) => m.id);

describe('models that cannot chat', () => {
  it('are refused as default or fallback with exit 2 and the reason, in both languages; nothing is written', async () => {
    const before = readFileSync(cfg, 'utf8');
    const set = await run(['models', 'set', 'qwen-mt-flash', '--json']);
    expect(set.code).toBe(2);
    expect(JSON.parse(set.out).error).toMatchObject({ kind: 'model-cannot-chat', message: expect.stringContaining('qwen-mt-flash is a model for translation') });
    expect(JSON.parse(set.out).error.fix).toContain('aisa-setup models list');
    const zh = await run(['models', 'fallbacks', 'deepseek-v3.1', 'aisa/qwen-mt-flash', '--lang', 'zh-CN']);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain('qwen-mt-flash 是翻译模型');
    expect(zh.err).toContain('不能作为备用模型');
    expect(readFileSync(cfg, 'utf8')).toBe(before);
  });

  it('onboard refuses one as --model or --fallback (exit 2, the reason), online and with --skip-validation', async () => {
    const args = ['onboard', '--non-interactive', '--base-url', file.gw.baseUrl, '--aisa-api-key', TEST_KEYS.good];
    const model = await run([...args, '--model', 'qwen-mt-flash', '--json']);
    expect(model.code).toBe(2);
    expect(JSON.parse(model.out).error).toMatchObject({ kind: 'model-cannot-chat', message: expect.stringContaining('cannot be the default model') });
    const zh = await run([...args, '--skip-validation', '--fallback', 'wan2.2-t2i-flash', '--lang', 'zh-CN']);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain('wan2.2-t2i-flash 是图像生成模型');
    // Declaring one is still allowed: the key's list is the final word on what exists.
    expect((await run([...args, '--models', 'qwen3-max,qwen-mt-flash', '--dry-run'])).code).toBe(0);
  });

  it('a model AIsa serves on /v1/messages only is refused the same way, with that reason, in both languages', async () => {
    const args = ['onboard', '--non-interactive', '--base-url', file.gw.baseUrl, '--aisa-api-key', TEST_KEYS.good, '--skip-validation'];
    const model = await run([...args, '--model', 'claude-opus-5-5', '--json']);
    expect(model.code).toBe(2);
    expect(JSON.parse(model.out).error).toMatchObject({
      kind: 'model-cannot-chat',
      message: 'claude-opus-5-5 is served by AIsa on /v1/messages only; aisa-setup writes an OpenAI-compatible block (/v1/chat/completions), so it cannot be the default model.',
    });
    const zh = await run([...args, '--fallback', 'claude-fable-5-1', '--lang', 'zh-CN']);
    expect(zh.code).toBe(2);
    expect(zh.err).toContain('claude-fable-5-1 在 AIsa 上只通过 /v1/messages 提供，而 aisa-setup 写入的是 OpenAI 兼容的配置块（/v1/chat/completions），因此不能作为备用模型。');
    const before = readFileSync(cfg, 'utf8');
    expect((await run(['models', 'set', 'claude-opus-5-5', '--offline'])).code).toBe(2);
    expect(readFileSync(cfg, 'utf8')).toBe(before);
    const { offeredModels } = await import('../../../src/commands/onboard-steps/model-choices.js');
    expect(offeredModels(undefined)).not.toContain('claude-opus-5-5');
    expect(offeredModels(['qwen3-max', 'claude-opus-5-5', 'claude-fable-5-1'], { 'claude-opus-5-5': ['anthropic'] })).toEqual(['qwen3-max']);
  });

  it('the questions offer only chat models', async () => {
    const { offeredModels } = await import('../../../src/commands/onboard-steps/model-choices.js');
    const offered = offeredModels(['qwen3-max', 'qwen-mt-flash', 'wan2.2-t2i-flash', 'text-embedding-v4', 'kimi-k2.5', 'studio-x1'], { 'studio-x1': ['embeddings'] });
    expect(offered).toEqual(['qwen3-max', 'kimi-k2.5']);
    expect(offeredModels(undefined)).not.toContain('qwen-mt-flash');
  });

  it('the gateway\'s supported_endpoint_types decide for an id no family names', async () => {
    const tagged = await startFakeGateway({ models: ['qwen3-max', 'deepseek-v3.1', 'studio-x1'], endpointTypes: { 'studio-x1': ['image-generation'] } });
    try {
      writeFileSync(cfg, configText(tagged.baseUrl));
      const r = await run(['models', 'set', 'studio-x1']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('studio-x1 is a model for image generation');
      const list = JSON.parse((await run(['models', 'list', '--json'])).out) as { id: string; kind: string; canChat: boolean }[];
      expect(list.find((m) => m.id === 'studio-x1')).toMatchObject({ kind: 'image', canChat: false });
      expect(list.find((m) => m.id === 'deepseek-v3.1')).toMatchObject({ kind: 'chat', canChat: true });
    } finally {
      await tagged.close();
    }
  });
});

describe('models set', () => {
  it('makes a bare id the default, declares it, keeps comments, backs up; a second run changes nothing', async () => {
    const before = readFileSync(cfg, 'utf8');
    const r = await run(['models', 'set', 'deepseek-v3.1']);
    expect(r.code).toBe(0);
    const c = parsed();
    expect(c.agents.defaults.model).toEqual({ primary: 'aisa/deepseek-v3.1' }); // no longer its own fallback
    expect(declaredIds()).toEqual(['qwen3-max', 'deepseek-v3.1']);
    expect(Object.keys(c.agents.defaults.models)).toEqual(['aisa/qwen3-max', 'aisa/deepseek-v3.1']);
    const text = readFileSync(cfg, 'utf8');
    expect(text).toContain('// hand-written: keep this comment');
    expect(text).toContain('// my models');
    expect(readFileSync(`${cfg}.bak`, 'utf8')).toBe(before);
    expect(r.out).toContain(`Updated ${cfg}`);
    expect(r.out).toContain('Default model: aisa/deepseek-v3.1');
    expect(r.out).toContain('Declared: aisa/deepseek-v3.1');
    expect(r.err).toContain('aisa/deepseek-v3.1 is the default model, so it is left out of the fallbacks.');

    const mtime = statSync(cfg).mtimeMs;
    const again = await run(['models', 'set', 'deepseek-v3.1']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Nothing to change');
    expect(readFileSync(cfg, 'utf8')).toBe(text);
    expect(statSync(cfg).mtimeMs).toBe(mtime);
    expect(existsSync(`${cfg}.bak.1`)).toBe(false);
  });

  it('accepts an aisa/ id and adds the temperature override kimi-k2.5 needs', async () => {
    expect((await run(['models', 'set', 'aisa/kimi-k2.5'])).code).toBe(0);
    const c = parsed();
    expect(c.agents.defaults.model.primary).toBe('aisa/kimi-k2.5');
    expect(c.agents.defaults.model.fallbacks).toEqual(['aisa/deepseek-v3.1']);
    expect(c.agents.defaults.models['aisa/kimi-k2.5']).toEqual({ params: { temperature: 1 } });
  });

  it('creating agents.defaults.models lists every declared model, not only the new one', async () => {
    writeFileSync(cfg, configText(file.gw.baseUrl).replace(", models: { 'aisa/qwen3-max': {} }", ''));
    expect((await run(['models', 'fallbacks', 'kimi-k2.5', '--offline'])).code).toBe(0);
    expect(Object.keys(parsed().agents.defaults.models)).toEqual(['aisa/qwen3-max', 'aisa/kimi-k2.5']);
    const doctor = await run(['doctor', '--offline', '--only', 'default-model', '--json']);
    expect(JSON.parse(doctor.out).checks[0].status).toBe('pass');
  });

  it('declaring a model whose limits and price are placeholders says so, as onboard does', async () => {
    // No source knows it and no model of its vendor is in the table: conservative limits, said out loud.
    const r = await run(['models', 'set', 'some-new-model-2027']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('some-new-model-2027: its limits and price are not in the built-in catalog');
    // Already declared: nothing is declared, so nothing to say.
    expect((await run(['models', 'set', 'some-new-model-2027'])).err).not.toContain('built-in catalog');
    // The registry knows deepseek-r1: nothing to warn about.
    expect((await run(['models', 'set', 'deepseek-r1'])).err).not.toContain('built-in catalog');
  });

  it('corrects a stale id, saying so', async () => {
    const r = await run(['models', 'set', 'qwen3-plus', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ ok: true, action: 'set', changed: true, defaultModel: 'aisa/qwen-plus-2025-12-01', declaredAdded: ['qwen-plus-2025-12-01'] });
    expect(doc.warnings[0]).toMatch(/qwen3-plus is an old id .* using qwen-plus-2025-12-01/);
    expect(parsed().agents.defaults.model.primary).toBe('aisa/qwen-plus-2025-12-01');
  });

  it('refuses an id the key cannot use with exit 2 and the closest ids; nothing is written', async () => {
    const before = readFileSync(cfg, 'utf8');
    const r = await run(['models', 'set', 'qwen3-mx']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('qwen3-mx is not available to this key.');
    expect(r.err).toContain('Closest: qwen3-max.');
    const zh = await run(['models', 'set', 'deepsek-v3.1', '--lang', 'zh-CN', '--json']);
    expect(zh.code).toBe(2);
    expect(JSON.parse(zh.out).error).toMatchObject({ kind: 'model-unavailable', message: 'deepsek-v3.1 不在密钥的模型列表中。' });
    expect(JSON.parse(zh.out).error.fix).toMatch(/^最接近的是 deepseek-v3\.1、/);
    // In the catalog but not served to this key: still refused.
    expect((await run(['models', 'set', 'glm-4-plus'])).code).toBe(2);
    expect(readFileSync(cfg, 'utf8')).toBe(before);
    expect(existsSync(`${cfg}.bak`)).toBe(false);
  });

  it('--offline accepts catalog and declared ids without asking the gateway', async () => {
    const r = await run(['models', 'set', 'glm-5', '--offline']);
    expect(r.code).toBe(0);
    expect(file.gw.requests).toHaveLength(0);
    expect(parsed().agents.defaults.model.primary).toBe('aisa/glm-5');
    const bad = await run(['models', 'set', 'no-such-model', '--offline']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('neither declared in the config nor in the built-in catalog');
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const before = readFileSync(cfg, 'utf8');
    const r = await run(['models', 'set', 'kimi-k2.5', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Dry run: these changes would be made (nothing was written).');
    expect(r.out).toMatch(/^-.*primary: 'aisa\/qwen3-max'/m);
    expect(r.out).toMatch(/^\+.*primary: 'aisa\/kimi-k2.5'/m);
    const j = JSON.parse((await run(['models', 'set', 'kimi-k2.5', '--dry-run', '--json'])).out);
    expect(j).toMatchObject({ dryRun: true, changed: true, backupPath: null });
    expect(j.diffs[0].path).toBe(cfg);
    expect(readFileSync(cfg, 'utf8')).toBe(before);
    expect(existsSync(`${cfg}.bak`)).toBe(false);
  });

  it('masks an inline key in the diff', async () => {
    writeFileSync(cfg, configText(file.gw.baseUrl, TEST_KEYS.good));
    const r = await run(['models', 'set', 'kimi-k2.5', '--dry-run', '--offline']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('sk-…uvwx');
    expect(r.out + r.err).not.toContain(TEST_KEYS.good);
  });

  it('without an AIsa provider says to onboard first (exit 3), in both languages', async () => {
    writeFileSync(cfg, '{ agents: {} }\n');
    const en = await run(['models', 'set', 'qwen3-max']);
    expect(en.code).toBe(3);
    expect(en.err).toContain('No AIsa provider in');
    expect(en.err).toContain('Run aisa-setup onboard first');
    const zh = await run(['models', 'fallbacks', 'qwen3-max', '--lang', 'zh-CN']);
    expect(zh.code).toBe(3);
    expect(zh.err).toContain('请先运行 aisa-setup onboard');
  });

  it('edits the file that $include pulls the models from', async () => {
    const inc = join(home, '.openclaw', 'models.json5');
    writeFileSync(inc, `{ providers: { aisa: { baseUrl: '${file.gw.baseUrl}', apiKey: '\${AISA_API_KEY}', models: [] } } }\n`);
    writeFileSync(cfg, `{ models: { $include: './models.json5' }, agents: { defaults: { model: 'aisa/qwen3-max' } } }\n`);
    const r = await run(['models', 'set', 'kimi-k2.5']);
    expect(r.code).toBe(0);
    expect(JSON5.parse(readFileSync(inc, 'utf8')).providers.aisa.models.map((m: { id: string }) => m.id)).toEqual(['kimi-k2.5']);
    expect(JSON5.parse(readFileSync(cfg, 'utf8')).agents.defaults.model).toEqual({ primary: 'aisa/kimi-k2.5' });
    expect(r.out).toContain(`Updated ${inc}`);
  });
});

describe('models fallbacks', () => {
  it('sets the chain in order, declares missing ones, keeps other providers, skips the default', async () => {
    const r = await run(['models', 'fallbacks', 'aisa/kimi-k2.5', 'openai/gpt-4o', 'qwen3-max', 'deepseek-r1']);
    expect(r.code).toBe(0);
    expect(parsed().agents.defaults.model).toEqual({ primary: 'aisa/qwen3-max', fallbacks: ['aisa/kimi-k2.5', 'openai/gpt-4o', 'aisa/deepseek-r1'] });
    expect(declaredIds()).toEqual(['qwen3-max', 'kimi-k2.5', 'deepseek-r1']);
    expect(r.err).toContain('openai/gpt-4o is not an AIsa model');
    expect(r.err).toContain('aisa/qwen3-max is the default model');
    expect(r.out).toContain('Fallbacks: aisa/kimi-k2.5, openai/gpt-4o, aisa/deepseek-r1');
    expect(readFileSync(cfg, 'utf8')).toContain('// hand-written: keep this comment');
  });

  it('--clear removes them; a second --clear changes nothing', async () => {
    const r = await run(['models', 'fallbacks', '--clear', '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('备用模型：无');
    expect(file.gw.requests).toHaveLength(0);
    expect(parsed().agents.defaults.model).toEqual({ primary: 'aisa/qwen3-max' });
    expect((await run(['models', 'fallbacks', '--clear'])).out).toContain('Nothing to change');
  });

  it('refuses unusable ids, and --clear with ids (exit 2)', async () => {
    const before = readFileSync(cfg, 'utf8');
    expect((await run(['models', 'fallbacks', 'kimi-k3'])).code).toBe(2);
    expect((await run(['models', 'fallbacks', '--clear', 'kimi-k2.5'])).err).toContain('--clear takes no ids.');
    expect(readFileSync(cfg, 'utf8')).toBe(before);
  });

  it('with no ids shows the chain, in both languages and --json, and writes nothing', async () => {
    const before = readFileSync(cfg, 'utf8');
    const en = await run(['models', 'fallbacks']);
    expect(en.code).toBe(0);
    expect(en.out).toBe('Fallbacks: aisa/deepseek-v3.1\n');
    expect((await run(['models', 'fallbacks', '--lang', 'zh-CN'])).out).toBe('备用模型：aisa/deepseek-v3.1\n');
    const json = await run(['models', 'fallbacks', '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, action: 'fallbacks', defaultModel: 'aisa/qwen3-max', fallbacks: ['aisa/deepseek-v3.1'], changed: false });
    expect(file.gw.requests).toHaveLength(0);
    expect(readFileSync(cfg, 'utf8')).toBe(before);
  });

  it('takes a comma list, as onboard --models does', async () => {
    const r = await run(['models', 'fallbacks', 'kimi-k2.5,qwen-plus-2025-12-01', 'deepseek-v3.1']);
    expect(r.code, r.err).toBe(0);
    expect(parsed().agents.defaults.model.fallbacks).toEqual(['aisa/kimi-k2.5', 'aisa/qwen-plus-2025-12-01', 'aisa/deepseek-v3.1']);
  });
});
