// The interactive onboard flow, driven through @inquirer/testing's screen: real prompts, a real
// loopback gateway, real files in a temp HOME.
import { screen } from '@inquirer/testing/vitest';
import { statSync } from 'node:fs';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { runInteractiveOnboard } from '../../../src/commands/onboard.js';
import { parseOnboardFlags } from '../../../src/commands/onboard-flags.js';
import { closedGatewayUrl, TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { makeHarness, waitFor, type Harness } from '../../support/onboard-harness.js';

let h: Harness | undefined;
const file = fileGateway();

const see = (text: string | RegExp) => waitFor(() => screen.getScreen(), text);
const enter = () => screen.keypress('enter');
const start = (opts: Partial<Parameters<typeof makeHarness>[0]> = {}, flags: Record<string, unknown> = {}) => {
  h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl, ...opts });
  const run = runInteractiveOnboard(h.ctx, parseOnboardFlags(flags));
  run.catch(() => undefined); // observed by the test; avoid an unhandled rejection in between
  return { h, run };
};
const config = (hh: Harness) => JSON5.parse(hh.read(hh.configPath)!) as any;

/** Answers the questions after the key with Enter (the defaults), declining the probe. */
async function acceptDefaults(opts: { probe?: boolean } = {}): Promise<void> {
  await see('Default model');
  enter();
  await see('Fallbacks');
  enter();
  await see('Other models to add');
  enter();
  await see('Where should the key live');
  enter();
  await see('Write these changes?');
  enter();
  if (opts.probe !== false) {
    await see('Send one small test chat');
    screen.type('n');
    enter();
  }
}

