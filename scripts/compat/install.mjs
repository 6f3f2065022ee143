#!/usr/bin/env node
// Installs a real OpenClaw (and the Node 24 it needs) into a cache folder outside the repository,
// so `npm run test:compat` can check what aisa-setup writes against OpenClaw's own validator.
//
//   node scripts/compat/install.mjs            install (or reuse) and print where it is
//   AISA_COMPAT_OPENCLAW=latest node ...       use the newest published OpenClaw instead of the pin
//   AISA_COMPAT_CACHE=/some/dir node ...       cache root (default ${XDG_CACHE_HOME:-~/.cache}/aisa-setup-compat)
//   AISA_COMPAT_REINSTALL=1 node ...           throw the cached copy away first
//
// OpenClaw's package says `engines.node >= 24.16` and refuses to install under Node 20, so we first
// install the `node@24` npm package (it fetches the official binary from the npm registry) and then
// run npm with that binary first on PATH. A `.complete.json` marker is written only after
// `openclaw --version` answers, so an interrupted install is redone, never half-reused.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The OpenClaw release facts.md was checked against. Bump it deliberately, in one place. */
export const OPENCLAW_VERSION = '2026.9.6';
/** OpenClaw 2026.9.x needs Node >= 24.16 (< 25). */
export const NODE_SPEC = 'node@24';

const MARKER = '.complete.json';

function log(msg) {
  process.stderr.write(`[compat:install] ${msg}\n`);
}

export function cacheRoot() {
  if (process.env.AISA_COMPAT_CACHE) return resolve(process.env.AISA_COMPAT_CACHE);
  const xdg = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(xdg, 'aisa-setup-compat');
}

/** Runs a command, resolves with { code, stdout, stderr, ms }. Never throws on a non-zero exit. */
export function run(cmd, args, { env = process.env, cwd, input, timeoutMs = 0 } = {}) {
  const started = performance.now();
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, timeoutMs)
      : null;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (err) => {
      if (timer) clearTimeout(timer);
      resolveRun({ code: 127, stdout, stderr: stderr + String(err), ms: performance.now() - started, timedOut });
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolveRun({ code: code ?? (signal ? 128 : 1), signal, stdout, stderr, ms: performance.now() - started, timedOut });
    });
    child.stdin.on('error', () => {});
    if (input != null) child.stdin.end(input);
    else child.stdin.end();
  });
}

async function npm(args, { cwd, env }) {
  // `npm` is a `#!/usr/bin/env node` script: with Node 24 first on PATH it runs under Node 24, and
  // so do the install scripts it spawns.
  const res = await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd, env });
  if (res.code !== 0) {
    throw new Error(`npm ${args.join(' ')} failed (exit ${res.code}) in ${cwd}\n${res.stderr.slice(-4000)}`);
  }
  return res;
}

async function resolveVersion(spec) {
  if (/^\d+\.\d+\.\d+/.test(spec)) return spec;
  const res = await run('npm', ['view', `openclaw@${spec}`, 'version', '--json'], {});
  if (res.code !== 0) throw new Error(`cannot resolve openclaw@${spec}: ${res.stderr.slice(-2000)}`);
  const parsed = JSON.parse(res.stdout);
  return Array.isArray(parsed) ? parsed[parsed.length - 1] : parsed;
}

function describe(dir, marker) {
  const nodeBin = join(dir, 'node_modules', 'node', 'bin', 'node');
  return {
    dir,
    version: marker.openclawVersion,
    nodeVersion: marker.nodeVersion,
    node: nodeBin,
    openclawEntry: join(dir, 'node_modules', 'openclaw', marker.openclawBin),
    /** env for spawning anything that must see Node 24 first on PATH */
    pathWithNode: `${dirname(nodeBin)}${delimiter}${process.env.PATH ?? ''}`,
  };
}

