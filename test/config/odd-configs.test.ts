// Configs that are valid, but odd: the built CLI, as a user runs it. A value in the way of our
// settings that is not an object is refused by its path (never replaced whole); a raw U+2028/U+2029
// in a string is kept and json5's own warning stays off the terminal; a file whose lines end in CR
// alone gets CR in the lines inserted too.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../support/fake-gateway.js';
import { fileGateway } from '../support/file-gateway.js';
import { tempHome } from '../support/home.js';

const file = fileGateway();

/** Onboard (scripted) over a config holding `text`; returns the run and the file afterwards. */
async function onboard(text: string, args: string[] = [], target: string[] = ['.openclaw', 'openclaw.json']) {
  const home = tempHome();
  const config = join(home, ...target);
  mkdirSync(join(home, target[0]!), { recursive: true, mode: 0o700 });
  writeFileSync(config, text, { mode: 0o600 });
  const r = await file.runCli(['onboard', '--non-interactive', '--base-url', file.gw.baseUrl, '--models', 'qwen3-max', '--config', config, ...args], { home, env: { AISA_API_KEY: TEST_KEYS.good } });
  return { r, after: readFileSync(config, 'utf8') };
}

describe('a value in the way that is not an object', () => {
  it.each([
    ['models.providers', '{\n  models: { providers: [1, 2] },\n}\n'],
    ['models', '{\n  models: "mine",\n}\n'],
    ['agents.defaults', '{\n  agents: { defaults: [] },\n}\n'],
  ])('%s: exit 3 naming the path, nothing written', async (path, text) => {
    const { r, after } = await onboard(text, ['--json']);
    expect(r.code, r.stderr).toBe(3);
    const err = JSON.parse(r.stdout).error;
    expect(err.kind).toBe('config-layout');
    expect(err.message).toContain(`${path} must be an object`);
    expect(after).toBe(text);
  });

  it('in Chinese too', async () => {
    const { r } = await onboard('{\n  models: { providers: [1, 2] },\n}\n', ['--lang', 'zh-CN']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('models.providers 应为对象');
    expect(r.stderr).toContain('数组');
  });

  it('PicoClaw: agents as a list is refused the same way', async () => {
    const text = '{\n  "version": 3,\n  "model_list": [],\n  "agents": []\n}\n';
    const { r, after } = await onboard(text, ['--target', 'picoclaw'], ['.picoclaw', 'config.json']);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('agents must be an object');
    expect(after).toBe(text);
  });
});

describe('PicoClaw: a model_list that is not a list', () => {
  it('is refused by its path (exit 3), in both languages, nothing written', async () => {
    const text = '{\n  "version": 3,\n  "model_list": { "mine": 1 }\n}\n';
    const en = await onboard(text, ['--target', 'picoclaw'], ['.picoclaw', 'config.json']);
    expect(en.r.code, en.r.stderr).toBe(3);
    expect(en.r.stderr).toContain('model_list must be a list');
    expect(en.after).toBe(text);
    const zh = await onboard(text, ['--target', 'picoclaw', '--lang', 'zh-CN'], ['.picoclaw', 'config.json']);
    expect(zh.r.stderr).toContain('model_list 应为列表');
  });
});

describe('odd characters and line endings', () => {
  it('a raw U+2028/U+2029 in a string: no json5 warning on stderr, the characters kept', async () => {
    const { r, after } = await onboard('{\n  gateway: { name: "a\u2028b\u2029c" },\n}\n');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('JSON5:');
    expect(r.stderr).not.toContain('ECMAScript');
    expect(after).toContain('"a\u2028b\u2029c"');
    expect(JSON5.parse(after).models.providers.aisa.models[0].id).toBe('qwen3-max');
  });

  it('CR-only line endings: the inserted lines end in CR too, none in LF', async () => {
    const { r, after } = await onboard('{\r  // mine\r  gateway: { port: 18789 },\r}\r');
    expect(r.code, r.stderr).toBe(0);
    expect(after).not.toContain('\n');
    expect(after.startsWith('{\r  // mine\r  gateway: { port: 18789 },\r')).toBe(true);
    const cfg = JSON5.parse(after);
    expect(cfg.gateway.port).toBe(18789);
    expect(cfg.agents.defaults.model.primary).toBe('aisa/qwen3-max');
  });
});
