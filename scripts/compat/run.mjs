#!/usr/bin/env node
// `npm run test:compat`: proves what aisa-setup writes against the REAL OpenClaw.
//
// For every scenario: run the built CLI (bin/aisa-setup.js) into a fresh temp OpenClaw home, then ask
// OpenClaw itself — `openclaw config validate --json` must say valid with no warning, and
// `openclaw models list --provider aisa --json` must list every declared model with the chosen default
// (and fallbacks) tagged. One scenario also runs a real agent turn (`openclaw agent --local`) against a
// fake OpenAI-compatible gateway on 127.0.0.1 and checks the request it received.
//
//   node scripts/compat/run.mjs [--only a,b] [--jobs N] [--keep] [--list]
//   AISA_COMPAT_OPENCLAW=latest   test against the newest OpenClaw instead of the pinned one
//   AISA_COMPAT_BIN=path/to/aisa-setup.js  test that CLI instead of this checkout's bin/ (no build)
//   AISA_COMPAT_BREAK=model-key   after each write, add an unknown key to the first aisa model (shows a failure)
//
// OpenClaw never sees the real home: HOME, OPENCLAW_HOME, OPENCLAW_STATE_DIR and OPENCLAW_CONFIG_PATH all
// point into the scenario's temp dir, and the child environment is built from scratch.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { ensureOpenClaw, run } from './install.mjs';
import { startFakeGateway } from './fake-gateway.mjs';
import {
  COMMENTED_CONFIG,
  COMMENTED_MARKERS,
  INCLUDE_MAIN,
  INCLUDE_MODELS,
  SEED_000_EXAMPLE,
  SEED_001_EXAMPLE,
} from './fixtures.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** AISA_COMPAT_BIN tests another build of the CLI (e.g. an installed package) instead of this checkout. */
const BIN = process.env.AISA_COMPAT_BIN ? resolve(process.env.AISA_COMPAT_BIN) : join(ROOT, 'bin', 'aisa-setup.js');
const require = createRequire(join(ROOT, 'package.json'));
const JSON5 = require('json5');

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const ONLY = opt('--only')?.split(',').filter(Boolean);
const KEEP = argv.includes('--keep');
const JOBS = Number(opt('--jobs') ?? process.env.AISA_COMPAT_JOBS ?? Math.max(1, Math.min(availableParallelism(), 4)));
const BREAK = process.env.AISA_COMPAT_BREAK ?? '';

const KEY = 'sk-compat-gate-0000-7f3a';
const OC_TIMEOUT = 120_000;
const AGENT_TIMEOUT = 300_000;
const CORE = ['qwen3-max', 'qwen-plus-2025-12-01', 'qwen-mt-flash', 'deepseek-v3.1', 'kimi-k2.5'];

// ---------------------------------------------------------------------------------------------- helpers

