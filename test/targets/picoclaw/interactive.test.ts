// onboard --target picoclaw on a terminal: the masked key question, the preview and "Write these
// changes?", and what --yes, --dry-run, Ctrl-C and "no" do. Driven through an injected prompts
// object (the questions are recorded and answered in order); files are real, in a temp HOME.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseOnboardFlags } from '../../../src/commands/onboard-flags.js';
import { CliError, ExitCode } from '../../../src/errors.js';
import { runInteractiveOnboard as runPicoclawOnboard, runOnboard } from '../../../src/commands/onboard.js';
import { cancelledError, type Prompts } from '../../../src/ui/prompts.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { makeHarness, type Harness } from '../../support/onboard-harness.js';
import { picoHome } from '../../support/picoclaw.js';

let h: Harness | undefined;
const file = fileGateway();

type Asked = { kind: 'password' | 'confirm' | 'select' | 'probe'; message: string; validate?: (v: string) => true | string };

/**
 * A prompts object answering from a script; anything else asked fails the test. A key found in
 * the environment is kept when offered (select), and the test chat offered after the write is declined.
 */
function scripted(answers: { password?: string; confirm?: boolean | 'cancel' }): { prompts: Prompts; asked: Asked[] } {
  const asked: Asked[] = [];
  const unexpected = (what: string) => () => Promise.reject(new Error(`unexpected ${what} question`));
  const prompts: Prompts = {
    password: async (o) => {
      asked.push({ kind: 'password', message: o.message, ...(o.validate ? { validate: o.validate } : {}) });
      if (answers.password === undefined) throw new Error('unexpected key question');
      return answers.password;
    },
    confirm: async (o) => {
      if (o.message.startsWith('Send one small test chat')) {
        asked.push({ kind: 'probe', message: o.message });
        return false;
      }
      asked.push({ kind: 'confirm', message: o.message });
      if (answers.confirm === 'cancel') throw cancelledError();
      if (answers.confirm === undefined) throw new Error('unexpected confirmation');
      return answers.confirm;
    },
    select: async (o) => {
      asked.push({ kind: 'select', message: o.message });
      if (o.message !== 'An AIsa key is already set up:') throw new Error(`unexpected select question: ${o.message}`);
      return true as never;
    },
    search: unexpected('search'),
    checkbox: unexpected('checkbox'),
  };
  return { prompts, asked };
}

