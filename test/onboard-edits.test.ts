// What onboard does to a hand-written config it edits, through the real CLI entry (in-process):
// comments inside a member it removes survive.
import JSON5 from 'json5';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, envFor, sandbox, type Sandbox } from './fixtures/doctor/harness.js';
import { startFakeGateway, TEST_KEYS, type FakeGateway } from './support/fake-gateway.js';

let gw: FakeGateway;
let box: Sandbox | undefined;
beforeAll(async () => (gw = await startFakeGateway()));
afterAll(() => gw.close());
afterEach(() => box?.cleanup());

async function onboard(config: string, args: string[]) {
  box = sandbox(config);
  const env = envFor(box, { AISA_API_KEY: TEST_KEYS.good });
  const r = await cli(['onboard', '--non-interactive', '--config', box.configPath, '--base-url', gw.baseUrl, '--timeout', '3', ...args], env);
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
