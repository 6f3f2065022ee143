// What onboard does to a hand-written config it edits, through the real CLI entry (in-process):
// comments inside a member it removes survive.
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { cli, envFor, sandbox, type Sandbox } from '../../support/doctor-harness.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';

let box: Sandbox | undefined;
const file = fileGateway();

async function onboard(config: string, args: string[]) {
  box = sandbox(config);
  const env = envFor(box, { AISA_API_KEY: TEST_KEYS.good });
  const r = await cli(['onboard', '--non-interactive', '--config', box.configPath, '--base-url', file.gw.baseUrl, '--timeout', '3', ...args], env);
  expect(r.code, r.stderr).toBe(0);
  return { ...r, text: box.read() };
}

describe('comments in a member onboard removes', () => {
  it('an empty fallback list with a comment in it keeps the comment', async () => {
    const { text } = await onboard('{ agents: { defaults: { model: { primary: "aisa/qwen3-max", fallbacks: [ /* none yet */ ] } } } }\n', ['--model', 'qwen3-max']);
    expect(text).toContain('/* none yet */');
    expect(JSON5.parse(text).agents.defaults.model.primary).toBe('aisa/qwen3-max');
  });

  it.each([
    ['after the list', '        fallbacks: ["aisa/deepseek-r1"], // my only fallback\n'],
    ['inside the list', '        fallbacks: [\n          "aisa/deepseek-r1", // my only fallback\n        ],\n'],
    ['before the value', '        fallbacks: /* my only fallback */ ["aisa/deepseek-r1"],\n'],
  ])('the new default was the only fallback, comment %s: the comment survives', async (_where, line) => {
    const config = `{\n  agents: {\n    defaults: {\n      model: {\n        primary: "aisa/qwen3-max",\n${line}      },\n    },\n  },\n}\n`;
    const { text } = await onboard(config, ['--model', 'deepseek-r1']);
    expect(text).toContain('my only fallback');
    const model = JSON5.parse(text).agents.defaults.model;
    expect(model.primary).toBe('aisa/deepseek-r1');
    expect(model.fallbacks ?? []).toEqual([]);
  });
});

describe("another provider's default", () => {
  const mine = '{ agents: { defaults: { model: { primary: "mybox/llama3.3" } } } }\n';

  it('is replaced with a word naming what it was', async () => {
    const { stderr, text } = await onboard(mine, []);
    expect(stderr).toContain("The default was mybox/llama3.3, another provider's; it is now aisa/qwen3-max. To keep mybox/llama3.3, run again with --keep-default.");
    expect(JSON5.parse(text).agents.defaults.model.primary).toBe('aisa/qwen3-max');
  });

  it('is kept with --keep-default, and said so', async () => {
    const { stdout, stderr, text } = await onboard(mine, ['--keep-default', '--json']);
    expect(stderr).not.toContain('The default was');
    const doc = JSON.parse(stdout);
    expect(doc.defaultModel).toBe('mybox/llama3.3');
    const cfg = JSON5.parse(text);
    expect(cfg.agents.defaults.model.primary).toBe('mybox/llama3.3');
    expect(cfg.models.providers.aisa.models.length).toBeGreaterThan(0);
  });

  it.each([
    ['an object', mine],
    ['a string', '{ agents: { defaults: { model: "mybox/llama3.3" } } }\n'],
  ])('kept (%s) with --fallback: the fallbacks are written after it, as --json says', async (_form, config) => {
    const { stdout, text } = await onboard(config, ['--keep-default', '--fallback', 'qwen3-max', '--fallback', 'deepseek-v3.1', '--json']);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ defaultModel: 'mybox/llama3.3', fallbacks: ['aisa/qwen3-max', 'aisa/deepseek-v3.1'] });
    expect(JSON5.parse(text).agents.defaults.model).toEqual({ primary: 'mybox/llama3.3', fallbacks: ['aisa/qwen3-max', 'aisa/deepseek-v3.1'] });
  });

  it('--keep-default with --model is a usage error (exit 2)', async () => {
    box = sandbox(mine);
    const r = await cli(['onboard', '--non-interactive', '--config', box.configPath, '--keep-default', '--model', 'qwen3-max', '--skip-validation'], envFor(box, { AISA_API_KEY: TEST_KEYS.good }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--keep-default keeps the current default, --model sets a new one');
    expect(box.read()).toBe(mine);
  });
});

describe('a config json5 reads, but not as its author may think', () => {
  const twice = '{\n  models: { providers: {} },\n  gateway: { port: 18789 },\n  models: { mode: "merge" },\n}\n';

  it('a key defined twice: onboard warns naming the key and both lines, and edits the one OpenClaw reads', async () => {
    const { stderr, text } = await onboard(twice, ['--json']);
    expect(stderr).toContain('models is defined twice in');
    expect(stderr).toContain('lines 2 and 4');
    const cfg = JSON5.parse(text);
    expect(cfg.models.mode).toBe('merge');
    expect(cfg.models.providers.aisa.api).toBe('openai-completions');
  });

  it('a key defined twice: doctor warns at config-parse, in Chinese too', async () => {
    box = sandbox(twice.replace('models: { mode: "merge" }', 'models: { providers: { aisa: {} } }'));
    const r = await cli(['doctor', '--config', box.configPath, '--offline', '--json', '--lang', 'zh-CN'], envFor(box));
    const parse = JSON.parse(r.stdout).checks.find((c: { id: string }) => c.id === 'config-parse');
    expect(parse.status).toBe('warn');
    expect(parse.message).toMatch(/^models 在 .* 中定义了两次/);
    expect(parse.message).toContain('第 2 行和第 4 行');
  });

  it.each([['onboard', '--non-interactive', '--skip-validation'], ['doctor', '--offline'], ['models', '--offline']])('10,000-deep nesting: %s exits 3 with a clear message', async (...argv) => {
    const n = 10_000;
    box = sandbox(`{\n  deep: ${'['.repeat(n)}${']'.repeat(n)}\n}\n`);
    const r = await cli([...argv, '--config', box.configPath], envFor(box, { AISA_API_KEY: TEST_KEYS.good }));
    expect(r.stderr + r.stdout).not.toContain('call stack');
    expect(r.stderr + r.stdout).toMatch(/nested more than 1000 levels deep.*line 2/);
    expect(r.code).toBe(3);
  });
});

describe("today's fallbacks, kept without --fallback", () => {
  it('are declared in the block and the allow-list; one the key does not list is kept with a warning, not refused', async () => {
    const config = '{ agents: { defaults: { model: { primary: "aisa/qwen3-max", fallbacks: ["aisa/gpt-4.1", "openai/gpt-4o", "aisa/gone-model-1"] }, models: { "aisa/qwen3-max": {} } } } }\n';
    const { text, stderr } = await onboard(config, []);
    const cfg = JSON5.parse(text);
    expect(cfg.agents.defaults.model.fallbacks).toEqual(['aisa/gpt-4.1', 'openai/gpt-4o', 'aisa/gone-model-1']);
    const ids = cfg.models.providers.aisa.models.map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['gpt-4.1', 'gone-model-1']));
    // Another provider's reference is the user's: referenced, never declared under aisa.
    expect(ids).not.toContain('gpt-4o');
    expect(Object.keys(cfg.agents.defaults.models)).toEqual(expect.arrayContaining(['aisa/gpt-4.1', 'aisa/gone-model-1']));
    expect(stderr).toContain('The fallback gone-model-1, kept from the config, is not available to this key; it is kept as it is.');
  });
});
