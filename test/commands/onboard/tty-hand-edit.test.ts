// The built CLI in a real terminal (tmux): a hand edit made while "Write these changes?" is on
// screen survives. What was confirmed is what would be written, so a changed file is refused.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { terminalSuite } from '../../support/terminal-suite.js';
import { HAS_TMUX } from '../../support/tmux.js';

describe.skipIf(!HAS_TMUX)('a hand edit during the write confirmation (tmux; skipped when tmux is not installed)', () => {
  const suite = terminalSuite('aisa-setup-test-edit');
  const { tmux } = suite;

  it('is kept: the run says the file changed, exits 3 and writes nothing', async () => {
    const home = join(suite.root, 'home');
    const config = join(home, '.openclaw', 'openclaw.json');
    mkdirSync(join(home, '.openclaw'), { recursive: true, mode: 0o700 });
    writeFileSync(config, '{\n  // mine\n  gateway: { port: 18789 },\n}\n', { mode: 0o600 });
    tmux.launch('edit', home, ['onboard', '--base-url', suite.gw.baseUrl, '--model', 'qwen3-max', '--models', 'qwen3-max', '--key-storage', 'env-file'], { env: [`AISA_API_KEY=${TEST_KEYS.good}`] });
    for (const question of ['An AIsa key is already set up', 'Fallbacks']) {
      await tmux.shows('edit', question);
      tmux.send('edit', 'Enter');
    }
    await tmux.shows('edit', 'Write these changes?');
    const handEdit = '{\n  // mine, edited while the question was open\n  gateway: { port: 18790 },\n}\n';
    writeFileSync(config, handEdit);
    tmux.send('edit', 'Enter');
    const screen = await tmux.shows('edit', 'EXIT:');
    expect(screen).toContain('EXIT:3');
    expect(screen).toContain('changed on disk');
    expect(screen).not.toContain(TEST_KEYS.good);
    expect(readFileSync(config, 'utf8')).toBe(handEdit);
  }, 60_000);

  it('is kept for PicoClaw too: the same flow refuses the changed config.json, exit 3', async () => {
    const home = join(suite.root, 'pico-home');
    const config = join(home, '.picoclaw', 'config.json');
    mkdirSync(join(home, '.picoclaw'), { recursive: true, mode: 0o700 });
    writeFileSync(config, '{\n  "version": 3,\n  "model_list": []\n}\n', { mode: 0o600 });
    tmux.launch('pico', home, ['onboard', '--target', 'picoclaw', '--base-url', suite.gw.baseUrl, '--model', 'qwen3-max', '--models', 'qwen3-max'], { env: [`AISA_API_KEY=${TEST_KEYS.good}`] });
    for (const question of ['An AIsa key is already set up', 'Fallbacks']) {
      await tmux.shows('pico', question);
      tmux.send('pico', 'Enter');
    }
    await tmux.shows('pico', 'Write these changes?');
    const handEdit = '{\n  "version": 3,\n  "model_list": [],\n  "agents": { "defaults": { "model_name": "mine" } }\n}\n';
    writeFileSync(config, handEdit);
    tmux.send('pico', 'Enter');
    const screen = await tmux.shows('pico', 'EXIT:');
    expect(screen).toContain('EXIT:3');
    expect(screen).toContain('changed on disk');
    expect(screen).not.toContain(TEST_KEYS.good);
    expect(readFileSync(config, 'utf8')).toBe(handEdit);
  }, 60_000);
});
