// On a terminal, another provider's default is offered to keep, first in the list.
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

const see = (text: string) => waitFor(() => screen.getScreen(), text);
const MINE = '{ agents: { defaults: { model: { primary: "mybox/llama3.3" } } } }\n';

it.each([
  ['keeps it when chosen (it starts highlighted)', [] as string[], 'mybox/llama3.3'],
  ['replaces it when an AIsa model is chosen', ['down'], 'aisa/qwen3-max'],
])('offers to keep another provider\'s default: %s', async (_name, keys, primary) => {
  h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl, config: MINE, env: { AISA_API_KEY: TEST_KEYS.good } });
  const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({ fallback: [], models: 'qwen3-max', keyStorage: 'env', yes: true }));
  await see('An AIsa key is already set up');
  screen.keypress('enter');
  await see("Keep mybox/llama3.3 (the current default, another provider's)");
  for (const k of keys) screen.keypress(k);
  screen.keypress('enter');
  await waitFor(() => h!.stdout(), 'declared');
  expect(await run).toBe(0);
  expect(JSON5.parse(h.read(h.configPath)!).agents.defaults.model.primary).toBe(primary);
  expect(h.stdout()).toContain(primary === 'mybox/llama3.3' ? 'Default model unchanged: mybox/llama3.3' : 'Default model: aisa/qwen3-max');
});
