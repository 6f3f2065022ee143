// The built CLI in a real terminal (tmux): a hand edit made while "Write these changes?" is on
// screen survives. What was confirmed is what would be written, so the changed file is not written
// as planned: the same answers are planned again on it and the new diff is asked about, once.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { terminalSuite } from '../../support/terminal-suite.js';
import { HAS_TMUX } from '../../support/tmux.js';

describe.skipIf(!HAS_TMUX)('a hand edit during the write confirmation (tmux; skipped when tmux is not installed)', () => {
  const suite = terminalSuite('aisa-setup-test-edit');
  const { tmux } = suite;

  /**
   * Runs onboard in session `name` over a config holding `before`, answers Enter up to the write
   * confirmation, replaces the file by `handEdit` there and confirms: the run says so, shows the new
   * diff (with the hand edit as context) and asks again; `second` answers that. Returns the screen.
   */
  async function editWhileConfirming(name: string, file: string[], args: string[], before: string, handEdit: string, mark: string, second: 'Enter' | 'Escape'): Promise<{ screen: string; text: string }> {
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
    const again = await tmux.shows(name, 'planned again on the new content');
    await tmux.shows(name, mark);
    await tmux.shows(name, 'Write these changes? (Y/n)');
    expect(again).toContain('changed on disk');
    // The questions are not asked twice; only the write is.
    expect(again.split('Fallbacks').length - 1).toBe(1);
    tmux.send(name, second);
    if (second === 'Enter') {
      // The test chat offered after the write: Escape skips it (exit 0).
      await tmux.shows(name, 'Send one small test chat');
      tmux.send(name, 'Escape');
    }
    const screen = await tmux.shows(name, 'EXIT:');
    expect(screen.split('Write these changes?').length - 1).toBe(2);
    expect(screen).not.toContain(TEST_KEYS.good);
    return { screen, text: readFileSync(config, 'utf8') };
  }

  it('is kept: the new diff is shown with the edit in it, and confirming it writes both', async () => {
    const edited = '{\n  // mine, edited while the question was open\n  gateway: { port: 18790 },\n}\n';
    const { screen, text } = await editWhileConfirming('edit', ['.openclaw', 'openclaw.json'], ['--key-storage', 'env-file'], '{\n  // mine\n  gateway: { port: 18789 },\n}\n', edited, 'edited while the question was open', 'Enter');
    expect(screen).toContain('EXIT:0');
    expect(text).toContain('// mine, edited while the question was open');
    const cfg = JSON5.parse(text);
    expect(cfg.gateway.port).toBe(18790);
    expect(cfg.agents.defaults.model.primary).toBe('aisa/qwen3-max');
  }, 60_000);

  it('Escape at the second question writes nothing: the hand edit stays as it is (exit 130)', async () => {
    const edited = '{\n  // mine, edited\n  gateway: { port: 18790 },\n}\n';
    const { screen, text } = await editWhileConfirming('esc', ['.openclaw', 'openclaw.json'], ['--key-storage', 'env'], '{\n  gateway: { port: 18789 },\n}\n', edited, '// mine, edited', 'Escape');
    expect(screen).toContain('EXIT:130');
    expect(text).toBe(edited);
  }, 60_000);

  it('is kept for PicoClaw too: planned again on the changed config.json, the edit kept', async () => {
    const edited = '{\n  "version": 3,\n  "model_list": [],\n  "agents": { "defaults": { "max_tokens": 4096 } }\n}\n';
    const { screen, text } = await editWhileConfirming('pico', ['.picoclaw', 'config.json'], ['--target', 'picoclaw'], '{\n  "version": 3,\n  "model_list": []\n}\n', edited, 'max_tokens', 'Enter');
    expect(screen).toContain('EXIT:0');
    expect(JSON.parse(text).agents.defaults).toEqual({ max_tokens: 4096, model_name: 'aisa/qwen3-max' });
  }, 60_000);
});
