// Every file --target picoclaw writes, judged by PicoClaw's loader rules (support/picoclaw-loader.ts,
// written from PicoClaw's source, sharing nothing with src/targets/picoclaw): it loads, its default and
// fallbacks resolve in order to our entries at the gateway with the key just given, a second run
// changes no byte, and the user's own entries are untouched.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempHome } from '../../support/home.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { runMain } from '../../support/in-process.js';
import { loadLikePicoClaw, type PicoLoad } from '../../support/picoclaw-loader.js';
import { PICO_FIXTURES } from '../../support/picoclaw.js';

const KEY = TEST_KEYS.good;
const OLD_KEY = 'sk-oldRevokedKey0123456789abcdefGHIJKLMNOP';
const file = fileGateway({ secrets: [KEY, OLD_KEY] });
const { outputs } = file;

type Fixture = 'none' | 'seed-002-failover' | 'seed-002-quick' | 'v3-started' | 'v3-model-name' | 'newer';

function home(fixture: Fixture): { home: string; config: string; security: string } {
  const h = tempHome();
  const dir = join(h, '.picoclaw');
  const config = join(dir, 'config.json');
  const security = join(dir, '.security.yml');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (fixture !== 'none') copyFileSync(join(PICO_FIXTURES, `${fixture}.json`), config);
  const sec = join(PICO_FIXTURES, `${fixture}.security.yml`);
  if (existsSync(sec)) copyFileSync(sec, security);
  return { home: h, config, security };
}

async function cli(h: string, args: string[]) {
  const r = await runMain([...args, '--target', 'picoclaw', '--base-url', file.gw.baseUrl], { home: h, env: { AISA_API_KEY: KEY } });
  outputs.push(r.out, r.err);
  return r;
}

const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : null);
function load(f: { config: string; security: string }): PicoLoad {
  const l = loadLikePicoClaw(readFileSync(f.config, 'utf8'), read(f.security));
  expect(l.errors, 'PicoClaw would refuse the file').toEqual([]);
  expect(l.unresolved).toEqual([]);
  return l;
}
/** Our entry as PicoClaw runs it: the OpenAI protocol, the gateway, the key just given, enabled. */
const ours = (id: string) => ({ name: `aisa/${id}`, protocol: 'openai', upstream: id, apiBase: file.gw.baseUrl, key: KEY, enabled: true });

/** The user's entries (every name not ours), as parsed: they must come out exactly as they went in. */
const theirs = (text: string | null) => (text ? (JSON.parse(text).model_list ?? []).filter((e: { model_name: string }) => !e.model_name.startsWith('aisa/')) : []);

const FIXTURES: Fixture[] = ['none', 'seed-002-failover', 'seed-002-quick', 'v3-started', 'v3-model-name', 'newer'];

