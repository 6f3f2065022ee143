// A throwaway npm registry on 127.0.0.1 for the compat gate: Verdaccio, pinned, installed into the
// gate's cache beside OpenClaw (never into the project's dependencies), run under the cached Node
// 24, with no uplinks: a package it does not hold is a 404, so nothing an install asks for can
// leave the machine. Started once per gate run (the first scenario that needs it), stopped on exit.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cacheRoot, run } from './install.mjs';
import { tail } from './common.mjs';

/** Pinned: 6.8.0 runs on Node 20 and 24 (6.10 wants Node 22); the gate runs it under Node 24. */
export const VERDACCIO_VERSION = '6.8.0';

/** Verdaccio in the cache (installed once, ~20 s): the path of its bin script. */
async function ensureVerdaccio(oc) {
  const dir = join(cacheRoot(), `verdaccio-${VERDACCIO_VERSION}`);
  const bin = join(dir, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
  const marker = join(dir, '.complete.json');
  if (existsSync(marker) && existsSync(bin)) return bin;
  rmSync(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'aisa-setup-compat-registry', private: true }, null, 2));
  const env = { ...process.env, PATH: oc.pathWithNode };
  const res = await run('npm', ['install', '--save-exact', `verdaccio@${VERDACCIO_VERSION}`, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env });
  if (res.code !== 0) throw new Error(`installing verdaccio@${VERDACCIO_VERSION} failed: ${tail(res.stderr, 1500)}`);
  await writeFile(marker, JSON.stringify({ verdaccio: VERDACCIO_VERSION, installedAt: new Date().toISOString() }) + '\n');
  return bin;
}

const config = (dir, port) => `storage: ${join(dir, 'storage')}
auth:
  htpasswd:
    file: ${join(dir, 'htpasswd')}
    max_users: 5
uplinks: {}
packages:
  '**':
    access: $all
    publish: $authenticated
listen: 127.0.0.1:${port}
log: { type: stdout, format: pretty, level: warn }
web: { enable: false }
`;

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Polls until the registry answers, or fails after `ms`. */
async function waitUp(url, child, log, ms = 60_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited ${child.exitCode}: ${tail(log(), 1500)}`);
    try {
      if ((await fetch(`${url}/-/ping`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`verdaccio did not answer on ${url} within ${ms / 1000} s: ${tail(log(), 1500)}`);
}

let started;
/**
 * The running registry: { url, npmrc (a userconfig that can publish), ms }. One per gate run; the
 * caller's first `publish` puts the packed package in it.
 */
export function registry(oc) {
  started ??= (async () => {
    const t0 = performance.now();
    const bin = await ensureVerdaccio(oc);
    const dir = await mkdtemp(join(tmpdir(), 'aisa-compat-registry-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    await writeFile(join(dir, 'config.yaml'), config(dir, port));
    let out = '';
    const child = spawn(oc.node, [bin, '--config', join(dir, 'config.yaml')], { cwd: dir, env: { PATH: dirname(oc.node), HOME: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    process.once('exit', () => {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    });
    await waitUp(url, child, () => out);
    // A publisher account (Verdaccio's npm adduser endpoint), kept in a userconfig of its own.
    const user = await fetch(`${url}/-/user/org.couchdb.user:gate`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'gate', password: 'gate-pass-0000' }) });
    const { token } = await user.json();
    if (!token) throw new Error(`verdaccio gave no token (HTTP ${user.status})`);
    const npmrc = join(dir, 'publisher.npmrc');
    await writeFile(npmrc, `registry=${url}/\n//127.0.0.1:${port}/:_authToken=${token}\n`);
    return { url, npmrc, dir, ms: performance.now() - t0 };
  })();
  return started;
}

let published;
/** `npm publish <tgz>` to the registry, once per run. */
export function publishOnce(reg, tgz) {
  published ??= (async () => {
    const env = { PATH: process.env.PATH, HOME: reg.dir, npm_config_userconfig: reg.npmrc, npm_config_cache: join(reg.dir, 'npm-cache'), npm_config_update_notifier: 'false' };
    const res = await run('npm', ['publish', tgz, '--registry', `${reg.url}/`, '--loglevel=error'], { env, cwd: reg.dir });
    if (res.code !== 0) throw new Error(`npm publish failed (exit ${res.code}): ${tail(res.stderr, 1500)}`);
    const meta = await (await fetch(`${reg.url}/aisa-setup`)).json();
    return { versions: Object.keys(meta.versions ?? {}) };
  })();
  return published;
}

/** How a new user's npm sees the registry: an empty cache and config under their own home. */
export function newUserNpmEnv(reg, home) {
  return {
    npm_config_registry: `${reg.url}/`,
    npm_config_cache: join(home, '.npm'),
    npm_config_userconfig: join(home, '.npmrc'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    // Anything that tries to reach past 127.0.0.1 anyway (npm, or Node 24's fetch with
    // NODE_USE_ENV_PROXY) goes to a closed loopback port and fails, loudly, instead of leaving.
    HTTP_PROXY: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '127.0.0.1,localhost',
    NODE_USE_ENV_PROXY: '1',
  };
}
