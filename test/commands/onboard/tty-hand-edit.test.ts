// The built CLI in a real terminal (tmux): a hand edit made while "Write these changes?" is on
// screen survives. What was confirmed is what would be written, so a changed file is refused.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, TEST_KEYS, type FakeGateway } from '../../support/fake-gateway.js';
import { HAS_TMUX, makeTmux, type Tmux } from '../../support/tmux.js';

describe.skipIf(!HAS_TMUX)('a hand edit during the write confirmation (tmux; skipped when tmux is not installed)', () => {
  let gw: FakeGateway;
  let tmux: Tmux;
  let root: string;
  beforeAll(async () => {
    gw = await startFakeGateway();
    tmux = makeTmux(`aisa-setup-test-edit-${process.pid}`);
    root = mkdtempSync(join(tmpdir(), 'aisa-tty-edit-'));
  });
  afterAll(async () => {
    tmux?.kill();
    await gw?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('is kept: the run says the file changed, exits 3 and writes nothing', async () => {
    const home = join(root, 'home');
    const config = join(home, '.openclaw', 'openclaw.json');
    mkdirSync(join(home, '.openclaw'), { recursive: true, mode: 0o700 });
    writeFileSync(config, '{\n  // mine\n  gateway: { port: 18789 },\n}\n', { mode: 0o600 });
    tmux.launch('edit', home, ['onboard', '--base-url', gw.baseUrl, '--model', 'qwen3-max', '--models', 'qwen3-max', '--key-storage', 'env-file'], { env: [`AISA_API_KEY=${TEST_KEYS.good}`] });
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
    const home = join(root, 'pico-home');
    const config = join(home, '.picoclaw', 'config.json');
    mkdirSync(join(home, '.picoclaw'), { recursive: true, mode: 0o700 });
    writeFileSync(config, '{\n  "version": 3,\n  "model_list": []\n}\n', { mode: 0o600 });
    tmux.launch('pico', home, ['onboard', '--target', 'picoclaw', '--base-url', gw.baseUrl, '--model', 'qwen3-max', '--models', 'qwen3-max'], { env: [`AISA_API_KEY=${TEST_KEYS.good}`] });
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