describe.each(FIXTURES)('PicoClaw config %s', (fixture) => {
  it('doctor --fix, onboard, models set, models fallbacks and --clear each write a file PicoClaw loads, resolving to our entries', async () => {
    const f = home(fixture);
    if (fixture !== 'none') {
      // Our doctor agrees with the loader on the file as it came, and --fix leaves it loadable.
      const raw = loadLikePicoClaw(read(f.config)!, read(f.security));
      const d = await cli(f.home, ['doctor', '--json', '--offline', '--only', 'schema-compat']);
      expect(JSON.parse(d.out).checks[0].status).toBe(raw.errors.length ? 'fail' : 'pass');
      const fix = await cli(f.home, ['doctor', '--fix', '--yes', '--offline', '--json']);
      expect(fix.code, fix.out).not.toBe(2);
      expect(loadLikePicoClaw(read(f.config)!, read(f.security)).errors).toEqual([]);
    }
    const before = read(f.config);
    const versionBefore = before ? (JSON.parse(before).version ?? 0) : 3;
    const onboard = ['onboard', '--non-interactive', '--model', 'qwen3-max', '--fallback', 'deepseek-v3.1', '--fallback', 'kimi-k2.5', '--models', 'qwen3-max'];
    let r = await cli(f.home, onboard);
    expect(r.code, r.err).toBe(0);
    let l = load(f);
    expect(l.version).toBe(versionBefore);
    expect(l.defaultModel).toEqual(ours('qwen3-max'));
    expect(l.fallbacks).toEqual([ours('deepseek-v3.1'), ours('kimi-k2.5')]);
    expect(theirs(read(f.config))).toEqual(theirs(before));
    expect(statSync(f.config).mode & 0o777).toBe(0o600);
    if (existsSync(f.security)) expect(statSync(f.security).mode & 0o777).toBe(0o600);
    // A second identical run changes no byte of either file.
    const [c1, s1] = [read(f.config), read(f.security)];
    r = await cli(f.home, onboard);
    expect(r.code, r.err).toBe(0);
    expect([read(f.config), read(f.security)]).toEqual([c1, s1]);

    r = await cli(f.home, ['models', 'set', 'deepseek-r1']);
    expect(r.code, r.err).toBe(0);
    l = load(f);
    expect(l.defaultModel).toEqual(ours('deepseek-r1'));
    expect(l.fallbacks).toEqual([ours('deepseek-v3.1'), ours('kimi-k2.5')]);

    r = await cli(f.home, ['models', 'fallbacks', 'kimi-k2.5', 'qwen3-max']);
    expect(r.code, r.err).toBe(0);
    l = load(f);
    expect(l.fallbacks).toEqual([ours('kimi-k2.5'), ours('qwen3-max')]);

    r = await cli(f.home, ['models', 'fallbacks', '--clear']);
    expect(r.code, r.err).toBe(0);
    l = load(f);
    expect(l.defaultModel).toEqual(ours('deepseek-r1'));
    expect(l.fallbacks).toEqual([]);
    expect(theirs(read(f.config))).toEqual(theirs(before));

    // Everything we wrote also passes our own doctor (the converse is tested below).
    r = await cli(f.home, ['doctor', '--json', '--only', 'schema-compat,provider-present,api-key-present,default-model']);
    expect(JSON.parse(r.out).checks.filter((c: { status: string }) => c.status !== 'pass')).toEqual([]);
  });
});

describe('models that cannot chat, for PicoClaw as for OpenClaw', () => {
  it('are refused as default (onboard, models set) and fallback (exit 2), nothing written', async () => {
    const f = home('v3-model-name');
    const before = read(f.config);
    for (const args of [['onboard', '--non-interactive', '--model', 'qwen-mt-flash'], ['onboard', '--non-interactive', '--fallback', 'qwen-mt-flash']]) {
      const r = await cli(f.home, args);
      expect(r.code, r.out + r.err).toBe(2);
      expect(r.err).toMatch(/translat/i);
    }
    expect(read(f.config)).toBe(before);
    expect((await cli(f.home, ['onboard', '--non-interactive', '--models', 'qwen3-max'])).code).toBe(0);
    const written = read(f.config);
    expect((await cli(f.home, ['models', 'set', 'qwen-mt-flash'])).code).toBe(2);
    expect((await cli(f.home, ['models', 'fallbacks', 'qwen-mt-flash'])).code).toBe(2);
    expect(read(f.config)).toBe(written);
  });
});

describe('keys PicoClaw itself moved into .security.yml', () => {
  it('a new key replaces aisa/qwen3-max:0 (unquoted, as PicoClaw writes it); no bare-name entry is added beside it', async () => {
    const f = home('v3-started');
    expect(loadLikePicoClaw(read(f.config)!, read(f.security)).models.find((m) => m.name === 'aisa/qwen3-max')?.key).toBe(OLD_KEY);
    const r = await cli(f.home, ['onboard', '--non-interactive', '--model', 'qwen3-max', '--models', 'qwen3-max']);
    expect(r.code, r.err).toBe(0);
    expect(load(f).defaultModel).toEqual(ours('qwen3-max'));
    const sec = read(f.security)!;
    expect(sec).not.toContain(OLD_KEY);
    expect(sec).not.toMatch(/^\s+"?aisa\/qwen3-max"?:\s*$/m);
    // The user's key and channel token, and the 4-space layout, stay as PicoClaw wrote them.
    expect(sec).toContain('    gpt-5.4:0:\n        api_keys:\n            - sk-proj-user-openai-key-1\n');
    expect(sec).toContain('channel_list:\n    telegram:\n        token: 1234567890:ABCdefGHIjklMNOpqrsTUVwxyz\n');
  });

  it('a new file is version 3 with the key in .security.yml under name:0, the way PicoClaw writes its own', async () => {
    const f = home('none');
    const r = await cli(f.home, ['onboard', '--non-interactive', '--models', 'qwen3-max']);
    expect(r.code, r.err).toBe(0);
    const cfg = JSON.parse(read(f.config)!);
    expect(cfg.version).toBe(3);
    expect(cfg.model_list[0]).toEqual({ model_name: 'aisa/qwen3-max', model: 'openai/qwen3-max', api_base: file.gw.baseUrl, enabled: true });
    expect(read(f.config)).not.toContain(KEY);
    expect(read(f.security)).toContain('"aisa/qwen3-max:0"');
    expect(load(f).migrates).toBe(false);
  });

  it('--key-storage inline keeps the key in api_keys; env-file is refused with what to do instead', async () => {
    const f = home('none');
    let r = await cli(f.home, ['onboard', '--non-interactive', '--models', 'qwen3-max', '--key-storage', 'inline']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(read(f.config)!).model_list[0].api_keys).toEqual([KEY]);
    expect(existsSync(f.security)).toBe(false);
    expect(load(f).defaultModel?.key).toBe(KEY);
    r = await cli(f.home, ['onboard', '--non-interactive', '--key-storage', 'env-file']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--key-storage inline/);
  });
});