/** A terminal: stdin and stdout are TTYs. The PicoClaw home is the harness's temp HOME. */
function terminal(env: Record<string, string> = {}): { h: Harness; config: string } {
  h = makeHarness({ input: new PassThrough(), baseUrl: file.gw.baseUrl, env });
  // A terminal's stream: the spinner moves the cursor on it.
  Object.assign(h.ctx.io.stdout, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  h.ctx.opts.target = 'picoclaw';
  const { config } = picoHome(h.home);
  return { h, config };
}

const run = (hh: Harness, flags: Record<string, unknown>, prompts: Prompts) => runPicoclawOnboard(hh.ctx, parseOnboardFlags({ model: 'qwen3-max', models: 'qwen3-max', fallback: [], ...flags }), { prompts });

describe('onboard --target picoclaw on a terminal', () => {
  it('shows the masked diff and asks "Write these changes?" before writing', async () => {
    const { h, config } = terminal({ AISA_API_KEY: TEST_KEYS.good });
    const { prompts, asked } = scripted({ confirm: true });
    expect(await run(h, {}, prompts)).toBe(0);
    expect(asked.map((a) => a.kind)).toEqual(['select', 'confirm', 'probe']);
    expect(asked[1]!.message).toBe('Write these changes?');
    const out = h.stdout();
    expect(out).toContain('These changes will be made:');
    expect(out).toContain('+      "model_name": "aisa/qwen3-max",');
    expect(out).toContain('"aisa/qwen3-max:0":\n+    api_keys:\n+      - "sk-…');
    expect(out).not.toContain(TEST_KEYS.good);
    // The preview comes before the summary of the write.
    expect(out.indexOf('These changes will be made:')).toBeLessThan(out.indexOf('Created '));
    expect(JSON.parse(readFileSync(config, 'utf8')).model_list[0].model_name).toBe('aisa/qwen3-max');
  });

  it('"no" and Ctrl-C both end with exit 130 and write nothing', async () => {
    for (const answer of [false, 'cancel'] as const) {
      const { h, config } = terminal({ AISA_API_KEY: TEST_KEYS.good });
      const original = '{\n  "model_list": []\n}\n';
      writeFileSync(config, original);
      const err = await run(h, {}, scripted({ confirm: answer }).prompts).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).exitCode).toBe(ExitCode.cancelled);
      expect((err as CliError).message).toBe('Cancelled. Nothing was written.');
      expect(readFileSync(config, 'utf8')).toBe(original);
      expect(existsSync(`${config}.bak`)).toBe(false);
      h.cleanup();
    }
  });

  it('--yes writes without asking; --dry-run shows the diff without asking', async () => {
    const yes = terminal({ AISA_API_KEY: TEST_KEYS.good });
    const a = scripted({});
    expect(await run(yes.h, { yes: true }, a.prompts)).toBe(0);
    // --yes skips the write's confirmation (and the test chat's offer), not the key's question.
    expect(a.asked.map((q) => q.kind)).toEqual(['select']);
    expect(existsSync(yes.config)).toBe(true);
    yes.h.cleanup();

    const dry = terminal({ AISA_API_KEY: TEST_KEYS.good });
    const b = scripted({});
    expect(await run(dry.h, { dryRun: true }, b.prompts)).toBe(0);
    expect(b.asked.map((q) => q.kind)).toEqual(['select']);
    expect(dry.h.stdout()).toContain('Dry run');
    expect(existsSync(dry.config)).toBe(false);
  });

  it('asks for a missing key with a masked prompt that checks its shape, and writes it', async () => {
    const { h, config } = terminal();
    const { prompts, asked } = scripted({ password: `${TEST_KEYS.good}\n`, confirm: true });
    expect(await run(h, {}, prompts)).toBe(0);
    expect(asked.map((a) => a.kind)).toEqual(['password', 'confirm', 'probe']);
    const question = asked[0]!;
    expect(question.message).toBe('AIsa API key (sk-…):');
    expect(question.validate!('')).toMatch(/empty|no key/i);
    expect(question.validate!('"sk-abc def"')).not.toBe(true);
    expect(question.validate!(TEST_KEYS.good)).toBe(true);
    expect(h.stdout()).not.toContain('no terminal to ask on');
    expect(readFileSync(config.replace(/config\.json$/, '.security.yml'), 'utf8')).toContain(`"aisa/qwen3-max:0":\n    api_keys:\n      - "${TEST_KEYS.good}"`);
  });

  it('without a terminal nothing is asked: a missing key is still exit 2', async () => {
    const { h } = terminal();
    (h.ctx.io.stdout as { isTTY?: boolean }).isTTY = false;
    const err = await runOnboard(h.ctx, { model: 'qwen3-max', models: 'qwen3-max', fallback: [] }, [], { prompts: scripted({}).prompts }).catch((e: unknown) => e);
    expect((err as CliError).exitCode).toBe(ExitCode.usage);
    expect((err as CliError).message).toContain('no terminal to ask on');
    expect(existsSync(join(h.home, '.picoclaw', 'config.json'))).toBe(false);
  });
});

