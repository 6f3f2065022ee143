// Ctrl-C in a real terminal (tmux), where it is a signal and not a key: while the key is being
// checked (no prompt is listening) and at a list (whose menu must not stay on screen).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { terminalSuite } from '../../support/terminal-suite.js';
import { HAS_TMUX } from '../../support/tmux.js';

describe.skipIf(!HAS_TMUX)('Ctrl-C in a real terminal (tmux)', () => {
  const suite = terminalSuite('aisa-setup-cancel');
  const { tmux } = suite;
  const launch = (name: string, lang: string) =>
    tmux.launch(name, join(suite.root, name), ['onboard', '--lang', lang, '--config', join(suite.root, name, 'c.json'), '--base-url', suite.gw.baseUrl], {
      size: [80, 24],
      env: [`AISA_API_KEY=${TEST_KEYS.good}`],
    });

  it.each([
    ['en', 'Checking the key', 'Cancelled. Nothing was written.'],
    ['zh-CN', '正在', '已取消，未写入任何内容。'],
  ])('%s: during "Checking the key…": "Cancelled", exit 130', async (lang, checking, cancelled) => {
    suite.gw.setRoute('GET', '/v1/models', { delayMs: 8000, times: 1 });
    const name = `check-${lang}`;
    launch(name, lang);
    await tmux.shows(name, 'sk-…uvwx');
    tmux.send(name, 'Enter');
    await tmux.shows(name, checking);
    tmux.send(name, 'C-c');
    const screen = await tmux.shows(name, 'EXIT:');
    expect(screen).toContain(cancelled);
    expect(screen).toContain('EXIT:130');
    suite.gw.setRoute('GET', '/v1/models', null);
  }, 30_000);

  it('during the test chat, which comes after the write: saved, the test skipped, exit 0', async () => {
    suite.gw.setRoute('POST', '/v1/chat/completions', { delayMs: 8000, times: 1 });
    const name = 'probe';
    tmux.launch(name, join(suite.root, name), ['onboard', '--config', join(suite.root, name, 'c.json'), '--base-url', suite.gw.baseUrl, '--model', 'qwen3-max', '--models', 'qwen3-max', '--key-storage', 'env', '--yes', '--probe'], {
      size: [80, 24],
      env: [`AISA_API_KEY=${TEST_KEYS.good}`],
    });
    await tmux.shows(name, 'sk-…uvwx');
    tmux.send(name, 'Enter');
    await tmux.shows(name, 'Fallbacks');
    tmux.send(name, 'Enter');
    await tmux.shows(name, 'Sending a test chat');
    tmux.send(name, 'C-c');
    const screen = await tmux.shows(name, 'EXIT:');
    expect(screen).toContain('Saved: the set-up is written; the test chat was skipped.');
    // An empty answer is echoed as "none", not as nothing.
    expect(screen).toMatch(/✔ Fallbacks.*: none\n/);
    expect(screen).toContain('EXIT:0');
    suite.gw.setRoute('POST', '/v1/chat/completions', null);
  }, 30_000);

  it.each([
    ['en', 'Default model', 'Cancelled. Nothing was written.'],
    ['zh-CN', '默认模型', '已取消，未写入任何内容。'],
  ])('%s: at a list, the menu is cleared before "Cancelled"', async (lang, question, cancelled) => {
    const name = `list-${lang}`;
    launch(name, lang);
    await tmux.shows(name, 'sk-…uvwx');
    tmux.send(name, 'Enter');
    await tmux.shows(name, '❯ qwen3-max');
    tmux.send(name, 'C-c');
    const screen = await tmux.shows(name, 'EXIT:');
    expect(screen).toContain(cancelled);
    expect(screen).toContain('EXIT:130');
    expect(screen).not.toContain('qwen-mt-flash');
    expect(screen).not.toContain(question);
  }, 30_000);
});