/** Files PicoClaw refuses to start with, each with the loader's reason; doctor must fail every one. */
const REFUSED: [string, unknown][] = [
  ['seed 002 failover example (object default)', 'seed-002-failover'],
  ['version 7', { version: 7, model_list: [] }],
  ['v3 with a string agents.defaults.model', { version: 3, agents: { defaults: { model: 'x' } }, model_list: [{ model_name: 'x', model: 'openai/x', enabled: true }] }],
  ['v3 entry with api_key', { version: 3, model_list: [{ model_name: 'aisa/qwen3-max', model: 'openai/qwen3-max', api_key: KEY, enabled: true }] }],
  ['v3 entry with _comment', { version: 3, model_list: [{ model_name: 'x', model: 'openai/x', _comment: 'mine', enabled: true }] }],
  ['legacy unknown top field', { agentz: {}, model_list: [] }],
  ['model_fallbacks as a string', { version: 3, agents: { defaults: { model_name: 'x', model_fallbacks: 'y' } }, model_list: [{ model_name: 'x', model: 'openai/x', enabled: true }] }],
];

describe('doctor --target picoclaw fails every file PicoClaw refuses', () => {
  it.each(REFUSED)('%s', async (_what, content) => {
    const f = home(typeof content === 'string' ? (content as Fixture) : 'none');
    if (typeof content !== 'string') writeFileSync(f.config, JSON.stringify(content, null, 2));
    expect(loadLikePicoClaw(read(f.config)!, read(f.security)).errors).not.toEqual([]);
    const r = await cli(f.home, ['doctor', '--json', '--offline']);
    expect(r.code).toBe(1);
    const compat = JSON.parse(r.out).checks.find((c: { id: string }) => c.id === 'schema-compat');
    expect(compat).toMatchObject({ status: 'fail', fix: expect.any(String), path: expect.any(String) });
  });

  it('our entries without "enabled" in a version-3 file fail provider-present; --fix enables them', async () => {
    const f = home('none');
    writeFileSync(f.config, JSON.stringify({ version: 3, agents: { defaults: { model_name: 'aisa/qwen3-max' } }, model_list: [{ model_name: 'aisa/qwen3-max', model: 'openai/qwen3-max', api_base: file.gw.baseUrl, api_keys: [KEY] }] }, null, 2));
    expect(loadLikePicoClaw(read(f.config)!).models[0]!.enabled).toBe(false);
    let r = await cli(f.home, ['doctor', '--json', '--offline']);
    expect(JSON.parse(r.out).checks.find((c: { id: string }) => c.id === 'provider-present').status).toBe('fail');
    r = await cli(f.home, ['doctor', '--fix', '--yes', '--offline']);
    expect(r.code, r.out + r.err).toBe(0);
    expect(load(f).defaultModel).toEqual(ours('qwen3-max'));
  });

  it("the --fix diff masks the user's own keys in its context lines, not only ours", async () => {
    const f = home('none');
    // Not sk-… shaped (an NVIDIA key): only knowing it as a key can mask it.
    const userKey = 'nvapi-userOwnSecret0123456789abcdefGHIJ';
    // One entry a line: the user's entry is a context line of the diff that adds "enabled" to ours.
    const entries = [{ model_name: 'mine', model: 'openai/gpt-5.4', api_keys: [userKey], enabled: true }, { model_name: 'aisa/qwen3-max', model: 'openai/qwen3-max', api_base: file.gw.baseUrl, api_keys: [KEY] }];
    writeFileSync(f.config, `{\n  "version": 3,\n  "agents": { "defaults": { "model_name": "aisa/qwen3-max" } },\n  "model_list": [\n${entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`);
    const r = await cli(f.home, ['doctor', '--fix', '--offline']);
    expect(r.out).toMatch(/^\+.*"enabled":true/m);
    expect(r.out).toMatch(/^ +\{"model_name":"mine"/m);
    expect(r.out + r.err).not.toContain(userKey);
  });

  it('a key shadowed by .security.yml is a warning naming both', async () => {
    const f = home('none');
    writeFileSync(f.config, JSON.stringify({ version: 3, agents: { defaults: { model_name: 'aisa/qwen3-max' } }, model_list: [{ model_name: 'aisa/qwen3-max', model: 'openai/qwen3-max', api_base: file.gw.baseUrl, api_keys: [KEY], enabled: true }] }, null, 2));
    writeFileSync(f.security, `model_list:\n  aisa/qwen3-max:0:\n    api_keys:\n      - ${OLD_KEY}\n`);
    const r = await cli(f.home, ['doctor', '--json', '--offline']);
    const c = JSON.parse(r.out).checks.find((x: { id: string }) => x.id === 'api-key-present');
    expect(c).toMatchObject({ status: 'warn' });
    expect(c.message).toContain('aisa/qwen3-max:0');
  });
});

describe('doctor --fix --target picoclaw', () => {
  it("makes seed 002's failover example loadable and changes nothing else", async () => {
    const f = home('seed-002-failover');
    const before = JSON.parse(read(f.config)!);
    let r = await cli(f.home, ['doctor', '--fix', '--offline']);
    expect(r.code, 'without a terminal and --yes it only shows the diff').toBe(2);

    expect(JSON.parse(read(f.config)!)).toEqual(before);
    r = await cli(f.home, ['doctor', '--fix', '--yes', '--offline', '--json']);
    const l = loadLikePicoClaw(read(f.config)!);
    expect(l.errors).toEqual([]);
    expect(l.defaultModel?.name).toBe('qwen-main');
    expect(l.fallbacks.map((m) => m.name)).toEqual(['deepseek-backup', 'gemini-backup']);
    const after = JSON.parse(read(f.config)!);
    expect(after.model_list).toEqual(before.model_list);
    expect(after.agents).toEqual({ defaults: { model_name: 'qwen-main', model_fallbacks: ['deepseek-backup', 'gemini-backup'] } });
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(existsSync(`${f.config}.bak`)).toBe(true);
    expect(JSON.parse(r.out).checks.find((c: { id: string }) => c.id === 'schema-compat').status).toBe('pass');
  });
});

describe('a version PicoClaw does not read', () => {
  it('is refused by onboard and doctor --fix (exit 3, the version named, nothing written)', async () => {
    const f = home('none');
    const text = JSON.stringify({ version: 7, model_list: [] }, null, 2);
    writeFileSync(f.config, text);
    for (const args of [['onboard', '--non-interactive', '--models', 'qwen3-max'], ['doctor', '--fix', '--yes', '--offline']]) {
      const r = await cli(f.home, args);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.out + r.err).toContain('"version": 7');
    }
    expect(read(f.config)).toBe(text);
    expect(existsSync(f.security)).toBe(false);
  });
});

describe('models fallbacks --target picoclaw without ids', () => {
  it('shows the chain (text and --json), writes nothing; a new file is reported as created', async () => {
    const f = home('none');
    let r = await cli(f.home, ['onboard', '--non-interactive', '--model', 'qwen3-max', '--fallback', 'kimi-k2.5', '--models', 'qwen3-max']);
    expect(r.out).toContain(`Created ${f.config}`);
    const written = read(f.config);
    r = await cli(f.home, ['models', 'fallbacks']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('aisa/kimi-k2.5');
    r = await cli(f.home, ['models', 'fallbacks', '--json']);
    expect(JSON.parse(r.out)).toMatchObject({ defaultModel: 'aisa/qwen3-max', fallbacks: ['aisa/kimi-k2.5'], changed: false });
    expect(read(f.config)).toBe(written);
  });
});
