// The built CLI in a real terminal (tmux), 80×24: a diff taller than the screen is summed up before
// "Write these changes?", and the sum says what the set-up will hold (provider, models, default,
// fallbacks, where the key goes), for an existing OpenClaw config and for PicoClaw, in both languages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { terminalSuite } from '../../support/terminal-suite.js';
import { HAS_TMUX } from '../../support/tmux.js';

const ZH_WRITE = '写入这些修改？';

describe.skipIf(!HAS_TMUX)('the summary of a tall diff (tmux; skipped when tmux is not installed)', () => {
  const suite = terminalSuite('aisa-setup-test-outline');
  const { tmux } = suite;
  const MODELS = ['--model', 'qwen3-max', '--fallback', 'deepseek-v3.1', '--models', 'qwen3-max,kimi-k2.5,deepseek-v3.1'];

  async function summary(name: string, file: string[], text: string, args: string[], question: string, write = 'Write these changes?'): Promise<string> {
    const home = join(suite.root, name);
    const config = join(home, ...file);
    mkdirSync(dirname(config), { recursive: true, mode: 0o700 });
    writeFileSync(config, text, { mode: 0o600 });
    tmux.launch(name, home, ['onboard', '--base-url', suite.gw.baseUrl, ...MODELS, ...args], { size: [80, 24], env: [`AISA_API_KEY=${TEST_KEYS.good}`] });
    await tmux.shows(name, question);
    tmux.send(name, 'Enter');
    const screen = await tmux.shows(name, write);
    tmux.send(name, 'Escape');
    await tmux.shows(name, 'EXIT:');
    expect(screen).not.toContain(TEST_KEYS.good);
    return screen;
  }

  it('OpenClaw, an existing config (en): what it will hold, and "1 line" for the .env', async () => {
    const screen = await summary('oc', ['.openclaw', 'openclaw.json'], '// mine\n{ gateway: { port: 18789 } }\n', ['--key-storage', 'env-file'], 'An AIsa key is already set up');
    expect(screen).toMatch(/\.env: 1 line added, 0 removed/);
    expect(screen).toContain('In short:');
    expect(screen).toContain(`provider aisa at ${suite.gw.baseUrl}`);
    expect(screen).toContain('3 models: qwen3-max, deepseek-v3.1, kimi-k2.5');
    expect(screen).toContain('default model aisa/qwen3-max');
    expect(screen).toContain('fallbacks aisa/deepseek-v3.1');
    expect(screen).toMatch(/the key in \S+\.env \(readable only by you\)/);
  }, 60_000);

  it('OpenClaw, an existing config (zh-CN): the same in Chinese', async () => {
    const screen = await summary('zh', ['.openclaw', 'openclaw.json'], '// mine\n{ gateway: { port: 18789 } }\n', ['--key-storage', 'env-file', '--lang', 'zh-CN'], '已经配置了 AIsa 密钥', ZH_WRITE);
    expect(screen).toMatch(/\.env：新增 1 行，删除 0 行/);
    expect(screen).toContain('概要：');
    expect(screen).toContain('默认模型 aisa/qwen3-max');
    expect(screen).toContain('备用模型 aisa/deepseek-v3.1');
  }, 60_000);

  it('PicoClaw: the models of our entries, the default, the fallbacks and the key file', async () => {
    const pico = `${JSON.stringify({ version: 3, model_list: [] }, null, 2)}\n`;
    const screen = await summary('pico', ['.picoclaw', 'config.json'], pico, ['--target', 'picoclaw'], 'An AIsa key is already set up');
    expect(screen).toContain('In short:');
    expect(screen).toContain('3 models: qwen3-max, deepseek-v3.1, kimi-k2.5');
    expect(screen).toContain('default model aisa/qwen3-max');
    expect(screen).toContain('fallbacks aisa/deepseek-v3.1');
    expect(screen).toMatch(/the key in \S+\.security\.yml \(readable only by you\)/);
  }, 60_000);
});
