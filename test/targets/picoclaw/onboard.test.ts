import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli, type CliRun } from '../../support/cli.js';
import { tempHome } from '../../support/home.js';
import { startFakeGateway, TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { loadLikePicoClaw } from '../../support/picoclaw-loader.js';
import { looksStrict, PICO_FIXTURES, picoHome, unexpectedRemovals } from '../../support/picoclaw.js';

const KEY = TEST_KEYS.good;
const file = fileGateway({ secrets: [KEY] });

const pico = (home: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> =>
  file.runCli(['onboard', '--target', 'picoclaw', '--non-interactive', '--base-url', file.gw.baseUrl, ...args], { home, env: { AISA_API_KEY: KEY, ...env } });

const PicoDoc = z.object({
  ok: z.literal(true),
  target: z.literal('picoclaw'),
  providerId: z.string(),
  configPath: z.string(),
  version: z.number().int().min(0).max(3),
  backupPath: z.string().nullable(),
  changed: z.boolean(),
  dryRun: z.boolean(),
  keyMasked: z.string().regex(/^sk-…[A-Za-z0-9]{4}$/),
  keyFile: z.string(),
  provider: z.object({ baseUrl: z.string(), models: z.array(z.string()) }),
  defaultModel: z.string().nullable(),
  fallbacks: z.array(z.string()),
  balance: z.object({}).passthrough().nullable(),
  warnings: z.array(z.string()),
  diffs: z.array(z.object({ path: z.string(), diff: z.string() })).optional(),
});

const mode = (p: string) => statSync(p).mode & 0o777;

describe('onboard --target picoclaw', () => {
  it("seed 002's file: inline api_keys kept as the file does, the object default replaced by model_name + model_fallbacks, nothing else changed; a second run is a no-op", async () => {
    const home = tempHome();
    const { config } = picoHome(home, 'seed-002');
    const before = readFileSync(config, 'utf8');
    const r = await pico(home, ['--model', 'qwen3-max', '--fallback', 'deepseek-v3.1', '--models', 'qwen3-max,kimi-k2.5', '--json'], { PICOCLAW_HOME: `${home}/.picoclaw` });
    expect(r.code, r.stderr).toBe(0);
    const doc = PicoDoc.parse(JSON.parse(r.stdout));
    expect(doc).toMatchObject({ version: 0, defaultModel: 'aisa/qwen3-max', fallbacks: ['aisa/deepseek-v3.1'], keyFile: config });
    const after = readFileSync(config, 'utf8');
    expect(looksStrict(after)).toBe(true);
    expect(unexpectedRemovals(before, after, ['model', 'primary', 'fallbacks'])).toEqual(['      },']);
    const cfg = JSON.parse(after);
    expect(cfg.model_list.slice(0, 2)).toEqual(JSON.parse(before).model_list);
    expect(cfg.model_list.slice(2)).toEqual(
      ['qwen3-max', 'deepseek-v3.1', 'kimi-k2.5'].map((id) => ({ model_name: `aisa/${id}`, model: `openai/${id}`, api_base: file.gw.baseUrl, api_keys: [KEY], enabled: true })),
    );
    expect(cfg.agents.defaults).toEqual({ max_tokens: 8192, model_name: 'aisa/qwen3-max', model_fallbacks: ['aisa/deepseek-v3.1'] });
    expect(existsSync(`${config}.bak`)).toBe(true);
    expect(mode(config)).toBe(0o600);

    const again = await pico(home, ['--model', 'qwen3-max', '--fallback', 'deepseek-v3.1', '--models', 'qwen3-max,kimi-k2.5', '--json'], { PICOCLAW_HOME: `${home}/.picoclaw` });
    expect(PicoDoc.parse(JSON.parse(again.stdout)).changed).toBe(false);
    expect(readFileSync(config, 'utf8')).toBe(after);
  });

  it('a file with .security.yml: model_name + keys there under name:0 (comments and tokens kept), tabs kept, no api_keys in config.json', async () => {
    const home = tempHome();
    const { config, security } = picoHome(home, 'newer');
    const before = readFileSync(config, 'utf8');
    const secBefore = readFileSync(security, 'utf8');
    const r = await pico(home, ['--model', 'qwen3-max', '--models', 'qwen3-max', '--skip-validation', '--json'], { PICOCLAW_CONFIG: config });
    expect(r.code, r.stderr).toBe(0);
    expect(PicoDoc.parse(JSON.parse(r.stdout))).toMatchObject({ version: 1, keyFile: security, defaultModel: 'aisa/qwen3-max' });
    const after = readFileSync(config, 'utf8');
    expect(looksStrict(after)).toBe(true);
    expect(unexpectedRemovals(before, after, ['model_name'])).toEqual([]);
    expect(after).toContain('\t\t{\n\t\t\t"model_name": "aisa/qwen3-max",\n\t\t\t"model": "openai/qwen3-max",\n');
    const cfg = JSON.parse(after);
    expect(cfg.agents.defaults).toEqual({ workspace: '~/.picoclaw/workspace', model_name: 'aisa/qwen3-max' });
    expect(cfg.model_list[1]).toEqual({ model_name: 'aisa/qwen3-max', model: 'openai/qwen3-max', api_base: file.gw.baseUrl, enabled: true });
    const sec = readFileSync(security, 'utf8');
    expect(sec.startsWith(secBefore.split('\n\nchannels')[0]!)).toBe(true);
    expect(sec).toContain(`  "aisa/qwen3-max:0":\n    api_keys:\n      - "${KEY}"\n`);
    expect(sec).toContain('channels:\n  telegram:\n    token: "1234567890:ABCdefGHIjklMNOpqrsTUVwxyz"\n');
    expect(mode(security)).toBe(0o600);

    const again = await pico(home, ['--model', 'qwen3-max', '--models', 'qwen3-max', '--skip-validation', '--json'], { PICOCLAW_CONFIG: config });
    expect(PicoDoc.parse(JSON.parse(again.stdout)).changed).toBe(false);
    expect(readFileSync(security, 'utf8')).toBe(sec);
  });

  it('writes a version-3 file when there is none, with the live chat models, the key in .security.yml', async () => {
    const home = tempHome();
    const { config } = picoHome(home);
    const r = await pico(home, ['--json']);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(config, 'utf8');
    expect(looksStrict(text)).toBe(true);
    expect(text.startsWith('{\n  "version": 3,\n  "model_list": [\n    {\n      "model_name": "aisa/qwen3-max",')).toBe(true);
    const cfg = JSON.parse(text);
    expect(cfg.agents.defaults).toEqual({ model_name: 'aisa/qwen3-max' });
    expect(cfg.model_list.map((e: { model_name: string }) => e.model_name)).toEqual(['aisa/qwen3-max', 'aisa/qwen-plus-2025-12-01', 'aisa/deepseek-v3.1', 'aisa/kimi-k2.5']);
  });

  it('--dry-run shows a masked diff and writes nothing; a legacy string default becomes model_name (zh-CN)', async () => {
    const home = tempHome();
    const { config } = picoHome(home);
    const original = JSON.stringify({ model_list: [], agents: { defaults: { model: 'x' } } }, null, 2) + '\n';
    writeFileSync(config, original);
    const r = await pico(home, ['--lang', 'zh-CN', '--model', 'qwen3-max', '--skip-validation', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('试运行');
    expect(r.stdout).toContain('"aisa/qwen3-max:0"');
    expect(r.stdout).toContain('      - "sk-…');
    expect(r.stdout).toContain('-      "model": "x"');
    expect(r.stdout).toContain('+      "model_name": "aisa/qwen3-max"');
    expect(readFileSync(config, 'utf8')).toBe(original);
  });

  it('human summary in English names the version, the default fields and where the key went', async () => {
    const home = tempHome();
    picoHome(home, 'newer');
    const r = await pico(home, ['--skip-validation', '--models', 'qwen3-max']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('PicoClaw config version 1: the default in agents.defaults.model_name, fallbacks in agents.defaults.model_fallbacks.');
    expect(r.stdout).not.toMatch(/seed|layout/i);
    expect(r.stdout).toContain('.security.yml (0600)');
    // A default of another gateway stays: this is AIsa's first run, and gpt-5.4 was the user's choice.
    expect(r.stdout).toContain('Default model: aisa/qwen3-max');
  });

  it("seed 002's failover file: its default is qwen-main for onboard as for doctor --fix; --keep-default keeps it, without a word otherwise replaced", async () => {
    const home = tempHome();
    const { config } = picoHome(home);
    copyFileSync(join(PICO_FIXTURES, 'seed-002-failover.json'), config);
    const kept = await pico(home, ['--skip-validation', '--keep-default', '--json']);
    expect(kept.code, kept.stderr).toBe(0);
    expect(PicoDoc.parse(JSON.parse(kept.stdout)).defaultModel).toBe('qwen-main');
    expect(kept.stderr).not.toContain('The default was');
    expect(JSON.parse(readFileSync(config, 'utf8')).agents.defaults).toMatchObject({ model_name: 'qwen-main', model_fallbacks: ['deepseek-backup', 'gemini-backup'] });

    const other = tempHome();
    copyFileSync(join(PICO_FIXTURES, 'seed-002-failover.json'), picoHome(other).config);
    const replaced = await pico(other, ['--skip-validation', '--json']);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stderr).toContain("The default was qwen-main, another provider's; it is now aisa/qwen3-max.");
  });

  it('--keep-default --fallback: the fallbacks are written after the kept model_name, as --json says', async () => {
    const home = tempHome();
    const { config } = picoHome(home);
    copyFileSync(join(PICO_FIXTURES, 'v3-model-name.json'), config);
    const r = await pico(home, ['--skip-validation', '--keep-default', '--fallback', 'qwen3-max', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(PicoDoc.parse(JSON.parse(r.stdout))).toMatchObject({ defaultModel: 'local-llama', fallbacks: ['aisa/qwen3-max'] });
    expect(JSON.parse(readFileSync(config, 'utf8')).agents.defaults).toMatchObject({ model_name: 'local-llama', model_fallbacks: ['aisa/qwen3-max'] });
  });

  it('a kept fallback of ours that model_list lacks gets its entry: PicoClaw resolves every name of the chain', async () => {
    const home = tempHome();
    const { config } = picoHome(home);
    const agents = { defaults: { model_name: 'aisa/qwen3-max', model_fallbacks: ['aisa/deepseek-v3.1', 'local-llama'] } };
    const list = [
      { model_name: 'aisa/qwen3-max', model: 'openai/qwen3-max', api_base: file.gw.baseUrl, api_keys: [KEY], enabled: true },
      { model_name: 'local-llama', model: 'ollama/llama3.3', api_base: 'http://localhost:11434/v1', enabled: true },
    ];
    writeFileSync(config, JSON.stringify({ version: 3, agents, model_list: list }, null, 2));
    expect(loadLikePicoClaw(readFileSync(config, 'utf8')).unresolved).toEqual(['aisa/deepseek-v3.1']);
    const r = await pico(home, ['--skip-validation', '--models', 'qwen3-max', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(PicoDoc.parse(JSON.parse(r.stdout)).fallbacks).toEqual(['aisa/deepseek-v3.1', 'local-llama']);
    const load = loadLikePicoClaw(readFileSync(config, 'utf8'));
    expect(load.errors).toEqual([]);
    expect(load.unresolved).toEqual([]);
    expect(load.fallbacks.map((m) => `${m.protocol}/${m.upstream}`)).toEqual(['openai/deepseek-v3.1', 'ollama/llama3.3']);
  });

  it('a re-run without --base-url keeps the api_base our entries already use', async () => {
    const home = tempHome();
    const { config } = picoHome(home);
    expect((await pico(home, ['--skip-validation', '--models', 'qwen3-max', '--json'])).code).toBe(0);
    const again = await file.runCli(['onboard', '--target', 'picoclaw', '--non-interactive', '--skip-validation', '--models', 'qwen3-max,kimi-k2.5', '--json'], { home, env: { AISA_API_KEY: KEY } });
    expect(again.code, again.stderr).toBe(0);
    expect(PicoDoc.parse(JSON.parse(again.stdout)).provider.baseUrl).toBe(file.gw.baseUrl);
    const cfg = JSON.parse(readFileSync(config, 'utf8'));
    expect(cfg.model_list.map((e: { api_base: string }) => e.api_base)).toEqual([file.gw.baseUrl, file.gw.baseUrl]);
  });

  it('refuses a config with comments (exit 3, file:line:column), --profile and --key-storage env (exit 2)', async () => {
    const home = tempHome();
    const { config } = picoHome(home);
    writeFileSync(config, '{\n  // my models\n  "model_list": []\n}\n');
    const bad = await pico(home, ['--json']);
    expect(bad.code).toBe(3);
    expect(JSON.parse(bad.stdout).error.message).toMatch(/config\.json:2:3: not valid JSON/);
    expect((await pico(home, ['--profile', 'x', '--json'])).code).toBe(2);
    expect((await pico(home, ['--key-storage', 'env', '--json'])).code).toBe(2);
  });

  it('sets up another gateway in PicoClaw too: sealos/… entries beside aisa/…', async () => {
    const sealos = await startFakeGateway({ keys: { 'sk-fakeSealos0123456789abcdefGHIJKLMNOPqrstu': 'ok' }, models: ['glm-4-flash'] });
    try {
      const home = tempHome();
      const { config } = picoHome(home);
      expect((await pico(home, ['--skip-validation', '--models', 'qwen3-max', '--json'])).code).toBe(0);
      const r = await runCli(['onboard', '--target', 'picoclaw', '--provider-id', 'sealos', '--base-url', sealos.baseUrl, '--json'], {
        home,
        env: { SEALOS_API_KEY: 'sk-fakeSealos0123456789abcdefGHIJKLMNOPqrstu' },
      });
      expect(r.code, r.stderr).toBe(0);
      const cfg = JSON.parse(readFileSync(config, 'utf8'));
      expect(cfg.model_list.map((e: { model_name: string }) => e.model_name)).toEqual(['aisa/qwen3-max', 'sealos/glm-4-flash']);
      expect(cfg.agents.defaults).toEqual({ model_name: 'aisa/qwen3-max' });
    } finally {
      await sealos.close();
    }
  });
});

describe('onboard --target picoclaw in Chinese', () => {
  it('joins the summary lists with 、 as the rest of the Chinese output does', async () => {
    const home = tempHome();
    picoHome(home);
    const r = await pico(home, ['--lang', 'zh-CN', '--models', 'qwen3-max,kimi-k2.5', '--fallback', 'kimi-k2.5']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('aisa/qwen3-max、aisa/kimi-k2.5');
    expect(r.stdout).not.toMatch(/aisa\/[\w.-]+, aisa\//);
  });
});

describe('onboard --target picoclaw and the balance', () => {
  it('says what the key has left when the gateway reports it, and null in --json when it does not', async () => {
    const billed = await startFakeGateway({ billing: { hardLimitUsd: 25.5, totalUsageCents: 1234 } });
    try {
      const home = tempHome();
      picoHome(home);
      const r = await file.runCli(['onboard', '--target', 'picoclaw', '--non-interactive', '--base-url', billed.baseUrl, '--models', 'qwen3-max'], { home, env: { AISA_API_KEY: KEY } });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain("Balance: the key's quota: $13.16 left of $25.50");
    } finally {
      await billed.close();
    }
    // AIsa's own route: the key's cap and the account's wallet, apart.
    const aisa = await startFakeGateway({ credits: { availableMicros: 3_200_000, key: { remainingMicros: 12_500_000 } } });
    try {
      const home = tempHome();
      picoHome(home);
      const r = await file.runCli(['onboard', '--target', 'picoclaw', '--non-interactive', '--base-url', aisa.baseUrl, '--models', 'qwen3-max', '--json'], { home, env: { AISA_API_KEY: KEY } });
      expect(JSON.parse(r.stdout).balance).toMatchObject({ source: 'credits', figures: ['key', 'account'], key: { remainingMicros: '12500000' }, account: { availableMicros: '3200000' } });
    } finally {
      await aisa.close();
    }
    const home = tempHome();
    picoHome(home);
    const r = await pico(home, ['--models', 'qwen3-max', '--json']);
    expect(PicoDoc.parse(JSON.parse(r.stdout)).balance).toBeNull();
  });
});
