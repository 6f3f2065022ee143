// The built CLI in a real terminal (tmux): a hand edit made while "Write these changes?" is on
// screen survives. What was confirmed is what would be written, so a changed file is refused.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, TEST_KEYS, type FakeGateway } from './support/fake-gateway.js';
import { HAS_TMUX, openTty, type Tty } from './support/tty.js';

describe.skipIf(!HAS_TMUX)('a hand edit during the write confirmation (tmux; skipped when tmux is not installed)', () => {
  let gw: FakeGateway;
  let tty: Tty;
  let root: string;
  beforeAll(async () => {
    gw = await startFakeGateway();
    tty = openTty();
    root = mkdtempSync(join(tmpdir(), 'aisa-tty-edit-'));
  });
  afterAll(async () => {
    tty?.close();
    await gw?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('is kept: the run says the file changed, exits 3 and writes nothing', async () => {
    const home = join(root, 'home');
    const config = join(home, '.openclaw', 'openclaw.json');
    mkdirSync(join(home, '.openclaw'), { recursive: true, mode: 0o700 });
    writeFileSync(config, '{\n  // mine\n  gateway: { port: 18789 },\n}\n', { mode: 0o600 });
    tty.launch('edit', ['onboard', '--base-url', gw.baseUrl, '--model', 'qwen3-max', '--models', 'qwen3-max', '--key-storage', 'env-file'], { HOME: home, AISA_API_KEY: TEST_KEYS.good });
    for (const question of ['An AIsa key is already set up', 'Fallbacks']) {
      await tty.screenShows('edit', question);
      tty.tmux('send-keys', '-t', 'edit', 'Enter');
    }
    await tty.screenShows('edit', 'Write these changes?');
    const handEdit = '{\n  // mine, edited while the question was open\n  gateway: { port: 18790 },\n}\n';
    writeFileSync(config, handEdit);
    tty.tmux('send-keys', '-t', 'edit', 'Enter');
    const screen = await tty.screenShows('edit', 'EXIT:');
    expect(screen).toContain('EXIT:3');
    expect(screen).toContain('changed on disk');
    expect(screen).not.toContain(TEST_KEYS.good);
    expect(readFileSync(config, 'utf8')).toBe(handEdit);
  }, 60_000);
});
