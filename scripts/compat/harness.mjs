// The per-scenario harness: a temp OpenClaw home (`makeContext`), the aisa-setup onboard runner, the
// optional deliberate corruption (AISA_COMPAT_BREAK), and reading the written config back like OpenClaw does.
//
// Nothing here is module-level state: the OpenClaw install and the break mode are handed to `makeContext`
// and travel on the context.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { run } from './install.mjs';
import { BIN, JSON5, KEY, OC_TIMEOUT, check, isSecretRef, maskKey, parseJsonOut, secs, tail } from './common.mjs';

/**
 * Resolves `$include` like OpenClaw does (path relative to the including file, string or array,
 * included content merged under sibling keys) and tells which file holds `models.providers.aisa`.
 */
export async function loadResolved(file) {
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

/**
 * A scenario's context. `openclaw` is the ensureOpenClaw() result; `breakMode` is AISA_COMPAT_BREAK
 * ('' for none), read by maybeBreak().
 */
export function makeContext(name, { openclaw: oc, breakMode = '' } = {}) {
  const ctx = { name, notes: [], breakMode, oc };
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
    ...(oc ? { NODE_COMPILE_CACHE: join(oc.dir, '.compile-cache') } : {}),
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
  /** Any other program (npm, npx, an installed aisa-setup) in the scenario's home, under this script's PATH. */
  ctx.exec = (cmd, args, { input, env = {}, timeoutMs = 180_000 } = {}) =>
    run(cmd, args, { cwd: ctx.dir, input: input ?? '', env: { ...baseEnv(process.env.PATH ?? ''), ...env }, timeoutMs });
  /** openclaw, under the cached Node 24. */
  ctx.openclaw = (args, { env = {}, timeoutMs = OC_TIMEOUT } = {}) =>
    run(oc.node, [oc.openclawEntry, ...args], {
      cwd: ctx.dir,
      env: { ...baseEnv(oc.pathWithNode), ...env },
      timeoutMs,
    });
  return ctx;
}

export async function onboard(ctx, args, { env = {}, key = KEY } = {}) {
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
export async function maybeBreak(ctx) {
  if (ctx.breakMode !== 'model-key') return;
  const { providerFile } = await loadResolved(ctx.config);
  if (!providerFile) return;
  const text = await readFile(providerFile, 'utf8');
  const at = Math.max(0, text.search(/["']?aisa["']?\s*:\s*\{/));
  const broken = text.slice(0, at) + text.slice(at).replace(/(["']?id["']?\s*:\s*["'][^"']+["'])/, '$1, "topP": 0.9');
  await writeFile(providerFile, broken);
  ctx.notes.push('BROKEN ON PURPOSE (AISA_COMPAT_BREAK=model-key)');
}

/** Reads back the aisa provider block and the defaults, and checks their shape. */
export async function readBack(ctx, { keyStorage = 'env-file', key = KEY } = {}) {
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
    check(isSecretRef(provider.apiKey), `env-file: apiKey is ${JSON.stringify(maskKey(provider.apiKey))}, expected the SecretRef to AISA_API_KEY`);
    check(new RegExp(`^AISA_API_KEY=["']?${key}["']?$`, 'm').test(envText), `env-file: ${envFile} has no AISA_API_KEY=<key> line`);
    const mode = (await stat(envFile)).mode & 0o777;
    check(mode === 0o600, `env-file: ${envFile} is mode ${mode.toString(8)}, expected 600`);
  } else if (keyStorage === 'env') {
    check(isSecretRef(provider.apiKey), `env: apiKey is ${JSON.stringify(maskKey(provider.apiKey))}, expected the SecretRef to AISA_API_KEY`);
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
