// Ctrl-C and Escape at every question of the interactive onboard: exit 130, the message the
// contract promises, and not a byte written.
import { screen } from '@inquirer/testing/vitest';
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInteractiveOnboard } from '../../../src/commands/onboard.js';
import { parseOnboardFlags } from '../../../src/commands/onboard-flags.js';
import { CliError } from '../../../src/errors.js';
import { closedGatewayUrl, TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { makeHarness, waitFor, type Harness } from '../../support/onboard-harness.js';

const file = fileGateway();
let downUrl: string;
let h: Harness | undefined;
beforeAll(async () => {
  downUrl = await closedGatewayUrl();
});

const see = (text: string) => waitFor(() => screen.getScreen(), text);
const EXISTING = `// mine\n{ agents: { defaults: { model: 'openai/gpt-4o' } } }\n`;

/** Each question, and the answers that lead to it. */
const QUESTIONS: { name: string; at: string; env?: Record<string, string>; offline?: boolean; fresh?: boolean; before: string[] }[] = [
  { name: 'keep the key', at: 'An AIsa key is already set up', env: { AISA_API_KEY: TEST_KEYS.good }, before: [] },
  { name: 'the key', at: 'AIsa API key', before: [] },
  { name: 'network failure', at: 'What now?', offline: true, before: ['key'] },
  { name: 'default model', at: 'Default model', before: ['key'] },
  { name: 'fallbacks', at: 'Fallbacks', before: ['key', 'Default model'] },
  { name: 'models to declare', at: 'Other models to add', before: ['key', 'Default model', 'Fallbacks'] },
  { name: 'key storage', at: 'Where should the key live', before: ['key', 'Default model', 'Fallbacks', 'Other models to add'] },
  { name: 'confirmation', at: 'Write these changes?', before: ['key', 'Default model', 'Fallbacks', 'Other models to add', 'Where should the key live'] },
  // No config yet: the summary and its Write / Show the full diff / Cancel choice.
  { name: 'new file summary', at: 'Show the full diff first', fresh: true, before: ['key', 'Default model', 'Fallbacks', 'Other models to add', 'Where should the key live'] },
];

describe.each([
  ['Ctrl-C', { name: 'c', ctrl: true }],
  ['Escape', { name: 'escape' }],
] as const)('%s', (_label, key) => {
  it.each(QUESTIONS)('at "$name": exit 130, nothing written', async (q) => {
    h = makeHarness({ input: screen.input, baseUrl: q.offline ? downUrl : file.gw.baseUrl, ...(q.fresh ? {} : { config: EXISTING }), ...(q.env ? { env: q.env } : {}) });
    const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({}));
    run.catch(() => undefined);
    for (const step of q.before) {
      if (step === 'key') {
        await see('AIsa API key');
        screen.type(TEST_KEYS.good);
      } else await see(step);
      screen.keypress('enter');
    }
    await see(q.at);
    screen.keypress(key);
    const err = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(130);
    expect((err as CliError).message).toBe('Cancelled. Nothing was written.');
    expect(h.read(h.configPath)).toBe(q.fresh ? null : EXISTING);
    // No .env, no backup, no temp or lock file left behind.
    expect(readdirSync(h.stateDir).sort()).toEqual(q.fresh ? [] : ['openclaw.json']);
  });
});

it('a new file: choosing "Cancel" at the summary writes nothing (exit 130)', async () => {
  h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl });
  const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({}));
  run.catch(() => undefined);
  await see('AIsa API key');
  screen.type(TEST_KEYS.good);
  for (const step of ['AIsa API key', 'Default model', 'Fallbacks', 'Other models to add', 'Where should the key live']) {
    await see(step);
    screen.keypress('enter');
  }
  await see('Cancel (nothing is written)');
  screen.keypress('down');
  screen.keypress('down');
  screen.keypress('enter');
  await expect(run).rejects.toMatchObject({ exitCode: 130 });
  expect(readdirSync(h.stateDir)).toEqual([]);
});

// After the write, the test chat is only an offer: cancelling it must not claim nothing was written.
describe.each([
  ['Ctrl-C', { name: 'c', ctrl: true }],
  ['Escape', { name: 'escape' }],
] as const)('%s at the test-chat offer, after the write', (_label, key) => {
  it.each([
    ['en', 'Saved: the set-up is written; the test chat was skipped.', 'Nothing was written'],
    ['zh-CN', '已保存：配置已写入，已跳过测试对话。', '未写入任何内容'],
  ] as const)('%s: says the set-up is saved and the test skipped, exit 0', async (lang, saved, wrong) => {
    h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl, lang, env: { AISA_API_KEY: TEST_KEYS.good } });
    const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({ model: 'qwen3-max', fallback: [], models: 'qwen3-max', keyStorage: 'env-file' }));
    run.catch(() => undefined);
    await see(lang === 'en' ? 'An AIsa key is already set up' : 'AIsa');
    screen.keypress('enter');
    await see(lang === 'en' ? 'Write these changes?' : '写入这些修改');
    screen.keypress('enter');
    await see(lang === 'en' ? 'Send one small test chat' : '测试对话');
    screen.keypress(key);
    expect(await run).toBe(0);
    const said = h.stdout() + h.stderr();
    expect(said).toContain(saved);
    expect(said).not.toContain(wrong);
    expect(h.read(h.configPath)).toContain('aisa/qwen3-max');
    expect(h.read(h.envPath)).toContain('AISA_API_KEY=');
  });
});
