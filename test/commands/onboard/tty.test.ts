// The built program in a real terminal: tmux runs `node bin/aisa-setup.js onboard` in a detached
// session, we type into it with send-keys and read it with capture-pane. This is the only test
// that exercises raw mode, the real readline Escape timeout and the TTY-only spinner.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { terminalSuite } from '../../support/terminal-suite.js';
import { HAS_TMUX } from '../../support/tmux.js';

describe.skipIf(!HAS_TMUX)('onboard in a real terminal (tmux; skipped when tmux is not installed)', () => {
  const suite = terminalSuite('aisa-setup-test');
  const { tmux } = suite;
  const screenShows = tmux.shows;

  /** The CLI in its own session: HOME a fresh temp dir, no colour unless `noColorEnv` is false. */
  const launch = (session: string, configPath: string, opts: { args?: string[]; noColorEnv?: boolean } = {}) =>
    tmux.launch(session, join(suite.root, session), ['onboard', '--config', configPath, '--base-url', suite.gw.baseUrl, ...(opts.args ?? [])], opts.noColorEnv === false ? { noColorEnv: false } : {});

  it('types a key, searches and picks a model, confirms, and writes the file', async () => {
    const config = join(suite.root, 'ok', 'config', 'openclaw.json');
    launch('ok', config);
    await screenShows('ok', 'AIsa API key');
    tmux('send-keys', '-t', 'ok', '-l', TEST_KEYS.good);
    tmux('send-keys', '-t', 'ok', 'Enter');
    await screenShows('ok', 'Default model');
    tmux('send-keys', '-t', 'ok', '-l', 'plus');
    await screenShows('ok', '❯ qwen-plus-2025-12-01');
    tmux('send-keys', '-t', 'ok', 'Enter');
    for (const question of ['Fallbacks', 'Other models to add', 'Where should the key live', 'Write these changes?']) {
      await screenShows('ok', question);
      tmux('send-keys', '-t', 'ok', 'Enter');
    }
    await screenShows('ok', 'Send one small test chat');
    tmux('send-keys', '-t', 'ok', 'Enter');
    const screen = await screenShows('ok', 'EXIT:');
    expect(screen).toContain('EXIT:0');
    expect(screen).toContain('Key accepted');
    expect(screen).toMatch(/aisa\/qwen-plus-2025-12-01 answered in \d+ ms/);
    expect(screen).not.toContain(TEST_KEYS.good);
    const cfg = JSON5.parse(readFileSync(config, 'utf8')) as any;
    expect(cfg.agents.defaults.model.primary).toBe('aisa/qwen-plus-2025-12-01');
    expect(cfg.models.providers.aisa.apiKey).toEqual({ source: 'env', provider: 'default', id: 'AISA_API_KEY' });
    expect(readFileSync(join(suite.root, 'ok', '.openclaw', '.env'), 'utf8')).toContain(`AISA_API_KEY=${TEST_KEYS.good}`);
  }, 60_000);

  it('--no-color alone (a terminal that has colour, no NO_COLOR): no colour or bold anywhere, prompts included', async () => {
    const config = join(suite.root, 'plain', 'config', 'openclaw.json');
    launch('plain', config, { args: ['--no-color'], noColorEnv: false });
    await screenShows('plain', 'AIsa API key');
    tmux('send-keys', '-t', 'plain', '-l', TEST_KEYS.good);
    tmux('send-keys', '-t', 'plain', 'Enter');
    await screenShows('plain', 'Default model');
    tmux('send-keys', '-t', 'plain', 'Enter');
    await screenShows('plain', 'Fallbacks');
    // -e keeps the cells' colours and attributes as escape codes: there must be none.
    const screen = tmux('capture-pane', '-p', '-e', '-J', '-S', '-300', '-t', 'plain');
    expect(screen).toContain('✔ Default model');
    expect(screen).toContain('↑↓ navigate');
    expect(screen).not.toMatch(/\x1b\[[0-9;]*m/);
    tmux('send-keys', '-t', 'plain', 'Escape');
    await screenShows('plain', 'EXIT:130');
  }, 60_000);

  it('Escape at the model list: exit 130, "Cancelled. Nothing was written.", no file', async () => {
    const config = join(suite.root, 'esc', 'config', 'openclaw.json');
    launch('esc', config);
    await screenShows('esc', 'AIsa API key');
    tmux('send-keys', '-t', 'esc', '-l', TEST_KEYS.good);
    tmux('send-keys', '-t', 'esc', 'Enter');
    await screenShows('esc', 'Default model');
    tmux('send-keys', '-t', 'esc', 'Escape');
    const screen = await screenShows('esc', 'EXIT:');
    expect(screen).toContain('EXIT:130');
    expect(screen).toContain('Cancelled. Nothing was written.');
    expect(screen).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace
    expect(existsSync(config)).toBe(false);
  }, 60_000);
});
