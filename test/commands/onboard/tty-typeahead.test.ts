// What a person types while nothing is asked (the key being checked) must not answer the next
// question, and a default kept on a terminal ends without a hint meant for scripts. A real
// terminal (tmux): only there is typing echoed by the terminal itself and read by the next prompt.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { terminalSuite } from '../../support/terminal-suite.js';
import { HAS_TMUX } from '../../support/tmux.js';

describe.skipIf(!HAS_TMUX)('typing while the key is checked (tmux)', () => {
  const suite = terminalSuite('aisa-setup-typeahead');
  const { tmux } = suite;

  /** Onboard with the key in the environment, kept, and its check held `delayMs` by the gateway. */
  const untilChecking = async (name: string, delayMs: number) => {
    suite.gw.setRoute('GET', '/v1/models', { delayMs, times: 1 });
    tmux.launch(name, join(suite.root, name), ['onboard', '--config', join(suite.root, name, 'c.json'), '--base-url', suite.gw.baseUrl], {
      size: [100, 30],
      env: [`AISA_API_KEY=${TEST_KEYS.good}`],
    });
    await tmux.shows(name, 'sk-…uvwx');
    tmux.send(name, 'Enter');
    await tmux.shows(name, 'Checking the key');
  };

  it('keys typed during "Checking the key…" are dropped: not on the spinner line, and Enter does not pick the next default', async () => {
    const name = 'typed';
    await untilChecking(name, 2500);
    tmux.send(name, '-l', 'hello');
    tmux.send(name, 'Enter');
    await tmux.shows(name, 'Default model');
    // Long enough for a typed Enter to have answered the question, were it read.
    await new Promise((r) => setTimeout(r, 700));
    const screen = tmux('capture-pane', '-p', '-J', '-S', '-300', '-t', name);
    expect(screen).not.toContain('hello');
    expect(screen).not.toContain('✔ Default model');
    expect(screen).not.toContain('Fallbacks');
    expect(screen).toContain('❯ qwen3-max');
    tmux.send(name, 'Escape');
    expect(await tmux.shows(name, 'EXIT:')).toContain('EXIT:130');
    suite.gw.setRoute('GET', '/v1/models', null);
  }, 30_000);

  it('Ctrl-C while the key is checked still cancels (the keys are swallowed, not the interrupt)', async () => {
    const name = 'ctrlc';
    await untilChecking(name, 8000);
    tmux.send(name, '-l', 'x');
    tmux.send(name, 'C-c');
    const screen = await tmux.shows(name, 'EXIT:');
    expect(screen).toContain('Cancelled. Nothing was written.');
    expect(screen).toContain('EXIT:130');
    suite.gw.setRoute('GET', '/v1/models', null);
  }, 30_000);

  it('keeping another provider\'s default on a terminal: "unchanged", without the "pass --model" hint meant for scripts', async () => {
    const name = 'kept';
    const dir = join(suite.root, name);
    mkdirSync(dir, { recursive: true });
    const config = join(dir, 'c.json');
    writeFileSync(config, '{ agents: { defaults: { model: { primary: "mybox/llama3.3" } } } }\n');
    tmux.launch(name, dir, ['onboard', '--config', config, '--base-url', suite.gw.baseUrl, '--key-storage', 'env'], { size: [100, 40], env: [`AISA_API_KEY=${TEST_KEYS.good}`] });
    await tmux.shows(name, 'sk-…uvwx');
    tmux.send(name, 'Enter');
    await tmux.shows(name, 'mybox/llama3.3');
    for (const question of ['Default model', 'Fallbacks', 'Other models to add', 'Write these changes?']) {
      await tmux.shows(name, question);
      tmux.send(name, 'Enter');
    }
    const screen = await tmux.shows(name, 'EXIT:');
    expect(screen).toContain('EXIT:0');
    expect(screen).toContain('Default model unchanged: mybox/llama3.3');
    expect(screen).not.toContain('pass --model');
    expect((JSON5.parse(readFileSync(config, 'utf8')) as any).agents.defaults.model.primary).toBe('mybox/llama3.3');
  }, 60_000);
});