describe('onboard --target picoclaw asks what OpenClaw onboarding asks', () => {
  it('without --model: the default (searchable), the fallbacks and the models to declare, then writes them', async () => {
    const { h, config } = terminal({ AISA_API_KEY: TEST_KEYS.good });
    const { prompts: base, asked } = scripted({ confirm: true });
    const lists: string[] = [];
    const checkboxAnswers = [['deepseek-v3.1'], []];
    const prompts: Prompts = {
      ...base,
      search: async (o) => {
        lists.push(o.message);
        const shown = await o.source('kimi');
        expect(shown.map((c) => (c as { value: string }).value)).toContain('kimi-k2.5');
        return 'kimi-k2.5' as never;
      },
      checkbox: async (o) => {
        lists.push(o.message);
        return checkboxAnswers.shift() as never;
      },
    };
    expect(await runPicoclawOnboard(h.ctx, parseOnboardFlags({}), { prompts })).toBe(0);
    expect(lists).toEqual(['Default model (type to search):', expect.stringMatching(/^Fallbacks/), 'Other models to add, to switch to them in PicoClaw later:']);
    // Opens as OpenClaw's flow does: where the config is, before any question.
    expect(h.stdout().split('\n')[0]).toBe(`Config: ${config} (the default location), will be created; no aisa/… entries yet.`);
    // The summary lists the ids as OpenClaw's does, and names PicoClaw's model_name apart.
    expect(h.stdout()).toContain('2 models declared: kimi-k2.5, deepseek-v3.1');
    expect(h.stdout()).toContain("Model names (model_name) in PicoClaw's model_list: aisa/kimi-k2.5, aisa/deepseek-v3.1");
    expect(asked.map((a) => a.kind)).toEqual(['select', 'confirm', 'probe']);
    const cfg = JSON.parse(readFileSync(config, 'utf8'));
    expect(cfg.agents.defaults).toEqual({ model_name: 'aisa/kimi-k2.5', model_fallbacks: ['aisa/deepseek-v3.1'] });
    expect(cfg.model_list.map((e: { model_name: string }) => e.model_name)).toEqual(['aisa/kimi-k2.5', 'aisa/deepseek-v3.1']);
  });
});

describe('onboard --target picoclaw with a refused key on a terminal', () => {
  it('says why and asks again, then writes the key that was accepted', async () => {
    const { h, config } = terminal({ AISA_API_KEY: TEST_KEYS.invalid });
    const { prompts, asked } = scripted({ password: TEST_KEYS.good, confirm: true });
    expect(await run(h, {}, prompts)).toBe(0);
    expect(asked.map((a) => a.kind)).toEqual(['select', 'password', 'confirm', 'probe']);
    expect(h.stdout()).toMatch(/✖ .*key/i);
    expect(readFileSync(join(config, '../.security.yml'), 'utf8')).toContain(TEST_KEYS.good);
    expect(h.stdout() + h.stderr()).not.toContain(TEST_KEYS.invalid);
  });
});

describe("onboard --target picoclaw and the user's own default on a terminal", () => {
  it('offers to keep it first; keeping it writes our entries and leaves model_name as it was', async () => {
    const { h, config } = terminal({ AISA_API_KEY: TEST_KEYS.good });
    writeFileSync(config, JSON.stringify({ version: 3, agents: { defaults: { model_name: 'gpt-5.4' } }, model_list: [{ model_name: 'gpt-5.4', model: 'openai/gpt-5.4', api_keys: ['sk-proj-mine'], enabled: true }] }, null, 2));
    const { prompts: base } = scripted({ confirm: true });
    let first: unknown;
    const prompts: Prompts = {
      ...base,
      search: async (o) => {
        first = (await o.source(''))[0];
        return null as never;
      },
      checkbox: async () => [] as never,
    };
    expect(await runPicoclawOnboard(h.ctx, parseOnboardFlags({ models: 'qwen3-max' }), { prompts })).toBe(0);
    expect(first).toMatchObject({ value: null, name: expect.stringContaining('gpt-5.4') });
    const cfg = JSON.parse(readFileSync(config, 'utf8'));
    expect(cfg.agents.defaults.model_name).toBe('gpt-5.4');
    expect(cfg.model_list.map((e: { model_name: string }) => e.model_name)).toEqual(['gpt-5.4', 'aisa/qwen3-max']);
  });
});
