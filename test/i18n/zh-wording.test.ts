// Simplified Chinese as a reader expects it: Chinese list punctuation, translated key hints, one
// wording per idea, no "解决：运行：" double colon.
import { describe, expect, it } from 'vitest';
import { messagesFor, setLang } from '../../src/i18n/index.js';
import { makeColors } from '../../src/ui/color.js';
import { promptTheme } from '../../src/ui/prompt-theme.js';
import { cli, envFor, sandbox } from '../support/doctor-harness.js';
import { TEST_KEYS } from '../support/fake-gateway.js';

const zh = messagesFor('zh-CN');

describe('zh-CN wording', () => {
  it('lists in the summary use 、, not English commas', async () => {
    const box = sandbox();
    const r = await cli(['onboard', '--non-interactive', '--lang', 'zh-CN', '--config', box.configPath, '--skip-validation', '--fallback', 'kimi-k2.5', '--fallback', 'deepseek-v3.1'], envFor(box, { AISA_API_KEY: TEST_KEYS.good }));
    box.cleanup();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/qwen3-max、/);
    expect(r.stdout).toContain('aisa/kimi-k2.5、aisa/deepseek-v3.1');
    expect(r.stdout).not.toMatch(/[a-z0-9], [a-z]/);
  });

  it('a yes/no question says which key means 是 and 否', () => {
    setLang('zh-CN');
    const hint = promptTheme(makeColors(false)).style.defaultAnswer('Y/n');
    setLang('en');
    expect(hint).toContain('是');
    expect(hint).toContain('否');
  });

  it('plain words: 还要添加哪些模型, no 流转, one way to say per 1M tokens and temperature 1', () => {
    expect(zh.onboard.pickDeclared).toContain('还要添加哪些模型');
    expect(zh.onboard.storageInline).not.toContain('流转');
    expect(zh.models.legendPrice('2026-08-05', 'aisa.one/models')).toContain('每百万 token');
    expect(zh.onboard.priceNote('2026-08-05', 'aisa.one/models')).toContain('每百万 token');
    expect(zh.doctor.kimiNone).toContain('temperature 为 1');
  });

  it('a fix that starts with a command has no second colon after 解决：', () => {
    for (const fix of [zh.doctor.configMissingFix, zh.doctor.providerMissingFix, zh.doctor.keyMissingFix, zh.doctor.noDefaultFix, zh.doctor.defaultUndeclaredFix('x'), zh.doctor.permsFix('f')]) {
      expect(`${zh.doctor.fixLabel}${fix}`).not.toMatch(/^解决：运行：/);
    }
  });
});

describe('Chinese help', () => {
  it.each([[['--help']], [['onboard', '--help']], [['doctor', '--help']]])('%j is wrapped to the width (80 columns without a terminal), Chinese counted as two', async (argv) => {
    const { runMain } = await import('../support/in-process.js');
    const r = await runMain([...argv, '--lang', 'zh-CN'], { home: '/nonexistent-home', env: {}, cwd: '/' });
    const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
    const lines = r.out.split('\n');
    expect(lines.some((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
    for (const l of lines) expect(width(l), l).toBeLessThanOrEqual(80);
    // Closing punctuation never starts a wrapped line.
    for (const l of lines) expect(l, l).not.toMatch(/^\s+[，。、：；！？）]/);
  });
});