/**
 * Makes sure the requested OpenClaw is installed in the cache and returns how to run it:
 * { dir, version, nodeVersion, node, openclawEntry, pathWithNode, cached, ms }.
 */
export async function ensureOpenClaw({ spec = process.env.AISA_COMPAT_OPENCLAW || OPENCLAW_VERSION } = {}) {
  const started = performance.now();
  const version = await resolveVersion(spec);
  const dir = join(cacheRoot(), version);
  const markerPath = join(dir, MARKER);

  if (process.env.AISA_COMPAT_REINSTALL === '1') await rm(dir, { recursive: true, force: true });

  if (existsSync(markerPath)) {
    try {
      const marker = JSON.parse(await readFile(markerPath, 'utf8'));
      const info = describe(dir, marker);
      if (existsSync(info.node) && existsSync(info.openclawEntry)) {
        return { ...info, cached: true, ms: performance.now() - started };
      }
    } catch {
      /* fall through: reinstall */
    }
    log(`cache at ${dir} is incomplete, reinstalling`);
  }

  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'aisa-setup-compat-cache', private: true, description: `openclaw@${version} for aisa-setup test:compat` }, null, 2),
  );
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error', '--no-update-notifier'];

  log(`installing ${NODE_SPEC} into ${dir}`);
  let t = performance.now();
  await npm(['install', '--save-exact', NODE_SPEC, ...quiet], { cwd: dir, env: process.env });
  const nodeBin = join(dir, 'node_modules', 'node', 'bin', 'node');
  const nodeVersion = (await run(nodeBin, ['--version'])).stdout.trim();
  if (!/^v24\./.test(nodeVersion)) throw new Error(`${NODE_SPEC} installed but ${nodeBin} reports "${nodeVersion}"`);
  log(`  ${nodeVersion} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  log(`installing openclaw@${version} with Node ${nodeVersion} first on PATH`);
  t = performance.now();
  const env = { ...process.env, PATH: `${dirname(nodeBin)}${delimiter}${process.env.PATH ?? ''}` };
  await npm(['install', '--save-exact', `openclaw@${version}`, ...quiet], { cwd: dir, env });
  log(`  done in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const pkg = JSON.parse(await readFile(join(dir, 'node_modules', 'openclaw', 'package.json'), 'utf8'));
  const openclawBin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.openclaw ?? Object.values(pkg.bin ?? {})[0];
  if (!openclawBin) throw new Error('openclaw package.json has no bin');
  const marker = { openclawVersion: pkg.version, nodeVersion, openclawBin, installedAt: new Date().toISOString() };
  const info = describe(dir, marker);

  // Sanity check in an isolated home before declaring the cache complete.
  const sandbox = join(dir, '.sanity-home');
  await mkdir(sandbox, { recursive: true });
  const check = await run(info.node, [info.openclawEntry, '--version'], {
    env: {
      ...env,
      HOME: sandbox,
      OPENCLAW_HOME: sandbox,
      OPENCLAW_STATE_DIR: join(sandbox, '.openclaw'),
      OPENCLAW_CONFIG_PATH: join(sandbox, '.openclaw', 'openclaw.json'),
    },
    timeoutMs: 120_000,
  });
  if (check.code !== 0) throw new Error(`openclaw --version failed (exit ${check.code}): ${check.stderr.slice(-2000)}`);
  marker.reportedVersion = check.stdout.trim().split('\n').pop();
  await writeFile(markerPath, JSON.stringify(marker, null, 2) + '\n');
  return { ...info, cached: false, ms: performance.now() - started };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const info = await ensureOpenClaw();
    log(
      `openclaw ${info.version} (Node ${info.nodeVersion}) ${info.cached ? 'reused from cache' : 'installed'} ` +
        `in ${(info.ms / 1000).toFixed(1)} s at ${info.dir}`,
    );
    process.stdout.write(JSON.stringify(info, null, 2) + '\n');
  } catch (err) {
    log(String(err?.message ?? err));
    process.exitCode = 1;
  }
}
