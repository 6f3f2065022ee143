// The built CLI in a real terminal (tmux): a hand edit made while "Write these changes?" is on
// screen survives. What was confirmed is what would be written, so a changed file is refused.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { terminalSuite } from '../../support/terminal-suite.js';
import { HAS_TMUX } from '../../support/tmux.js';

describe.skipIf(!HAS_TMUX)('a hand edit during the write confirmation (tmux; skipped when tmux is not installed)', () => {
  const suite = terminalSuite('aisa-setup-test-edit');
  const { tmux } = suite;

  /**
   * Runs onboard in session `name` over a config holding `before`, answers Enter up to the write
   * confirmation, replaces the file by `handEdit` there, confirms, and checks the edit survived.
   */
  async function editWhileConfirming(name: string, file: string[], args: string[], before: string, handEdit: string): Promise<void> {
    const home = join(suite.root, name);
    const config = join(home, ...file);
    mkdirSync(dirname(config), { recursive: true, mode: 0o700 });
    writeFileSync(config, before, { mode: 0o600 });
    tmux.launch(name, home, ['onboard', '--base-url', suite.gw.baseUrl, '--model', 'qwen3-max', '--models', 'qwen3-max', ...args], { env: [`AISA_API_KEY=${TEST_KEYS.good}`] });
    for (const question of ['An AIsa key is already set up', 'Fallbacks']) {
      await tmux.shows(name, question);
      tmux.send(name, 'Enter');
    }
    await tmux.shows(name, 'Write these changes?');
    writeFileSync(config, handEdit);
    tmux.send(name, 'Enter');
    const screen = await tmux.shows(name, 'EXIT:');
    expect(screen).toContain('EXIT:3');
    expect(screen).toContain('changed on disk');
    expect(screen).not.toContain(TEST_KEYS.good);
    expect(readFileSync(config, 'utf8')).toBe(handEdit);
  }

  it('is kept: the run says the file changed, exits 3 and writes nothing', async () => {
    await editWhileConfirming(
      'edit',
      ['.openclaw', 'openclaw.json'],
      ['--key-storage', 'env-file'],
      '{\n  // mine\n  gateway: { port: 18789 },\n}\n',
      '{\n  // mine, edited while the question was open\n  gateway: { port: 18790 },\n}\n',
    );
  }, 60_000);

  it('is kept for PicoClaw too: the same flow refuses the changed config.json, exit 3', async () => {
    await editWhileConfirming(
      'pico',
      ['.picoclaw', 'config.json'],
      ['--target', 'picoclaw'],
      '{\n  "version": 3,\n  "model_list": []\n}\n',
      '{\n  "version": 3,\n  "model_list": [],\n  "agents": { "defaults": { "model_name": "mine" } }\n}\n',
    );
  }, 60_000);
});
