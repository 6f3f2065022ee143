import { describe, expect, it } from 'vitest';
import { runMain } from '../support/in-process.js';

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runMain(argv, { home: '/nonexistent-home', env, cwd: '/' });

describe('argument handling (exit 2 with a message that says what to do)', () => {
  it.each([
    [['onbaord'], 'error: unknown command onbaord; did you mean onboard?', 'aisa-setup --help'],
    [['models', 'sett', 'x'], 'error: unknown command sett; did you mean set?', 'aisa-setup models --help'],
    [['frobnicate'], 'error: unknown command frobnicate\n', 'aisa-setup --help'],
    [['onboard', '--frob'], 'error: unknown option --frob', 'fix: Run aisa-setup onboard --help to see every option.'],
    [['models', 'fallbacks', '--clar'], 'unknown option --clar', 'Run aisa-setup models fallbacks --help'],
    [['onboard', '--config='], 'invalid value "" for --config', '--help'],
    [['doctor', '--timeout', '0'], 'expected a number of seconds, more than 0 and at most 600', '--help'],
    [['doctor', '--timeout', 'soon'], 'invalid value "soon" for --timeout', '--help'],
    [['--lang', 'fr', 'doctor'], 'invalid value "fr" for --lang', '--help'],
    [['onboard', '--key-storage', 'vault'], 'expected env-file, env, inline', '--help'],
    [['models', '--target', 'picoclaw', '--provider-id', 'sealos', '--offline'], 'not available here', 'aisa-setup onboard --model <id> --target picoclaw --provider-id sealos'],
  ])('%j', async (argv, message, help) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain(help);
    expect(r.out).toBe('');
  });

  it.each([
    [['doctr', '--fix'], 'error: unknown command doctr; did you mean doctor?\n', 'aisa-setup --help'],
    [['onboard', '--dryrun'], 'error: unknown option --dryrun; did you mean --dry-run?\n', 'aisa-setup onboard --help'],
    [['onboard', '--modle', 'x'], 'error: unknown option --modle; did you mean --model?\n', 'aisa-setup onboard --help'],
    [['doctor', '--fixx'], 'error: unknown option --fixx; did you mean --fix?\n', 'aisa-setup doctor --help'],
    [['--jsonn', 'doctor'], 'error: unknown option --jsonn; did you mean --json?\n', 'aisa-setup doctor --help'],
  ])('a typo gets a "did you mean": %j', async (argv, message, help) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain(help);
  });

  it('a typo of a flag, in Chinese', async () => {
    const r = await run(['onboard', '--dryrun'], { LANG: 'zh_CN.UTF-8' });
    expect(r.err).toContain('你是不是想输入 --dry-run？');
  });

  it('speaks Chinese with full-width punctuation', async () => {
    const r = await run(['models', 'sett', 'x'], { LANG: 'zh_CN.UTF-8' });
    expect(r.err).toBe('错误：未知命令 sett，你是不是想输入 set？\n解决方法：运行 aisa-setup models --help 查看可用命令。\n');
  });

  it('without a command and without a terminal: help on stderr, exit 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: aisa-setup');
    expect(r.err).toContain('No command given and no terminal to ask on.');
    expect(r.err).not.toContain('fix:');
  });

  it('help lists every global flag with its environment variable and default', async () => {
    const r = await run(['onboard', '--help']);
    expect(r.code).toBe(0);
    for (const s of ['--config <path>', 'OPENCLAW_CONFIG_PATH', '--base-url <url>', 'AISA_BASE_URL', 'https://api.aisa.one/v1', '--timeout', 'default: 15', '--aisa-api-key-stdin', '--key-storage', '--no-color', 'NO_COLOR']) {
      expect(r.out).toContain(s);
    }
  });
});

describe('models subcommands: help lists only what each one does', () => {
  it.each([
    [['models', 'list', '--help'], ['--offline'], ['--dry-run', '--yes']],
    [['models', 'set', '--help'], ['--offline', '--dry-run'], ['--yes', 'without asking']],
    [['models', 'fallbacks', '--help'], ['--offline', '--dry-run', '--clear'], ['--yes', 'without asking']],
  ])('%j', async (argv, shown, hidden) => {
    const r = await run(argv);
    expect(r.code).toBe(0);
    for (const s of shown) expect(r.out).toContain(s);
    for (const s of hidden) expect(r.out).not.toContain(s);
  });

  it('--yes is still accepted, for scripts that pass it', async () => {
    const r = await run(['models', 'set', 'qwen3-max', '--yes', '--offline']);
    expect(r.err).not.toContain('unknown option');
  });
});

describe('help [command]', () => {
  it.each([[['onboard']], [['doctor']], [['models']], [['models', 'set']], [[]]])('help %j prints the same help as --help', async (words) => {
    const viaHelp = words.length === 2 ? await run([words[0]!, 'help', words[1]!]) : await run(['help', ...words]);
    const viaFlag = await run([...words, '--help']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.out).toBe(viaFlag.out);
    expect(viaHelp.out).toContain('Usage: aisa-setup');
  });

  it('is listed, translated, at the top and under models', async () => {
    const top = await run(['--help', '--lang', 'zh-CN']);
    const models = await run(['models', '--help', '--lang', 'zh-CN']);
    for (const r of [top, models]) {
      expect(r.out).toMatch(/help \[command\]\s+显示命令的帮助/);
      expect(r.out).not.toContain('display help for command');
    }
  });
});

describe('help ends with examples (usage first, as gh prints it)', () => {
  it.each([
    [[], 'aisa-setup onboard --non-interactive --aisa-api-key-stdin'],
    [['onboard'], '--aisa-api-key-stdin'],
    [['doctor'], 'aisa-setup doctor --fix'],
    [['models'], 'aisa-setup models set kimi-k2.5'],
  ])('%j --help', async (words, example) => {
    for (const [lang, title] of [['en', 'Examples:'], ['zh-CN', '示例：']] as const) {
      const r = await run([...words, '--help', '--lang', lang]);
      expect(r.out.indexOf(title)).toBeGreaterThanOrEqual(0);
      expect(r.out.indexOf(title)).toBeGreaterThan(r.out.indexOf(lang === 'en' ? 'Usage:' : '用法：'));
      expect(r.out).toContain(example);
    }
  });
});

describe('--json says an error once: in the document on stdout, nothing of it on stderr', () => {
  it.each([
    [['onboard', '--json', '--frob'], 'usage', 2],
    [['onboard', '--json', '--non-interactive'], 'missing-key', 2],
    [['models', 'set', 'qwen3-max', '--json', '--offline', '--config', '/nonexistent-home/c.json', '--target', 'nope'], 'usage', 2],
  ])('%j', async (argv, kind, code) => {
    const r = await run(argv);
    expect(r.code).toBe(code);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ ok: false, error: { kind, message: expect.any(String) } });
    expect(r.err).not.toContain(doc.error.message);
    expect(r.err).not.toMatch(/^(error|fix): /m);
  });

  it('in Chinese too', async () => {
    const r = await run(['onboard', '--json', '--lang', 'zh-CN', '--frob']);
    expect(JSON.parse(r.out).error.message).toContain('--frob');
    expect(r.err).toBe('');
  });
});