describe('interactive onboard', () => {
  it('sets up a fresh config: key, default model first in the list, .env storage, preview', async () => {
    const { h, run } = start();
    await see('AIsa API key');
    expect(h.stdout()).toMatch(/Config: .*openclaw\.json \(the default location\), will be created; no aisa provider yet\./);
    expect(h.stdout()).toContain('No AISA_API_KEY found; OpenClaw 2026.9.6 on PATH.');
    expect(h.stdout()).toContain('https://console.aisa.one/api-keys');
    screen.type(TEST_KEYS.good);
    expect(screen.getScreen()).not.toContain(TEST_KEYS.good);
    enter();
    await see('Default model');
    // Curated first, with context, price and purpose; qwen3-max highlighted; stale ids never offered.
    expect(screen.getScreen()).toMatch(/❯ qwen3-max\s+256K context · \$0\.72\/\$3\.60 · Alibaba, coding, vision/);
    // The same size label as `models list`: 131072 tokens is 128K, not "131k".
    expect(screen.getScreen()).toMatch(/deepseek-v3\.1\s+160K context · /);
    expect(screen.getScreen()).toContain('↑↓ navigate • ⏎ select');
    expect(screen.getScreen()).toContain("AIsa's price per 1M tokens in/out as of 2026-08-05, check aisa.one/models");
    screen.type('kimi');
    await see(/❯ kimi-k2\.5/);
    expect(screen.getScreen()).not.toContain('qwen3-max ');
    for (let i = 0; i < 4; i++) screen.keypress('backspace');
    await see(/❯ qwen3-max/);
    expect(screen.getScreen()).not.toMatch(/qwen3-plus\b/);
    enter();
    await see('Fallbacks');
    expect(screen.getScreen()).not.toMatch(/qwen3-plus\b/);
    // The chain is written in list order, whatever the order of ticking: the question says so.
    expect(screen.getScreen()).toContain('tried in the order you tick them');
    screen.keypress('space'); // the first offered model (qwen-plus-2025-12-01)
    enter();
    await acceptDefaultsFrom('Other models to add', { until: 'Write these changes?' });
    // A new file is summed up, not printed line by line; the full diff is one choice away.
    await see('Show the full diff first');
    expect(h.stdout()).toContain(`${h.configPath} will be created with:`);
    expect(h.stdout()).toContain(`provider aisa at ${file.gw.baseUrl}`);
    expect(h.stdout()).toMatch(/4 models: qwen3-max, /);
    expect(h.stdout()).toContain('default model aisa/qwen3-max');
    expect(h.stdout()).toContain('fallbacks aisa/qwen-plus-2025-12-01');
    expect(h.stdout()).toContain(`the key in ${h.envPath} (readable only by you)`);
    expect(h.stdout()).not.toContain('+++ ');
    screen.keypress('down');
    enter();
    await see(/Write these changes\? \(Y\/n\)/);
    expect(h.stdout()).toContain('These changes will be made:');
    expect(h.stdout()).toContain('+++ ' + h.configPath);
    expect(h.stdout()).not.toContain(TEST_KEYS.good);
    enter();
    await see('Send one small test chat');
    screen.type('n');
    enter();
    expect(await run).toBe(0);
    expect(screen.getScreen()).toMatch(/Send one small test chat.* No$/);

    const cfg = config(h);
    expect(cfg.models.providers.aisa.apiKey).toEqual({ source: 'env', provider: 'default', id: 'AISA_API_KEY' });
    expect(cfg.models.providers.aisa.baseUrl).toBe(file.gw.baseUrl);
    expect(cfg.agents.defaults.model).toEqual({ primary: 'aisa/qwen3-max', fallbacks: ['aisa/qwen-plus-2025-12-01'] });
    expect(cfg.models.providers.aisa.models.map((m: { id: string }) => m.id).sort()).toEqual(
      ['kimi-k2.5', 'deepseek-v3.1', 'qwen-plus-2025-12-01', 'qwen3-max'].sort(),
    );
    expect(h.read(h.envPath)).toContain(`AISA_API_KEY=${TEST_KEYS.good}`);
    expect(statSync(h.envPath).mode & 0o777).toBe(0o600);
    expect(h.stdout()).toContain('Default model: aisa/qwen3-max');
    expect(h.stdout()).toContain('aisa-setup doctor');
  });

  it('keeps an existing aisa block with user edits and comments; a second identical run changes nothing', async () => {
    const original = `// my settings
{
  models: {
    providers: {
      aisa: {
        baseUrl: '${file.gw.baseUrl}',
        apiKey: '\${AISA_API_KEY}', // from .env
        api: 'openai-completions',
        headers: { 'X-Team': 'blue' },
        models: [{ id: 'my-own-model', name: 'Mine', contextWindow: 32000 }],
      },
    },
  },
  agents: { defaults: { model: 'aisa/qwen-plus-2025-12-01' } },
}
`;
    const first = start({ config: original, env: { AISA_API_KEY: TEST_KEYS.good } });
    await see('An AIsa key is already set up');
    expect(screen.getScreen()).toContain('Keep the key sk-…uvwx (AISA_API_KEY)');
    expect(first.h.stdout()).toContain('an aisa provider is already there');
    enter();
    await see('Default model');
    expect(screen.getScreen()).toMatch(/❯ qwen-plus-2025-12-01 .*\(current\)/);
    await acceptDefaultsFrom('Default model', { storage: 'down' }); // env: key stays in the environment
    expect(await first.run).toBe(0);
    const text = first.h.read(first.h.configPath)!;
    expect(text).toContain('// my settings');
    expect(text).toContain('// from .env');
    const cfg = JSON5.parse(text) as any;
    expect(cfg.models.providers.aisa.headers).toEqual({ 'X-Team': 'blue' });
    expect(cfg.models.providers.aisa.models[0]).toEqual({ id: 'my-own-model', name: 'Mine', contextWindow: 32000 });
    expect(cfg.agents.defaults.model).toEqual({ primary: 'aisa/qwen-plus-2025-12-01' });

    // Same answers again: every default now matches what is there, so nothing is written.
    const before = first.h.read(first.h.configPath);
    const home = first.h;
    screen.clear();
    // No --base-url this time: the address the config already uses must be kept, not reset.
    const second = runInteractiveOnboard({ ...home.ctx, opts: { ...home.ctx.opts, baseUrl: undefined }, io: { ...home.ctx.io, stdin: screen.input } }, parseOnboardFlags({}));
    (screen.input as { isTTY?: boolean }).isTTY = true;
    await see('An AIsa key is already set up');
    enter();
    await see('Default model');
    enter();
    await see('Fallbacks');
    enter();
    await see('Other models to add');
    enter();
    await see('Where should the key live');
    enter();
    await see('Send one small test chat');
    screen.type('n');
    enter();
    expect(await second).toBe(0);
    expect(home.read(home.configPath)).toBe(before);
    expect(home.stdout()).toContain('Already set up: nothing to change.');
  });

  it('refuses a malformed key in place, asks again after a 401, then goes on', async () => {
    const { h, run } = start();
    await see('AIsa API key');
    enter();
    await see('The API key is empty.');
    screen.type(`Bearer ${TEST_KEYS.good}`);
    enter();
    await see(/contains .*it was not sent/);
    screen.keypress({ name: 'u', ctrl: true });
    screen.type(TEST_KEYS.invalid);
    enter();
    await see('AIsa API key');
    await waitFor(h.stdout, 'and enter it below.');
    expect(h.stdout()).toContain('HTTP 401');
    // The same run asks again: telling the user to run onboard again would be wrong here.
    expect(h.stdout()).not.toContain('run aisa-setup onboard again');
    screen.type(TEST_KEYS.good);
    enter();
    await acceptDefaults();
    expect(await run).toBe(0);
    expect(h.read(h.envPath)).toContain(TEST_KEYS.good);
    expect(h.stdout() + h.stderr()).not.toContain(TEST_KEYS.invalid);
  });

  it('asks again when the kept key is rejected, and warns that the old AISA_API_KEY would still win', async () => {
    const { h, run } = start({ env: { AISA_API_KEY: TEST_KEYS.expired } });
    await see('Keep the key sk-…');
    enter();
    await see('AIsa API key');
    expect(h.stdout()).toContain('create a new one at https://console.aisa.one/api-keys, and enter it below.');
    expect(h.stdout()).not.toContain('run aisa-setup onboard again');
    screen.type(TEST_KEYS.good);
    enter();
    await acceptDefaults();
    expect(await run).toBe(0);
    expect(h.stderr()).toContain('AISA_API_KEY in this environment holds a different key');
    expect(h.read(h.envPath)).toContain(TEST_KEYS.good);
  });

  it('explains a network failure and continues offline with the built-in catalog', async () => {
    const downUrl = await closedGatewayUrl();
    const { h, run } = start({ baseUrl: downUrl });
    await see('AIsa API key');
    screen.type(TEST_KEYS.good);
    enter();
    await see('What now?');
    expect(h.stdout()).toContain('refused the connection');
    screen.keypress('down');
    enter();
    await see('Default model');
    expect(h.stdout()).toContain('Continuing without checking the key');
    await acceptDefaultsFrom('Default model', { probe: false });
    expect(await run).toBe(0);
    expect(config(h).models.providers.aisa.baseUrl).toBe(downUrl);
    expect(config(h).agents.defaults.model.primary).toBe('aisa/qwen3-max');
  });

  it('speaks Chinese with --lang zh-CN: look-around, prompts, model purposes, summary', async () => {
    const { h, run } = start({ lang: 'zh-CN' });
    await see('AIsa API 密钥');
    expect(h.stdout()).toContain('配置文件：');
    expect(h.stdout()).toContain('未找到 AISA_API_KEY；PATH 中有 OpenClaw 2026.9.6。');
    expect(h.stdout()).toContain('https://console.aisa.one/api-keys');
    screen.type(TEST_KEYS.good);
    enter();
    await see('默认模型');
    expect(screen.getScreen()).toMatch(/qwen3-max\s+256K 上下文 · \$0\.72\/\$3\.60 · Alibaba、编程、视觉/);
    // Inquirer's own words too: key hints and the yes/no answer.
    expect(screen.getScreen()).toContain('↑↓ 移动 • ⏎ 确认');
    expect(screen.getScreen()).not.toContain('navigate');
    enter();
    await see('备用模型');
    expect(screen.getScreen()).toContain('按你勾选的顺序');
    expect(screen.getScreen()).toContain('↑↓ 移动 • 空格 选择 • ⏎ 提交');
    enter();
    await see('还要添加哪些模型');
    enter();
    await see('密钥保存在哪里');
    enter();
    await see('写入这些修改');
    expect(h.stdout()).toContain('将新建');
    expect(screen.getScreen()).toContain('先查看完整差异');
    screen.keypress('down');
    enter();
    await see('（Y 是 / n 否，回车为是）');
    expect(h.stdout()).toContain('将做出以下修改：');
    enter();
    await see('测试对话');
    screen.type('n');
    enter();
    expect(await run).toBe(0);
    expect(screen.getScreen()).toMatch(/测试对话.* 否$/);
    expect(h.stdout()).toContain('默认模型：aisa/qwen3-max');
  });
});

/** Enter through the remaining questions, starting at the one whose text is `from`. */
async function acceptDefaultsFrom(from: string, opts: { probe?: boolean; storage?: 'down'; until?: string } = {}): Promise<void> {
  const order = ['Default model', 'Fallbacks', 'Other models to add', 'Where should the key live', 'Write these changes?'];
  for (const q of order.slice(order.indexOf(from))) {
    await see(q);
    if (q === opts.until) return;
    if (q === 'Where should the key live' && opts.storage === 'down') screen.keypress('down');
    enter();
  }
  if (opts.probe !== false) {
    await see('Send one small test chat');
    screen.type('n');
    enter();
  }
}