class Fail extends Error {}
const fail = (msg) => {
  throw new Fail(msg);
};
const check = (cond, msg) => {
  if (!cond) fail(msg);
};
const tail = (s, n = 600) => {
  const t = String(s ?? '').trim();
  return t.length > n ? '…' + t.slice(-n) : t;
};
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** The first complete JSON value in a string (OpenClaw prints one document, sometimes after a log line). */
function parseJsonOut(text, what) {
  const s = String(text ?? '');
  const start = s.search(/[{[]/);
  if (start < 0) fail(`${what}: no JSON on stdout: ${tail(s, 300) || '(empty)'}`);
  try {
    return JSON.parse(s.slice(start));
  } catch (err) {
    fail(`${what}: stdout is not one JSON document (${err.message}): ${tail(s, 300)}`);
  }
}

/** Every curated model id, read from src/catalog.ts through esbuild (a devDependency) so the list never drifts. */
async function curatedIds() {
  try {
    const { build } = await import(pathToFileURL(require.resolve('esbuild')).href);
    const out = await build({
      entryPoints: [join(ROOT, 'src', 'catalog.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
      define: { __AISA_SETUP_VERSION__: '"compat"' },
    });
    const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
    const ids = (mod.CATALOG ?? []).map((m) => m.id);
    if (ids.length) return ids;
  } catch (err) {
    process.stderr.write(`[compat] could not load src/catalog.ts (${err.message}); using the five core ids\n`);
  }
  return CORE;
}

/** Builds dist/ when it is missing or older than a file in src/. */
async function ensureBuilt() {
  const dist = join(ROOT, 'dist', 'cli.js');
  const newest = (dir) => {
    let t = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }
    return t;
  };
  if (existsSync(dist) && statSync(dist).mtimeMs >= newest(join(ROOT, 'src'))) return 'up to date';
  const res = await run(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
  if (res.code !== 0) throw new Error(`npm run build failed (exit ${res.code}):\n${tail(res.stderr + res.stdout, 3000)}`);
  return `built in ${secs(res.ms)}`;
}

/**
 * Resolves `$include` like OpenClaw does (path relative to the including file, string or array,
 * included content merged under sibling keys) and tells which file holds `models.providers.aisa`.
 */
async function loadResolved(file) {
  const files = new Map();
  async function load(path) {
    const text = await readFile(path, 'utf8');
    files.set(path, text);
    return resolveNode(JSON5.parse(text), dirname(path));
  }
  async function resolveNode(node, baseDir) {
    if (Array.isArray(node)) return Promise.all(node.map((n) => resolveNode(n, baseDir)));
    if (!node || typeof node !== 'object') return node;
    let out = {};
    if ('$include' in node) {
      for (const inc of [node.$include].flat()) out = merge(out, await load(resolve(baseDir, inc)));
    }
    for (const [k, v] of Object.entries(node)) if (k !== '$include') out[k] = merge(out[k], await resolveNode(v, baseDir));
    return out;
  }
  const merge = (a, b) => {
    if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      const o = { ...a };
      for (const [k, v] of Object.entries(b)) o[k] = merge(a[k], v);
      return o;
    }
    return b === undefined ? a : b;
  };
  const config = await load(file);
  let providerFile;
  for (const [path, text] of files) {
    const parsed = JSON5.parse(text);
    if (parsed?.models?.providers?.aisa || parsed?.providers?.aisa) providerFile = path;
  }
  return { config, files, providerFile };
}

// ---------------------------------------------------------------------------------------------- context

let OC; // ensureOpenClaw() result

function makeContext(name) {
  const ctx = { name, notes: [] };
  ctx.setup = async () => {
    ctx.dir = await mkdtemp(join(tmpdir(), `aisa-compat-${name}-`));
    ctx.home = join(ctx.dir, 'home');
    ctx.state = join(ctx.dir, 'state');
    ctx.config = join(ctx.state, 'openclaw.json');
    await mkdir(ctx.home, { recursive: true, mode: 0o700 });
    await mkdir(ctx.state, { recursive: true, mode: 0o700 });
  };
  const baseEnv = (pathValue) => ({
    PATH: pathValue,
    HOME: ctx.home,
    USERPROFILE: ctx.home,
    OPENCLAW_HOME: ctx.home,
    OPENCLAW_STATE_DIR: ctx.state,
    OPENCLAW_CONFIG_PATH: ctx.config,
    TMPDIR: ctx.dir,
    // Node 22+ caches compiled code: OpenClaw's ~2 s start-up shrinks on every later call. Harmless on Node 20.
    ...(OC ? { NODE_COMPILE_CACHE: join(OC.dir, '.compile-cache') } : {}),
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    CI: '1',
  });
  /** aisa-setup, under the Node that runs this script (CI: Node 20). */
  ctx.aisa = (args, { input, env = {} } = {}) =>
    run(process.execPath, [BIN, ...args], {
      cwd: ctx.dir,
      input: input ?? '',
      env: { ...baseEnv(process.env.PATH ?? ''), ...env },
      timeoutMs: 60_000,
    });
  /** openclaw, under the cached Node 24. */
  ctx.openclaw = (args, { env = {}, timeoutMs = OC_TIMEOUT } = {}) =>
    run(OC.node, [OC.openclawEntry, ...args], {
      cwd: ctx.dir,
      env: { ...baseEnv(OC.pathWithNode), ...env },
      timeoutMs,
    });
  return ctx;
}

async function onboard(ctx, args, { env = {}, key = KEY } = {}) {
  const res = await ctx.aisa(
    ['onboard', '--non-interactive', '--aisa-api-key-stdin', '--config', ctx.config, '--yes', ...args],
    { input: `${key}\n`, env },
  );
  ctx.notes.push(`onboard ${secs(res.ms)}`);
  check(
    res.code === 0,
    `aisa-setup onboard exited ${res.code}${res.timedOut ? ' (timeout)' : ''}: ${tail(res.stderr || res.stdout)}`,
  );
  check(!`${res.stdout}\n${res.stderr}`.includes(key), 'aisa-setup printed the API key unmasked');
  if (args.includes('--json')) {
    const doc = parseJsonOut(res.stdout, 'aisa-setup --json');
    check(res.stdout.trim().startsWith('{') && res.stdout.trim().endsWith('}'), 'aisa-setup --json: stdout has more than one JSON document');
    ctx.onboardJson = doc;
  }
  await maybeBreak(ctx);
  return res;
}

/** AISA_COMPAT_BREAK=model-key: corrupt the written config on purpose, to see the gate fail. */
async function maybeBreak(ctx) {
  if (BREAK !== 'model-key') return;
  const { providerFile } = await loadResolved(ctx.config);
  if (!providerFile) return;
  const text = await readFile(providerFile, 'utf8');
  const at = Math.max(0, text.search(/["']?aisa["']?\s*:\s*\{/));
  const broken = text.slice(0, at) + text.slice(at).replace(/(["']?id["']?\s*:\s*["'][^"']+["'])/, '$1, "topP": 0.9');
  await writeFile(providerFile, broken);
  ctx.notes.push('BROKEN ON PURPOSE (AISA_COMPAT_BREAK=model-key)');
}

/** Reads back the aisa provider block and the defaults, and checks their shape. */
async function readBack(ctx, { keyStorage = 'env-file', key = KEY } = {}) {
  const loaded = await loadResolved(ctx.config);
  const provider = loaded.config?.models?.providers?.aisa;
  check(provider, 'config has no models.providers.aisa after the write');
  check(Array.isArray(provider.models) && provider.models.length > 0, 'models.providers.aisa.models is empty');
  const ids = provider.models.map((m) => m.id);
  const prefixed = ids.filter((id) => id.startsWith('aisa/'));
  check(!prefixed.length, `model ids must be bare, found ${prefixed.join(', ')} (OpenClaw would send "aisa/…" upstream)`);
  const flat = provider.models.filter((m) => 'supportsDeveloperRole' in m).map((m) => m.id);
  check(!flat.length, `supportsDeveloperRole directly on ${flat.join(', ')}`);
  check(provider.api === 'openai-completions', `api is ${JSON.stringify(provider.api)}, not "openai-completions"`);

  const envFile = join(ctx.state, '.env');
  const envText = existsSync(envFile) ? await readFile(envFile, 'utf8') : '';
  if (keyStorage === 'env-file') {
    check(provider.apiKey === '${AISA_API_KEY}', `env-file: apiKey is ${JSON.stringify(maskKey(provider.apiKey))}, expected "\${AISA_API_KEY}"`);
    check(new RegExp(`^AISA_API_KEY=["']?${key}["']?$`, 'm').test(envText), `env-file: ${envFile} has no AISA_API_KEY=<key> line`);
    const mode = (await stat(envFile)).mode & 0o777;
    check(mode === 0o600, `env-file: ${envFile} is mode ${mode.toString(8)}, expected 600`);
  } else if (keyStorage === 'env') {
    check(provider.apiKey === '${AISA_API_KEY}', `env: apiKey is ${JSON.stringify(maskKey(provider.apiKey))}, expected "\${AISA_API_KEY}"`);
    check(!envText.includes(key), 'env: the key was written to .env although --key-storage env');
  } else if (keyStorage === 'inline') {
    check(provider.apiKey === key, 'inline: apiKey in the config is not the key given on stdin');
    const mode = (await stat(loaded.providerFile ?? ctx.config)).mode & 0o777;
    check(mode === 0o600, `inline: the file holding the key is mode ${mode.toString(8)}, expected 600`);
  }
  for (const [path, text] of loaded.files) {
    if (keyStorage !== 'inline') check(!text.includes(key), `the key appears in ${relative(ctx.dir, path)}`);
  }
  return { ...loaded, provider, ids, defaults: loaded.config?.agents?.defaults ?? {} };
}

const maskKey = (v) => (typeof v === 'string' && v.startsWith('sk-') ? `${v.slice(0, 3)}…${v.slice(-4)}` : v);

/** `openclaw config validate --json`: valid, and no warning (a missing ${AISA_API_KEY} is only a warning). */
async function validate(ctx, { env } = {}) {
  const res = await ctx.openclaw(['config', 'validate', '--json'], { env });
  ctx.notes.push(`validate ${secs(res.ms)}`);
  const out = res.stdout.trim() ? parseJsonOut(res.stdout, 'openclaw config validate') : null;
  if (res.code !== 0 || !out?.valid) {
    const issues = (out?.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('; ');
    fail(`openclaw config validate: INVALID (exit ${res.code}) ${issues || tail(res.stderr || res.stdout, 400)}`);
  }
  const warnings = (out.warnings ?? []).map((w) => `${w.path}: ${w.message}`);
  check(!warnings.length, `openclaw config validate: valid but warns: ${warnings.join('; ')}`);
  return out;
}

/** `openclaw models list --provider aisa --json`: every declared model listed, default and fallbacks tagged. */
async function modelsList(ctx, { ids, declared = [], primary, fallbacks = [], env } = {}) {
  const res = await ctx.openclaw(['models', 'list', '--provider', 'aisa', '--json'], { env });
  ctx.notes.push(`models list ${secs(res.ms)}`);
  const out = res.stdout.trim() ? parseJsonOut(res.stdout, 'openclaw models list') : null;
  check(res.code === 0 && out && Array.isArray(out.models), `openclaw models list failed (exit ${res.code}): ${out?.error?.message ?? tail(res.stderr || res.stdout, 400)}`);
  const byKey = new Map(out.models.map((m) => [m.key, m]));
  const missing = ids.filter((id) => !byKey.has(`aisa/${id}`));
  check(!missing.length, `openclaw models list lacks ${missing.map((id) => `aisa/${id}`).join(', ')} (lists ${[...byKey.keys()].join(', ') || 'nothing'})`);
  const p = byKey.get(primary);
  check(p, `openclaw models list lacks the default ${primary}`);
  check(p.tags?.includes('default'), `${primary} is not tagged "default" by OpenClaw (tags: ${JSON.stringify(p.tags)})`);
  const others = out.models.filter((m) => m.key !== primary && m.tags?.includes('default')).map((m) => m.key);
  check(!others.length, `OpenClaw tags another default too: ${others.join(', ')}`);
  fallbacks.forEach((fb, i) => {
    const m = byKey.get(fb);
    check(m?.tags?.includes(`fallback#${i + 1}`), `${fb} is not tagged "fallback#${i + 1}" (tags: ${JSON.stringify(m?.tags)})`);
  });
  const unavailable = ids.filter((id) => byKey.get(`aisa/${id}`)?.available !== true);
  check(!unavailable.length, `OpenClaw says not available (no usable key?): ${unavailable.join(', ')}`);
  // OpenClaw must have read our metadata, not fallen back to its generic 128000 / text-only defaults.
  for (const m of declared) {
    const seen = byKey.get(`aisa/${m.id}`);
    if (typeof m.contextWindow === 'number') {
      check(seen.contextWindow === m.contextWindow, `OpenClaw shows contextWindow ${seen.contextWindow} for aisa/${m.id}, the config says ${m.contextWindow}`);
    }
    if (Array.isArray(m.input)) {
      check(seen.input === m.input.join('+'), `OpenClaw shows input "${seen.input}" for aisa/${m.id}, the config says ${JSON.stringify(m.input)}`);
    }
  }
  return out;
}

/** The standard tail of an onboard scenario: read back, then ask OpenClaw. */
async function verify(ctx, { primary, fallbacks = [], mustDeclare = [], keyStorage = 'env-file', ocEnv, requireAllowList = true } = {}) {
  const back = await readBack(ctx, { keyStorage });
  const model = back.defaults.model;
  check(model && typeof model === 'object', `agents.defaults.model should be {primary…}, is ${JSON.stringify(model)}`);
  check(model.primary === primary, `agents.defaults.model.primary is ${JSON.stringify(model.primary)}, expected "${primary}"`);
  if (fallbacks.length) {
    check(JSON.stringify(model.fallbacks) === JSON.stringify(fallbacks), `fallbacks are ${JSON.stringify(model.fallbacks)}, expected ${JSON.stringify(fallbacks)}`);
  }
  const bare = (ref) => ref.replace(/^aisa\//, '');
  const need = [...new Set([bare(primary), ...fallbacks.map(bare), ...mustDeclare])];
  const undeclared = need.filter((id) => !back.ids.includes(id));
  check(!undeclared.length, `not declared in the provider block: ${undeclared.join(', ')}`);
  // onboard must write the record (contract); a repaired config may have none at all, which OpenClaw reads as
  // "no allow-list". Where the record exists, older OpenClaw builds treat it as an allow-list: all must be in it.
  check(back.defaults.models || !requireAllowList, 'agents.defaults.models was not written');
  const allow = back.defaults.models ?? {};
  const notAllowed = back.defaults.models ? back.ids.filter((id) => !(`aisa/${id}` in allow)) : [];
  check(!notAllowed.length, `agents.defaults.models lacks ${notAllowed.map((id) => `aisa/${id}`).join(', ')}`);
  if (back.ids.includes('kimi-k2.5')) {
    check(allow['aisa/kimi-k2.5']?.params?.temperature === 1, 'agents.defaults.models["aisa/kimi-k2.5"].params.temperature is not 1');
  }
  await validate(ctx, { env: ocEnv });
  await modelsList(ctx, { ids: back.ids, declared: back.provider.models, primary, fallbacks, env: ocEnv });
  ctx.summary = `${back.ids.length} models, default ${primary}${fallbacks.length ? ` → ${fallbacks.join(' → ')}` : ''}`;
  return back;
}

// ---------------------------------------------------------------------------------------------- doctor

let doctorProbe;
/** Is `aisa-setup doctor --fix` there? Detected by running it, once. */
function doctorAvailable() {
  doctorProbe ??= (async () => {
    const res = await run(process.execPath, [BIN, 'doctor', '--help'], {
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), NO_COLOR: '1' },
      timeoutMs: 30_000,
    });
    if (res.code === 0 && /--fix\b/.test(res.stdout + res.stderr)) return { ok: true };
    return { ok: false, reason: `\`aisa-setup doctor --help\` exited ${res.code}: ${tail(res.stderr || res.stdout, 160) || 'no output'}` };
  })();
  return doctorProbe;
}

async function doctorRepair(ctx, seedText, { primary, mustDeclare, gone }) {
  const avail = await doctorAvailable();
  if (!avail.ok) return { skip: `doctor is not available yet (${avail.reason})` };
  await writeFile(ctx.config, seedText, { mode: 0o600 });
  // The seeds tell users to `export AISA_API_KEY`, so the key is in the environment; the gateway is the loopback fake.
  const gw = await startFakeGateway({ key: KEY });
  try {
    const env = { AISA_API_KEY: KEY };
    const res = await ctx.aisa(['doctor', '--fix', '--yes', '--config', ctx.config, '--base-url', gw.baseUrl], { env });
    ctx.notes.push(`doctor --fix ${secs(res.ms)} exit ${res.code}`);
    check(res.code === 0 || res.code === 1, `aisa-setup doctor --fix exited ${res.code}: ${tail(res.stderr || res.stdout)}`);
    check(!`${res.stdout}\n${res.stderr}`.includes(KEY), 'aisa-setup doctor printed the API key unmasked');
    await maybeBreak(ctx);
    const loaded = await loadResolved(ctx.config);
    const provider = loaded.config?.models?.providers?.aisa;
    check(provider, 'no models.providers.aisa after doctor --fix');
    const keyStorage = provider.apiKey === KEY ? 'inline' : provider.apiKey === '${AISA_API_KEY}' && existsSync(join(ctx.state, '.env')) ? 'env-file' : 'env';
    const back = await verify(ctx, { primary, mustDeclare, keyStorage, ocEnv: keyStorage === 'env' ? env : undefined, requireAllowList: false });
    const stale = back.ids.filter((id) => gone.includes(id));
    check(!stale.length, `stale ids still declared after doctor --fix: ${stale.join(', ')}`);
    if (res.code === 1) ctx.summary += '; doctor still reports a fail after --fix (exit 1)';
  } finally {
    await gw.close();
  }
}

// ---------------------------------------------------------------------------------------------- scenarios

const scenarios = [
  {
    name: 'agent-turn',
    desc: 'onboard against a fake gateway on loopback, then one real `openclaw agent --local` turn',
    async run(ctx) {
      const reply = 'pong from the compat gate';
      const gw = await startFakeGateway({ key: KEY, reply });
      try {
        await onboard(ctx, ['--model', 'kimi-k2.5', '--base-url', gw.baseUrl]);
        const listed = gw.requests.filter((r) => r.path === '/v1/models');
        check(listed.length > 0, 'onboard (without --skip-validation) never called GET /v1/models');
        check(listed.every((r) => r.headers.authorization === `Bearer ${KEY}`), 'GET /v1/models did not carry the Bearer key');
        const back = await verify(ctx, { primary: 'aisa/kimi-k2.5' });
        check(back.provider.baseUrl === gw.baseUrl, `baseUrl is ${back.provider.baseUrl}, expected ${gw.baseUrl}`);
        gw.requests.length = 0;
        const res = await ctx.openclaw(['agent', '--local', '--agent', 'main', '-m', 'ping', '--json', '--timeout', '240'], {
          timeoutMs: AGENT_TIMEOUT,
        });
        ctx.notes.push(`agent turn ${secs(res.ms)}`);
        const chats = gw.requests.filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions');
        check(res.code === 0, `openclaw agent exited ${res.code}${res.timedOut ? ' (timeout)' : ''} after ${chats.length} chat request(s): ${tail(res.stderr, 500)}`);
        const out = parseJsonOut(res.stdout, 'openclaw agent');
        check(chats.length > 0, 'the fake gateway received no POST /v1/chat/completions');
        const first = chats[0];
        check(first.body?.model === 'kimi-k2.5', `the request asked for model ${JSON.stringify(first.body?.model)}, expected "kimi-k2.5"`);
        check(first.headers.authorization === `Bearer ${KEY}`, `the request carried ${first.headers.authorization ? 'another Authorization header' : 'no Authorization header'}, not the Bearer key`);
        check(first.body?.temperature === undefined || first.body.temperature === 1, `kimi-k2.5 got temperature ${first.body?.temperature} (only 1 is allowed)`);
        const text = (out.payloads ?? []).map((p) => p.text).join('');
        check(text.includes(reply), `the reply did not come back: ${JSON.stringify(out.payloads ?? out).slice(0, 300)}`);
        ctx.summary = `reply "${text}" to POST /v1/chat/completions model=${first.body.model} stream=${first.body.stream === true} Bearer sk-…${KEY.slice(-4)}, turn ${secs(res.ms)}`;
      } finally {
        await gw.close();
      }
    },
  },
  {
    name: 'fresh',
    desc: 'no config file yet; defaults (env-file, qwen3-max, curated core set)',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation']);
      await verify(ctx, { primary: 'aisa/qwen3-max', mustDeclare: CORE });
    },
  },
  {
    name: 'fresh-json',
    desc: '--json: one JSON document on stdout, key masked',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation', '--json']);
      check(ctx.onboardJson && typeof ctx.onboardJson === 'object', 'no JSON document from --json');
      await verify(ctx, { primary: 'aisa/qwen3-max' });
    },
  },
  {
    name: 'commented-config',
    desc: 'JSON5 with comments, two other providers, channels, a non-AIsa default',
    async run(ctx) {
      await writeFile(ctx.config, COMMENTED_CONFIG, { mode: 0o600 });
      await onboard(ctx, ['--model', 'deepseek-v3.1', '--skip-validation']);
      const text = await readFile(ctx.config, 'utf8');
      const lost = COMMENTED_MARKERS.filter((m) => !text.includes(m));
      check(!lost.length, `comments/lines lost: ${lost.map((l) => JSON.stringify(l)).join(', ')}`);
      const back = await verify(ctx, { primary: 'aisa/deepseek-v3.1', ocEnv: { OPENROUTER_API_KEY: 'sk-or-dummy' } });
      const providers = Object.keys(back.config.models.providers).sort().join(',');
      check(providers === 'aisa,ollama,openrouter', `providers are ${providers}, expected aisa,ollama,openrouter`);
      check(back.config.channels?.telegram?.botToken === '123456:ABCDEF', 'channels.telegram was changed');
      check(back.defaults.models?.['ollama/llama3.3']?.alias === 'llama', 'agents.defaults.models["ollama/llama3.3"] was lost');
      check(existsSync(`${ctx.config}.bak`), 'no openclaw.json.bak backup of the previous file');
    },
  },
  {
    name: 'string-model',
    desc: 'agents.defaults.model was a string: becomes { primary }',
    async run(ctx) {
      await writeFile(ctx.config, `{\n  // default as a bare string\n  agents: { defaults: { model: 'anthropic/claude-sonnet-4-5' } },\n}\n`, { mode: 0o600 });
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation']);
      check((await readFile(ctx.config, 'utf8')).includes('// default as a bare string'), 'comment lost');
      await verify(ctx, { primary: 'aisa/qwen3-max' });
    },
  },
  {
    name: 'key-env-file',
    desc: '--key-storage env-file: key in <state>/.env (0600), config holds ${AISA_API_KEY}; OpenClaw reads .env',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation', '--key-storage', 'env-file']);
      // No AISA_API_KEY in OpenClaw's environment: it must come from <state>/.env.
      await verify(ctx, { primary: 'aisa/qwen3-max', keyStorage: 'env-file' });
    },
  },
  {
    name: 'key-env',
    desc: '--key-storage env: key written nowhere; OpenClaw gets it from the process env',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation', '--key-storage', 'env']);
      await verify(ctx, { primary: 'aisa/qwen3-max', keyStorage: 'env', ocEnv: { AISA_API_KEY: KEY } });
    },
  },
  {
    name: 'key-inline',
    desc: '--key-storage inline: key in the config itself, file 0600',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation', '--key-storage', 'inline']);
      await verify(ctx, { primary: 'aisa/qwen3-max', keyStorage: 'inline' });
    },
  },
  {
    name: 'fallbacks',
    desc: '--fallback twice: { primary, fallbacks } in order, tagged fallback#1/#2 by OpenClaw',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--fallback', 'deepseek-v3.1', '--fallback', 'aisa/qwen-mt-flash', '--skip-validation']);
      await verify(ctx, { primary: 'aisa/qwen3-max', fallbacks: ['aisa/deepseek-v3.1', 'aisa/qwen-mt-flash'] });
    },
  },
  {
    name: 'kimi',
    desc: 'kimi-k2.5 as default (prefixed on the command line): params.temperature 1',
    async run(ctx) {
      await onboard(ctx, ['--model', 'aisa/kimi-k2.5', '--models', 'kimi-k2.5,qwen3-max', '--skip-validation']);
      await verify(ctx, { primary: 'aisa/kimi-k2.5', mustDeclare: ['kimi-k2.5', 'qwen3-max'] });
    },
  },
  {
    name: 'all-curated',
    desc: 'every model of the curated catalog declared with --models',
    async run(ctx) {
      const ids = await curatedIds();
      await onboard(ctx, ['--model', 'qwen3-max', '--models', ids.join(','), '--skip-validation']);
      await verify(ctx, { primary: 'aisa/qwen3-max', mustDeclare: ids });
    },
  },
  {
    name: 'rerun-update',
    desc: 'onboard twice (new default + fallback): merged, backup rotated, still valid',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation']);
      await onboard(ctx, ['--model', 'qwen-plus-2025-12-01', '--fallback', 'qwen3-max', '--skip-validation']);
      check(existsSync(`${ctx.config}.bak`), 'second run left no openclaw.json.bak');
      await verify(ctx, { primary: 'aisa/qwen-plus-2025-12-01', fallbacks: ['aisa/qwen3-max'], mustDeclare: ['qwen3-max'] });
    },
  },
  {
    name: 'include',
    desc: 'models routed through $include: the included file is edited, never flattened',
    async run(ctx) {
      await writeFile(ctx.config, INCLUDE_MAIN, { mode: 0o600 });
      await writeFile(join(ctx.state, 'models.json5'), INCLUDE_MODELS, { mode: 0o600 });
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation']);
      const main = JSON5.parse(await readFile(ctx.config, 'utf8'));
      check(main.models?.$include === './models.json5', `the main file's models.$include was replaced: ${JSON.stringify(main.models).slice(0, 200)}`);
      const back = await verify(ctx, { primary: 'aisa/qwen3-max' });
      check(back.providerFile === join(ctx.state, 'models.json5'), `the aisa block is in ${back.providerFile}, expected models.json5`);
      check(back.config.models.providers.local, 'the other provider in the included file was lost');
    },
  },
  {
    name: 'second-gateway',
    desc: 'AIsa, then another gateway beside it (--provider-id sealos, live list): aisa block untouched, default kept, both listed',
    async run(ctx) {
      const sealosKey = 'sk-compat-sealos-0000-9c2e';
      const gw = await startFakeGateway({ key: sealosKey, models: ['Doubao-lite-4k', 'glm-4-flash'] });
      try {
        await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation']);
        const first = await readBack(ctx);
        await onboard(ctx, ['--provider-id', 'sealos', '--base-url', gw.baseUrl], { key: sealosKey });
        check(gw.requests.some((r) => r.path === '/v1/models'), 'onboard --provider-id sealos never asked the second gateway for its models');
        const back = await verify(ctx, { primary: 'aisa/qwen3-max' });
        check(JSON.stringify(back.provider) === JSON.stringify(first.provider), 'the second run changed models.providers.aisa');
        const sealos = back.config.models.providers.sealos;
        check(sealos?.apiKey === '${SEALOS_API_KEY}', `models.providers.sealos.apiKey is ${JSON.stringify(maskKey(sealos?.apiKey))}, expected "\${SEALOS_API_KEY}"`);
        check(sealos.baseUrl === gw.baseUrl, `models.providers.sealos.baseUrl is ${sealos.baseUrl}, expected ${gw.baseUrl}`);
        const envText = await readFile(join(ctx.state, '.env'), 'utf8');
        check(envText.includes(`SEALOS_API_KEY=${sealosKey}`) && envText.includes(`AISA_API_KEY=${KEY}`), '.env does not hold both keys');
        const res = await ctx.openclaw(['models', 'list', '--provider', 'sealos', '--json']);
        const out = res.stdout.trim() ? parseJsonOut(res.stdout, 'openclaw models list --provider sealos') : null;
        check(res.code === 0 && Array.isArray(out?.models), `openclaw models list --provider sealos failed (exit ${res.code}): ${tail(res.stderr || res.stdout, 400)}`);
        const keys = out.models.map((m) => m.key);
        const lost = ['sealos/Doubao-lite-4k', 'sealos/glm-4-flash'].filter((k) => !keys.includes(k));
        check(!lost.length, `OpenClaw does not list ${lost.join(', ')} (lists ${keys.join(', ') || 'nothing'})`);
        const unusable = out.models.filter((m) => m.available !== true).map((m) => m.key);
        check(!unusable.length, `OpenClaw says not available (no usable key?): ${unusable.join(', ')}`);
        ctx.summary += `; + sealos (${keys.length} models)`;
      } finally {
        await gw.close();
      }
    },
  },
  {
    name: 'seed000-doctor',
    desc: "seed 000's example (stale qwen3-plus, no apiKey) repaired by `aisa-setup doctor --fix --yes`",
    async run(ctx) {
      return doctorRepair(ctx, SEED_000_EXAMPLE, {
        primary: 'aisa/qwen-plus-2025-12-01',
        mustDeclare: ['qwen-plus-2025-12-01'],
        gone: ['qwen3-plus', 'qwen-plus', 'qwen-plus-latest', 'qwen3-flash', 'qwen-turbo', 'qwen-turbo-latest'],
      });
    },
  },
  {
    name: 'seed001-doctor',
    desc: "seed 001's example (aisa/ ids, supportsDeveloperRole on models) repaired by `aisa-setup doctor --fix --yes`",
    async run(ctx) {
      return doctorRepair(ctx, SEED_001_EXAMPLE, {
        primary: 'aisa/qwen3-max',
        mustDeclare: CORE,
        gone: [],
      });
    },
  },
];

// ---------------------------------------------------------------------------------------------- runner

async function runScenario(s) {
  const ctx = makeContext(s.name);
  const started = performance.now();
  let status = 'PASS';
  let reason = '';
  try {
    await ctx.setup();
    const out = await s.run(ctx);
    if (out?.skip) {
      status = 'SKIP';
      reason = out.skip;
    }
  } catch (err) {
    status = 'FAIL';
    reason = err instanceof Fail ? err.message : `harness error: ${err?.stack ?? err}`;
  } finally {
    if (ctx.dir && !(KEEP && status !== 'PASS')) await rm(ctx.dir, { recursive: true, force: true }).catch(() => {});
  }
  const ms = performance.now() - started;
  const line = `${status.padEnd(4)}  ${s.name.padEnd(18)} ${secs(ms).padStart(6)}  ${status === 'PASS' ? `${s.desc}${ctx.summary ? ` [${ctx.summary}]` : ''}` : reason}`;
  process.stdout.write(line + '\n');
  if (status !== 'PASS' && ctx.notes.length) process.stdout.write(`      ${' '.repeat(18)}         (${ctx.notes.join(', ')})${KEEP && ctx.dir ? ` kept: ${ctx.dir}` : ''}\n`);
  return { name: s.name, status, reason, ms };
}

async function main() {
  const t0 = performance.now();
  if (argv.includes('--list')) {
    for (const s of scenarios) process.stdout.write(`${s.name.padEnd(18)} ${s.desc}\n`);
    return 0;
  }
  const chosen = ONLY ? scenarios.filter((s) => ONLY.includes(s.name)) : scenarios;
  if (ONLY && chosen.length !== ONLY.length) {
    process.stderr.write(`unknown scenario in --only; known: ${scenarios.map((s) => s.name).join(', ')}\n`);
    return 2;
  }

  OC = await ensureOpenClaw();
  process.stdout.write(
    `OpenClaw ${OC.version} on Node ${OC.nodeVersion} (${OC.cached ? 'cached' : `installed in ${secs(OC.ms)}`}: ${OC.dir})\n`,
  );
  const built = process.env.AISA_COMPAT_BIN ? 'not checked (AISA_COMPAT_BIN)' : await ensureBuilt();
  process.stdout.write(`aisa-setup: ${relative(process.cwd(), BIN).startsWith('..') ? BIN : relative(process.cwd(), BIN)} on Node ${process.version}, dist ${built}; ${chosen.length} scenarios, ${JOBS} at a time\n`);
  if (BREAK) process.stdout.write(`AISA_COMPAT_BREAK=${BREAK}: configs are corrupted on purpose after each write\n`);

  const results = [];
  const queue = [...chosen];
  await Promise.all(
    Array.from({ length: Math.min(JOBS, queue.length) }, async () => {
      while (queue.length) results.push(await runScenario(queue.shift()));
    }),
  );
  const count = (st) => results.filter((r) => r.status === st).length;
  const passed = count('PASS');
  const failed = count('FAIL');
  const skipped = count('SKIP');
  process.stdout.write(`(total ${secs(performance.now() - t0)})\n`);
  process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`[compat] ${err?.stack ?? err}\n`);
    process.stdout.write('0 passed, 1 failed\n');
    process.exitCode = 1;
  },
);
