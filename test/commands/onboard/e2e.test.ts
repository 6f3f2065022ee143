import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pathWithOpenclaw, type CliRun } from '../../support/cli.js';
import { tempHome } from '../../support/home.js';
import { startFakeGateway, TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';

const KEY = TEST_KEYS.good;
// Every byte any run printed is scanned once, after the file: the key must never appear unmasked.
const file = fileGateway();
const outputs = file.outputs;

const onboard = (home: string, args: string[], opts: { env?: Record<string, string>; input?: string; keepStdinOpen?: boolean } = {}): Promise<CliRun> =>
  file.runCli(['onboard', '--non-interactive', '--config', join(home, '.openclaw', 'openclaw.json'), ...args], { home, ...opts });

const cfgPath = (home: string) => join(home, '.openclaw', 'openclaw.json');
const readCfg = (home: string) => JSON5.parse(readFileSync(cfgPath(home), 'utf8'));
const mode = (p: string) => statSync(p).mode & 0o777;

const JsonDoc = z.object({
  ok: z.literal(true),
  configPath: z.string(),
  backupPath: z.string().nullable(),
  changed: z.boolean(),
  keyStorage: z.enum(['env-file', 'env', 'inline']),
  envFile: z.string().endsWith('/.env').nullable(),
  keyMasked: z.string().regex(/^sk-…[A-Za-z0-9]{4}$/),
  provider: z.object({ baseUrl: z.string(), models: z.array(z.string()) }),
  defaultModel: z.string().startsWith('aisa/'),
  fallbacks: z.array(z.string()),
  warnings: z.array(z.string()),
});

describe('onboard, scripted, against the fake gateway', () => {
  it.each([
    ['flag', ['--aisa-api-key', KEY], {}],
    ['stdin', ['--aisa-api-key-stdin'], { input: `${KEY}\n` }],
    ['env', [], { env: { AISA_API_KEY: KEY } }],
  ] as const)('takes the key from %s, validates it and writes a 0600 .env', async (_source, args, opts) => {
    const home = tempHome();
    const r = await onboard(home, ['--base-url', file.gw.baseUrl, '--json', ...args], opts);
    expect(r.code, r.stderr).toBe(0);
    const doc = JsonDoc.parse(JSON.parse(r.stdout));
    expect(doc.keyStorage).toBe('env-file');
    expect(doc.provider.models).toEqual(['qwen3-max', 'qwen-plus-2025-12-01', 'deepseek-v3.1', 'kimi-k2.5']);
    const cfg = readCfg(home);
    expect(cfg.models.providers.aisa.apiKey).toEqual({ source: 'env', provider: 'default', id: 'AISA_API_KEY' });
    expect(cfg.models.providers.aisa.baseUrl).toBe(file.gw.baseUrl);
    expect(readFileSync(join(home, '.openclaw', '.env'), 'utf8')).toBe(`AISA_API_KEY=${KEY}\n`);
    expect(mode(join(home, '.openclaw', '.env'))).toBe(0o600);
    expect(mode(cfgPath(home))).toBe(0o600);
    expect(mode(join(home, '.openclaw'))).toBe(0o700);
  });

  it('declares only the curated models the key can use', async () => {
    const small = await startFakeGateway({ models: ['qwen3-max', 'kimi-k2.5', 'gpt-4.1'] });
    try {
      const home = tempHome();
      const r = await onboard(home, ['--base-url', small.baseUrl, '--json', '--aisa-api-key', KEY]);
      expect(r.code, r.stderr).toBe(0);
      expect(JsonDoc.parse(JSON.parse(r.stdout)).provider.models).toEqual(['qwen3-max', 'kimi-k2.5']);
      expect(readCfg(home).agents.defaults.models['aisa/kimi-k2.5']).toEqual({ params: { temperature: 1 } });
      expect(small.requests.filter((q) => q.path === '/v1/models')).toHaveLength(1);
    } finally {
      await small.close();
    }
  });

  it('a re-run without --base-url keeps the address the config uses', async () => {
    const home = tempHome();
    expect((await onboard(home, ['--base-url', file.gw.baseUrl, '--aisa-api-key', KEY])).code).toBe(0);
    const again = await onboard(home, ['--aisa-api-key', KEY, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JsonDoc.parse(JSON.parse(again.stdout))).toMatchObject({ changed: false, provider: { baseUrl: file.gw.baseUrl } });
    expect(readCfg(home).models.providers.aisa.baseUrl).toBe(file.gw.baseUrl);
  });

  it('warns when a different AISA_API_KEY in the environment would override the saved key', async () => {
    const home = tempHome();
    const r = await onboard(home, ['--skip-validation', '--aisa-api-key', KEY, '--json'], { env: { AISA_API_KEY: TEST_KEYS.invalid } });
    expect(r.code, r.stderr).toBe(0);
    expect(JsonDoc.parse(JSON.parse(r.stdout)).warnings.join(' ')).toMatch(/environment win over \.env/);
    const same = await onboard(home, ['--skip-validation', '--json'], { env: { AISA_API_KEY: KEY } });
    expect(JsonDoc.parse(JSON.parse(same.stdout)).warnings).toEqual([]);
  });

  it('env mode writes the key nowhere and warns when the variable is missing', async () => {
    const home = tempHome();
    const r = await onboard(home, ['--base-url', file.gw.baseUrl, '--key-storage', 'env', '--aisa-api-key', KEY, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(home, '.openclaw', '.env'))).toBe(false);
    expect(readFileSync(cfgPath(home), 'utf8')).not.toContain(KEY);
    expect(JsonDoc.parse(JSON.parse(r.stdout)).warnings.join(' ')).toContain('AISA_API_KEY');
  });

  it('inline mode keeps the key in a 0600 config and masks it in the diff', async () => {
    const home = tempHome();
    const dry = await onboard(home, ['--skip-validation', '--key-storage', 'inline', '--aisa-api-key', KEY, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('"apiKey": "sk-…');
    expect(existsSync(cfgPath(home))).toBe(false);
    const r = await onboard(home, ['--skip-validation', '--key-storage', 'inline', '--aisa-api-key', KEY]);
    expect(r.code, r.stderr).toBe(0);
    expect(readCfg(home).models.providers.aisa.apiKey).toBe(KEY);
    expect(mode(cfgPath(home))).toBe(0o600);
  });

  it('replacing a key masks the old one too, in the .env and the inline diffs', async () => {
    const home = tempHome();
    mkdirSync(join(home, '.openclaw'));
    writeFileSync(join(home, '.openclaw', '.env'), 'OPENAI_API_KEY=sk-openai-0123456789xyz\n');
    expect((await onboard(home, ['--skip-validation', '--aisa-api-key', KEY])).code).toBe(0);
    const envDiff = await onboard(home, ['--skip-validation', '--aisa-api-key', TEST_KEYS.balance, '--dry-run', '--json']);
    expect(envDiff.code, envDiff.stderr).toBe(0);
    expect(envDiff.stdout).toContain('-AISA_API_KEY=sk-…uvwx');
    expect(envDiff.stdout).not.toContain('sk-openai-0123456789xyz');
    expect((await onboard(home, ['--skip-validation', '--aisa-api-key', KEY, '--key-storage', 'inline'])).code).toBe(0);
    const inline = await onboard(home, ['--skip-validation', '--aisa-api-key', TEST_KEYS.balance, '--key-storage', 'inline', '--dry-run']);
    expect(inline.stdout).toMatch(/-\s+"apiKey": "sk-…uvwx"/);
    outputs.push(envDiff.stdout, inline.stdout);
  });

  it('--dry-run writes nothing, not even the directory or the .env', async () => {
    const home = tempHome();
    const r = await onboard(home, ['--base-url', file.gw.baseUrl, '--aisa-api-key', KEY, '--dry-run', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).diffs.length).toBe(2);
    expect(readdirSync(home)).toEqual([]);
  });

  it('a second identical run changes nothing and makes no backup', async () => {
    const home = tempHome();
    const args = ['--skip-validation', '--aisa-api-key', KEY, '--model', 'deepseek-v3.1', '--fallback', 'qwen3-max'];
    expect((await onboard(home, args)).code).toBe(0);
    const first = readFileSync(cfgPath(home));
    const again = await onboard(home, [...args, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ changed: false, backupPath: null });
    expect(readFileSync(cfgPath(home)).equals(first)).toBe(true);
    expect(readdirSync(join(home, '.openclaw')).filter((f) => f.includes('.bak'))).toEqual([]);
  });

  it("names another provider's fallback as written, in the file, the summary and --json", async () => {
    const home = tempHome();
    const args = ['--skip-validation', '--aisa-api-key', KEY, '--fallback', 'openai/gpt-4o', '--fallback', 'kimi-k2.5'];
    const r = await onboard(home, args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Fallbacks: openai/gpt-4o, aisa/kimi-k2.5');
    expect(readCfg(home).agents.defaults.model.fallbacks).toEqual(['openai/gpt-4o', 'aisa/kimi-k2.5']);
    expect(readCfg(home).models.providers.aisa.models.map((m: { id: string }) => m.id)).not.toContain('openai/gpt-4o');
    const again = await onboard(home, [...args, '--json']);
    expect(JsonDoc.parse(JSON.parse(again.stdout))).toMatchObject({ changed: false, fallbacks: ['openai/gpt-4o', 'aisa/kimi-k2.5'] });
  });

  it('ends with the next commands in one aligned column, and a no-op run does not claim to save the key', async () => {
    const home = tempHome();
    const first = await onboard(home, ['--skip-validation', '--aisa-api-key', KEY], { env: { PATH: pathWithOpenclaw(home) } });
    expect(first.stdout).toContain('Key saved in');
    const next = first.stdout.split('\n').slice(first.stdout.split('\n').indexOf('Next:') + 1).filter((l) => l.trim());
    // models list, set, doctor, and (OpenClaw on PATH without the AIsa plugin) the plugin install.
    expect(next).toHaveLength(4);
    expect(next[3]).toContain('aisa-setup plugin install');
    const columns = next.map((l) => /^ {2}\S.*?\s{2,}(?=\S)/.exec(l)![0].length);
    expect(new Set(columns).size).toBe(1);
    const again = await onboard(home, ['--skip-validation', '--aisa-api-key', KEY]);
    expect(again.stdout).toContain('Already set up: nothing to change.');
    expect(again.stdout).not.toContain('Key saved in');
  });

  it('keeps every comment and other provider of a hand-written config, and backs it up', async () => {
    const home = tempHome();
    mkdirSync(join(home, '.openclaw'));
    const original = [
      '// my OpenClaw config',
      '{',
      '  /* providers */ models: { providers: { openai: { baseUrl: "https://api.openai.com/v1", models: [] } } },',
      "  channels: { telegram: { enabled: true } }, // bot",
      "  agents: { defaults: { model: 'openai/gpt-4o' } },",
      '}',
      '',
    ].join('\n');
    writeFileSync(cfgPath(home), original);
    const r = await onboard(home, ['--base-url', file.gw.baseUrl, '--aisa-api-key', KEY, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(cfgPath(home), 'utf8');
    for (const c of ['// my OpenClaw config', '/* providers */', '// bot']) expect(text).toContain(c);
    const cfg = JSON5.parse(text);
    expect(cfg.models.providers.openai).toEqual({ baseUrl: 'https://api.openai.com/v1', models: [] });
    expect(cfg.channels).toEqual({ telegram: { enabled: true } });
    expect(cfg.agents.defaults.model).toEqual({ primary: 'aisa/qwen3-max' });
    const doc = JsonDoc.parse(JSON.parse(r.stdout));
    expect(readFileSync(doc.backupPath!, 'utf8')).toBe(original);
  });

  it('edits the included file when models come from $include', async () => {
    const home = tempHome();
    mkdirSync(join(home, '.openclaw'));
    writeFileSync(cfgPath(home), '{\n  // split config\n  models: { $include: "./models.json5" },\n}\n');
    writeFileSync(join(home, '.openclaw', 'models.json5'), '{ providers: {} }\n');
    const r = await onboard(home, ['--skip-validation', '--aisa-api-key', KEY]);
    expect(r.code, r.stderr).toBe(0);
    const included = JSON5.parse(readFileSync(join(home, '.openclaw', 'models.json5'), 'utf8'));
    expect(included.providers.aisa.models).toHaveLength(4);
    const main = JSON5.parse(readFileSync(cfgPath(home), 'utf8'));
    expect(main.models).toEqual({ $include: './models.json5' });
    expect(main.agents.defaults.model.primary).toBe('aisa/qwen3-max');
  });
});

describe('onboard refuses, with the documented exit code, and changes nothing', () => {
  it('fails fast without a terminal and without a key, even with an open stdin pipe', async () => {
    const home = tempHome();
    const r = await onboard(home, [], { keepStdinOpen: true });
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(3000);
    expect(r.stderr).toContain('--aisa-api-key-stdin');
    expect(r.stderr).toContain('AISA_API_KEY');
    expect(r.stderr).toContain('--non-interactive means nothing is asked');
    expect(readdirSync(home)).toEqual([]);
  });

  it.each([
    [[], 'there is no terminal to ask on'],
    [['--json'], '--json means nothing is asked'],
  ])('says why it cannot ask (%j)', async (args, why) => {
    const home = tempHome();
    const r = await file.runCli(['onboard', ...args], { home, keepStdinOpen: true });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain(`No API key, and ${why}.`);
  });

  it.each([
    ['a rejected key', 4, TEST_KEYS.invalid],
    ['an expired key', 4, TEST_KEYS.expired],
  ])('%s → exit %i', async (_name, code, key) => {
    const home = tempHome();
    const r = await onboard(home, ['--base-url', file.gw.baseUrl, '--aisa-api-key', key, '--json']);
    expect(r.code).toBe(code);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { kind: expect.any(String), message: expect.any(String) } });
    expect(readdirSync(home)).toEqual([]);
  });

  it.each([
    [['--model', 'qwen3-maxx'], /qwen3-maxx is not available to this key/, /Closest: qwen3-max/],
    [['--fallback', 'gemini-2.5-flash'], /gemini-2\.5-flash is not available/, /aisa-setup models/],
    [['--models', 'qwen3-max,deepseek-v9'], /deepseek-v9 is not available/, /Closest: deepseek-r1, deepseek-v3\.1/],
  ])('an id the key cannot use (%j) → exit 2 with the nearest ids, nothing written', async (args, message, fix) => {
    const home = tempHome();
    const r = await onboard(home, ['--base-url', file.gw.baseUrl, '--aisa-api-key', KEY, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(fix);
    expect(readdirSync(home)).toEqual([]);
  });

  it('a key that cannot use the default: refused without --model, only warned about when it is today\'s default', async () => {
    const small = await startFakeGateway({ models: ['deepseek-v3.1', 'kimi-k2.5'] });
    try {
      const home = tempHome();
      const r = await onboard(home, ['--base-url', small.baseUrl, '--aisa-api-key', KEY]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('The default model qwen3-max is not available to this key.');
      expect(r.stderr).toContain('Choose one with --model <id>');
      expect(readdirSync(home)).toEqual([]);
      mkdirSync(join(home, '.openclaw'));
      writeFileSync(cfgPath(home), "{ agents: { defaults: { model: 'aisa/qwen3-max' } } }\n");
      const kept = await onboard(home, ['--base-url', small.baseUrl, '--aisa-api-key', KEY, '--json']);
      expect(kept.code, kept.stderr).toBe(0);
      const warnings = JsonDoc.parse(JSON.parse(kept.stdout)).warnings;
      // The command acts on the file this run was given (--config).
      expect(warnings).toEqual([`The current default qwen3-max is not available to this key; it is kept as it is. Switch with: aisa-setup models set <id> --config ${cfgPath(home)}`]);
    } finally {
      await small.close();
    }
  });

  it('an unreachable gateway → exit 5', async () => {
    const home = tempHome();
    const r = await onboard(home, ['--base-url', 'http://127.0.0.1:9/v1', '--aisa-api-key', KEY]);
    expect(r.code).toBe(5);
    expect(readdirSync(home)).toEqual([]);
  });

  const bad: [string, (dir: string) => void, string[], number, RegExp][] = [
    ['a JSON5 syntax error', (d) => writeFileSync(join(d, 'openclaw.json'), '{\n  a: 1\n  b: 2,\n}\n'), [], 3, /openclaw\.json:3:3/],
    ['a root that is an array', (d) => writeFileSync(join(d, 'openclaw.json'), '[1]'), [], 3, /array/],
    ['a file that is a directory', (d) => mkdirSync(join(d, 'openclaw.json')), [], 3, /director/i],
    ['a symlinked config', (d) => (writeFileSync(join(d, 'real.json'), '{}'), symlinkSync(join(d, 'real.json'), join(d, 'openclaw.json'))), [], 3, /real\.json/],
    ['a huge file', (d) => writeFileSync(join(d, 'openclaw.json'), `{ a: "${'x'.repeat(6 * 1024 * 1024)}" }`), [], 3, /MiB|large|big/i],
    ['an unknown flag', (d) => writeFileSync(join(d, 'openclaw.json'), '{}'), ['--frobnicate'], 2, /--frobnicate/],
    ['a bad --key-storage', (d) => writeFileSync(join(d, 'openclaw.json'), '{}'), ['--key-storage', 'keychain'], 2, /env-file, env, inline/],
    ['plain http to a remote host', (d) => writeFileSync(join(d, 'openclaw.json'), '{}'), ['--base-url', 'http://api.example.com/v1'], 2, /http/],
    ['another provider as the default', (d) => writeFileSync(join(d, 'openclaw.json'), '{}'), ['--model', 'openai/gpt-4o'], 2, /openai\/gpt-4o/],
    ['a pasted "Bearer " key', (d) => writeFileSync(join(d, 'openclaw.json'), '{}'), ['--aisa-api-key', `Bearer ${KEY}`], 2, /Bearer/],
  ];
  it.each(bad)('%s', async (_name, setup, args, code, message) => {
    const home = tempHome();
    const dir = join(home, '.openclaw');
    mkdirSync(dir);
    setup(dir);
    const before = snapshot(dir);
    const r = await onboard(home, ['--skip-validation', '--aisa-api-key', KEY, ...args]);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a Nix-managed config', async () => {
    const home = tempHome();
    const r = await onboard(home, ['--skip-validation', '--aisa-api-key', KEY], { env: { OPENCLAW_NIX_MODE: '1' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Nix');
    expect(readdirSync(home)).toEqual([]);
  });
});

describe('ten onboard runs at once', () => {
  it('each adding a different model: every model lands, or the run says it could not get the lock', async () => {
    const home = tempHome();
    const ids = ['qwen3-max', 'qwen-plus-2025-12-01', 'qwen-mt-flash', 'deepseek-v3.1', 'kimi-k2.5', 'deepseek-r1', 'qwen-vl-max', 'gpt-4.1', 'glm-4-plus', 'qwen-max'];
    const runs = await Promise.all(ids.map((id) => onboard(home, ['--skip-validation', '--aisa-api-key', KEY, '--models', id, '--model', 'qwen3-max'])));
    const declared = readCfg(home).models.providers.aisa.models.map((m: { id: string }) => m.id);
    runs.forEach((r, i) => {
      if (r.code === 0) expect(declared).toContain(ids[i]);
      else {
        expect(r.code).toBe(3);
        expect(r.stderr).toMatch(/lock/i);
      }
    });
    expect(runs.filter((r) => r.code === 0).length).toBeGreaterThan(0);
  });
});

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    const st = statSync(p);
    out[f] = st.isFile() ? `${st.mode.toString(8)}:${st.size}:${readFileSync(p).toString('base64').slice(0, 64)}` : `dir:${st.mode.toString(8)}`;
  }
  return out;
}
