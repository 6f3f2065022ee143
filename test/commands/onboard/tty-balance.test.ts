// The built CLI in a real terminal (tmux): a key the gateway accepts but whose account cannot pay
// (403 "user quota is not enough" on /models). Typing another key would not help, so the run says
// what is wrong and stops as a script does (exit 4), without asking for the key again.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { terminalSuite } from '../../support/terminal-suite.js';
import { HAS_TMUX } from '../../support/tmux.js';

const POOR = 'sk-fakePoorAccount0123456789abcdefGHIJKLMNOPq';

describe.skipIf(!HAS_TMUX)('a balance problem at the key prompt (tmux; skipped when tmux is not installed)', () => {
  const suite = terminalSuite('aisa-setup-test-balance', {
    keys: { [POOR]: { status: 403, message: 'user quota is not enough', messageZh: '用户额度不足', type: 'new_api_error', code: 'insufficient_user_quota' } },
  });
  const { tmux } = suite;

  it.each([
    ['en', [], 'AIsa API key', /balance/i, ['copied the whole key', 'enter it below']],
    ['zh', ['--lang', 'zh-CN'], 'AIsa API 密钥', /余额/, ['复制完整', '在下面输入']],
    ['pico', ['--target', 'picoclaw'], 'AIsa API key', /balance/i, ['copied the whole key', 'enter it below']],
  ] as const)('%s: says the balance is the problem, exits 4 and does not ask for the key again', async (name, args, prompt, says, notSaid) => {
    const home = join(suite.root, name);
    tmux.launch(name, home, ['onboard', '--base-url', suite.gw.baseUrl, ...args]);
    await tmux.shows(name, prompt);
    tmux.send(name, '-l', POOR);
    tmux.send(name, 'Enter');
    const screen = await tmux.shows(name, 'EXIT:');
    expect(screen).toContain('EXIT:4');
    expect(screen).toMatch(says);
    for (const text of notSaid) expect(screen).not.toContain(text);
    expect(screen.split(prompt).length - 1).toBe(1);
    expect(screen).not.toContain(POOR);
    expect(screen).not.toContain(TEST_KEYS.good);
  }, 60_000);
});
