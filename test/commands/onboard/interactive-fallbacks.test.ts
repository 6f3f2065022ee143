// The fallback chain is the order the user ticks the models in, not the order of the list.
import { screen } from '@inquirer/testing/vitest';
import JSON5 from 'json5';
import { expect, it } from 'vitest';
import { runInteractiveOnboard } from '../../../src/commands/onboard.js';
import { parseOnboardFlags } from '../../../src/commands/onboard-flags.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { makeHarness, waitFor, type Harness } from '../../support/onboard-harness.js';

let h: Harness | undefined;
const file = fileGateway();

const see = (text: string | RegExp) => waitFor(() => screen.getScreen(), text);

it.each([['en', 'Fallbacks, tried in the order you tick them'], ['zh-CN', '按你勾选的顺序']] as const)('%s: ticks deepseek-v3.1, then qwen-plus: the chain is in that order, and the rows show it', async (lang, question) => {
  h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl, lang, env: { AISA_API_KEY: TEST_KEYS.good } });
  const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({ model: 'qwen3-max', models: 'qwen3-max', keyStorage: 'env', yes: true }));
  await see('sk-…uvwx');
  screen.keypress('enter');
  await see(question);
  // The list starts qwen-plus-2025-12-01, deepseek-v3.1, … (chat models only: no qwen-mt-flash)
  screen.keypress('down');
  screen.keypress('space');
  await see(/1 deepseek-v3\.1/);
  screen.keypress('up');
  screen.keypress('space');
  await see(/2 qwen-plus-2025-12-01/);
  screen.keypress('enter');
  expect(await run).toBe(0);
  expect(JSON5.parse(h.read(h.configPath)!).agents.defaults.model.fallbacks).toEqual(['aisa/deepseek-v3.1', 'aisa/qwen-plus-2025-12-01']);
  expect(h.stdout()).toMatch(/aisa\/deepseek-v3\.1(, |、)aisa\/qwen-plus-2025-12-01/);
});

it('"Next:" comes after the test-chat question, and names no openclaw command when OpenClaw is not on PATH', async () => {
  h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl, env: { AISA_API_KEY: TEST_KEYS.good, PATH: '/nonexistent' } });
  const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({ model: 'qwen3-max', fallback: [], models: 'qwen3-max', keyStorage: 'env' }));
  await see('sk-…uvwx');
  screen.keypress('enter');
  await see('Write these changes?');
  screen.keypress('enter');
  await see('Send one small test chat');
  expect(h.stdout()).toContain('Created ');
  expect(h.stdout()).not.toContain('Next:');
  screen.keypress('enter');
  expect(await run).toBe(0);
  const out = h.stdout();
  expect(out.indexOf('Next:')).toBeGreaterThan(out.indexOf('answered in'));
  expect(out).not.toContain('openclaw models list');
  expect(out).toContain('aisa-setup doctor');
});

it('a diff taller than the terminal is summed up, with the full diff one choice away', async () => {
  // An existing config that gets the whole provider block: ~100 diff lines on a 24-row terminal.
  h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl, config: '// mine\n{ gateway: { port: 18789 } }\n', env: { AISA_API_KEY: TEST_KEYS.good } });
  Object.assign(h.ctx.io.stdout, { rows: 24 });
  const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({ model: 'qwen3-max', fallback: [], keyStorage: 'env', models: 'qwen3-max,kimi-k2.5,deepseek-v3.1' }));
  await see('sk-…uvwx');
  screen.keypress('enter');
  await see('Show the full diff first');
  expect(h.stdout()).toMatch(/openclaw\.json: \d+ lines added, \d+ removed/);
  expect(h.stdout()).not.toContain('@@');
  screen.keypress('down');
  screen.keypress('enter');
  await waitFor(() => h!.stdout(), '@@');
  await see(/Write these changes\? \(Y\/n\)/);
  screen.keypress('enter');
  await see('Send one small test chat');
  screen.keypress('enter');
  expect(await run).toBe(0);
});

it.each([
  ['en', 'Other models to add', '✔ Fallbacks: deepseek-v3.1\n'],
  ['zh-CN', '还要添加哪些模型', '✔ 备用模型：deepseek-v3.1\n'],
] as const)('%s: plain questions, and a short answer line (not the whole question again)', async (lang, declared, echoed) => {
  h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl, lang, env: { AISA_API_KEY: TEST_KEYS.good } });
  const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({ model: 'qwen3-max', keyStorage: 'env', yes: true }));
  await see('sk-…uvwx');
  screen.keypress('enter');
  await see(/❯◯ qwen-plus/);
  screen.keypress('down');
  screen.keypress('space');
  screen.keypress('enter');
  await see(declared);
  screen.keypress('enter');
  expect(await run).toBe(0);
  expect(h.stdout()).toContain(echoed);
});
