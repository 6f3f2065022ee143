// What a native reader of the Chinese output found (issue 26, item 14): English type names, words
// that mislead, two words for one idea, a second colon after 解决方法：, English commas in lists,
// spaces after full-width colons, help wrapped inside a bracket or shown examples-first, and a
// model picker row pushed right by a Chinese mark.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelRows } from '../../src/commands/onboard-steps/model-choices.js';
import { messagesFor, setLang } from '../../src/i18n/index.js';
import { makeColors } from '../../src/ui/color.js';
import { displayWidth } from '../../src/ui/format.js';
import { promptTheme } from '../../src/ui/prompt-theme.js';
import { tempHome } from '../support/home.js';
import { runMain } from '../support/in-process.js';
import { picoHome } from '../support/picoclaw.js';

const zh = messagesFor('zh-CN');

/** Every Chinese message as text: functions called with sample arguments, nested areas walked. */
function allTexts(): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') out.push({ key, text: v });
    else if (typeof v === 'function') {
      const sample = ['models.providers.aisa', 'x.json', 'qwen3-max', 'y'];
      const call = (arg: (i: number) => unknown) => (v as (...a: unknown[]) => unknown)(...Array.from({ length: Math.max(v.length, 1) }, (_, i) => arg(i)));
      let r: unknown;
      try {
        r = call((i) => sample[i] ?? 'z');
      } catch {
        // A message that takes a list.
        r = call(() => ['a.json', 'b.json']);
      }
      if (typeof r === 'string') out.push({ key, text: r });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${key}[${i}]`));
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], key ? `${key}.${k}` : k);
  };
  walk(zh, '');
  return out;
}

const zhRun = (argv: string[], env: NodeJS.ProcessEnv = {}) => runMain([...argv, '--lang', 'zh-CN'], { home: tempHome(), env });

describe('zh-CN, as a native speaker reads it', () => {
  it("PicoClaw's type rules name the type in Chinese: 字符串, 字符串列表, 布尔值", async () => {
    const home = tempHome();
    const { config } = picoHome(home);
    writeFileSync(config, JSON.stringify({ version: 3, model_list: [{ model_name: 1, model: 'openai/x', api_keys: 'k', enabled: 'yes' }], agents: { defaults: { model_name: 'aisa/x' } } }, null, 2));
    const r = await runMain(['doctor', '--target', 'picoclaw', '--offline', '--json', '--lang', 'zh-CN'], { home, env: { PICOCLAW_CONFIG: config } });
    const loader = JSON.parse(r.out).checks.find((c: { id: string }) => c.id === 'schema-compat');
    const text = `${loader.message}\n${(loader.details ?? []).join('\n')}\n${loader.fix}`;
    expect(text).toMatch(/必须是(字符串|字符串列表|布尔值)/);
    expect(text).not.toMatch(/\b(string|list of strings|true or false)\b/);
  });

  it('a config whose top level is a string says 字符串', async () => {
    const home = tempHome();
    writeFileSync(join(home, 'c.json'), '"hello"\n');
    const r = await zhRun(['models', '--offline', '--config', join(home, 'c.json')], { HOME: home });
    expect(r.err).toContain('但现在是字符串。');
  });

  it('words that said something else: 不在密钥的模型列表中, 请求频率上限, the gateway and OpenClaw quoted as they speak', () => {
    expect(zh.models.notLiveNote).toBe('不在密钥的模型列表中');
    expect(zh.answers.rateLimitedFix).toContain('请求频率上限');
    expect(zh.doctor.prefixMissing('agents.defaults.model.primary', 'qwen3-max', 'aisa/qwen3-max')).toContain('"Unknown model"');
    expect(zh.doctor.staleIds('a')).toContain('"no available channel"');
    expect(zh.onboard.staleCorrected('a', 'b')).toContain('"no available channel"');
  });

  it('one word per idea, everywhere', () => {
    const banned: [RegExp, string][] = [
      [/密钥引用/, 'SecretRef'],
      [/引导选项/, '认证选项'],
      [/只有你/, '仅你本人可读'],
      [/应答/, '响应 (HTTP) or 回复 (a model)'],
      [/提供商块|提供商配置(?!块)/, '提供商配置块'],
      [/停用/, '禁用'],
      [/聊天请求/, '对话请求'],
      [/限额(?!度)/, '额度 (the key) or 请求频率上限 (the rate)'],
      [/密钥余额|余额不多|余额信息/, '额度 is the key’s, 余额 the account’s'],
      [/OpenClaw 网关/, 'OpenClaw Gateway'],
      [/模型未找到|“无可用渠道”/, 'the literal text, then its meaning'],
    ];
    const found = allTexts().flatMap(({ key, text }) => banned.filter(([re]) => re.test(text)).map(([, want]) => `${key}: ${text} (want ${want})`));
    expect(found).toEqual([]);
  });

  it('one fix label, 解决方法：, and no second colon right after it', () => {
    expect(zh.doctor.fixLabel).toBe('解决方法：');
    expect(zh.cli.fixPrefix).toBe('解决方法：');
    const fixes = allTexts().filter(({ key }) => /fix/i.test(key.split('.').pop()!) && key !== 'doctor.fixLabel' && !key.startsWith('cli.'));
    expect(fixes.length).toBeGreaterThan(60);
    const double = fixes.filter(({ text }) => /^[^，。；：\n]{0,12}：/.test(text));
    expect(double.map(({ key, text }) => `${key}: ${text}`)).toEqual([]);
    expect(zh.models.closest('a、b')).not.toMatch(/^[^，。]{0,8}：/);
    expect(zh.doctor.validIds('a、b')).not.toContain('：');
  });

  it('no space after a full-width colon; 应为 takes none before Chinese', () => {
    expect(allTexts().filter(({ text }) => /：[ \t]/.test(text)).map(({ key }) => key)).toEqual([]);
    expect(zh.cli.invalidValue('--model', 'x', zh.onboard.modelIdShape)).toContain('应为模型 ID');
    expect(zh.cli.invalidValue('--key-storage', 'x', 'env-file、env')).toContain('应为 env-file');
  });

  it('lists are joined with 、 where the code builds them', async () => {
    const r = await zhRun(['doctor', '--only', 'nope,nada']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('nope、nada');
    expect(r.err).toMatch(/config-found、/);
    expect(r.err).not.toMatch(/[a-z], [a-z]/);
    const t = await zhRun(['doctor', '--target', 'nope']);
    expect(t.err).toContain('openclaw、picoclaw');
  });

  it('a question that ends in a full-width colon is not followed by a space (inquirer adds one)', () => {
    setLang('zh-CN');
    const message = promptTheme(makeColors(false)).style.message(zh.onboard.askKey);
    setLang('en');
    expect(message).toBe('AIsa API 密钥（sk-…）');
  });

  it("the model picker's rows line up in columns, the 当前 mark counted two columns a character", () => {
    setLang('zh-CN');
    const rows = modelRows(['qwen3-max', 'deepseek-v3.1', 'kimi-k2.5'], 'kimi-k2.5');
    setLang('en');
    const column = (name: string) => displayWidth(name.slice(0, name.search(/\d+K /)));
    expect(rows.find((r) => r.id === 'kimi-k2.5')!.name).toContain('（当前）');
    expect(new Set(rows.map((r) => column(r.name))).size).toBe(1);
  });

  it('the skill names the Chinese models in Chinese too, so a Chinese request finds it', () => {
    const skill = readFileSync(resolve(import.meta.dirname, '../../skills/aisa/SKILL.md'), 'utf8');
    const description = /^description: (.+)$/m.exec(skill)![1]!;
    for (const name of ['通义千问', '深度求索', '月之暗面', '智谱']) expect(description).toContain(name);
  });
});

describe('help, in both languages', () => {
  it.each([
    ['en', 'Usage:', 'Examples:'],
    ['zh-CN', '用法：', '示例：'],
  ])('%s: usage first, examples last, on every screen', async (lang, usage, examples) => {
    for (const argv of [['--help'], ['onboard', '--help'], ['doctor', '--help'], ['models', '--help']]) {
      const r = await runMain([...argv, '--lang', lang], { home: tempHome() });
      expect(r.out.indexOf(usage), argv.join(' ')).toBe(0);
      expect(r.out.indexOf(examples), argv.join(' ')).toBeGreaterThan(r.out.indexOf(usage));
    }
  });

  it('zh: no space after 用法：, and no line broken inside a short bracket or a <placeholder>', async () => {
    const r = await runMain(['onboard', '--help', '--lang', 'zh-CN'], { home: tempHome() });
    expect(r.out).toMatch(/^用法：aisa-setup onboard/);
    expect(r.out).toContain('（默认：qwen3-max）');
    expect(r.out).toContain('<状态目录>/.env');
    for (const line of r.out.split('\n')) expect(line, line).not.toMatch(/[（<‹][^）>›]{0,3}$/);
    // Nor inside a short label (`默认：`, `环境变量：`), in a long parenthesis too.
    const root = await runMain(['--help', '--lang', 'zh-CN'], { home: tempHome() });
    for (const line of [...r.out.split('\n'), ...root.out.split('\n')]) expect(line, line).not.toMatch(/(默|环境|环境变)$/);
  });
});
