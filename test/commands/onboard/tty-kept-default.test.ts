// The built CLI in a real terminal (tmux): another provider's default kept from the list. What the
// screen says (the default, the ticked fallbacks) is what the file holds afterwards, for OpenClaw
// and PicoClaw, and PicoClaw's failover file (an object `model`) offers to keep its default too.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { PICO_FIXTURES } from '../../support/picoclaw.js';
import { terminalSuite } from '../../support/terminal-suite.js';
import { HAS_TMUX } from '../../support/tmux.js';

describe.skipIf(!HAS_TMUX)("another provider's default kept on a terminal (tmux; skipped when tmux is not installed)", () => {
  const suite = terminalSuite('aisa-setup-test-kept');
  const { tmux } = suite;

  /** Writes `text` at `file` under a fresh home and starts onboard there; returns the config's path. */
  function start(name: string, file: string[], text: string, args: string[]): string {
    const home = join(suite.root, name);
    const config = join(home, ...file);
    mkdirSync(dirname(config), { recursive: true, mode: 0o700 });
    writeFileSync(config, text, { mode: 0o600 });
    tmux.launch(name, home, ['onboard', '--base-url', suite.gw.baseUrl, '--models', 'qwen3-max', ...args], { env: [`AISA_API_KEY=${TEST_KEYS.good}`] });
    return config;
  }

  /** Keeps the other default (the list's first row), ticks the first fallback offered, and writes. */
  async function keepAndTick(name: string, kept: string, questionsAfter: string[]): Promise<string> {
    await tmux.shows(name, 'An AIsa key is already set up');
    tmux.send(name, 'Enter');
    await tmux.shows(name, `❯ Keep ${kept}`);
    tmux.send(name, 'Enter');
    await tmux.shows(name, 'Fallbacks');
    tmux.send(name, 'Space');
    await tmux.shows(name, '1 qwen3-max');
    tmux.send(name, 'Enter');
    for (const q of questionsAfter) {
      await tmux.shows(name, q);
      tmux.send(name, 'Enter');
    }
    const screen = await tmux.shows(name, 'EXIT:');
    expect(screen).toContain('EXIT:0');
    expect(screen).toContain('Fallbacks: qwen3-max');
    expect(screen).not.toContain(TEST_KEYS.good);
    return screen;
  }

  it('OpenClaw: mybox/llama3.3 kept, qwen3-max ticked: the file holds both, in that order', async () => {
    const config = start('oc', ['.openclaw', 'openclaw.json'], '{ agents: { defaults: { model: "mybox/llama3.3" } } }\n', []);
    await keepAndTick('oc', 'mybox/llama3.3', ['Where should the key live', 'Write these changes?']);
    expect(JSON5.parse(readFileSync(config, 'utf8')).agents.defaults.model).toEqual({ primary: 'mybox/llama3.3', fallbacks: ['aisa/qwen3-max'] });
  }, 60_000);

  it('PicoClaw: local-llama kept, qwen3-max ticked: model_fallbacks holds it', async () => {
    const pico = { version: 3, agents: { defaults: { model_name: 'local-llama' } }, model_list: [{ model_name: 'local-llama', model: 'ollama/llama3.3', enabled: true }] };
    const config = start('pico', ['.picoclaw', 'config.json'], `${JSON.stringify(pico, null, 2)}\n`, ['--target', 'picoclaw']);
    await keepAndTick('pico', 'local-llama', ['Write these changes?']);
    expect(JSON.parse(readFileSync(config, 'utf8')).agents.defaults).toEqual({ model_name: 'local-llama', model_fallbacks: ['aisa/qwen3-max'] });
  }, 60_000);

  it("PicoClaw, seed 002's failover file: \"Keep qwen-main\" is offered and kept, as doctor --fix keeps it", async () => {
    const config = start('failover', ['.picoclaw', 'config.json'], readFileSync(join(PICO_FIXTURES, 'seed-002-failover.json'), 'utf8'), ['--target', 'picoclaw']);
    await tmux.shows('failover', 'An AIsa key is already set up');
    tmux.send('failover', 'Enter');
    await tmux.shows('failover', '❯ Keep qwen-main');
    tmux.send('failover', 'Enter');
    await tmux.shows('failover', 'Write these changes?');
    tmux.send('failover', 'Enter');
    const screen = await tmux.shows('failover', 'EXIT:');
    expect(screen).toContain('EXIT:0');
    expect(JSON.parse(readFileSync(config, 'utf8')).agents.defaults).toEqual({ model_name: 'qwen-main', model_fallbacks: ['deepseek-backup', 'gemini-backup'] });
  }, 60_000);
});
