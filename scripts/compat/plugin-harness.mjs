// The OpenClaw plugin in the compat gate: the package packed once per run (`npm pack`, as users get
// it), unpacked, and installed into a scenario's isolated OpenClaw home with OpenClaw's own
// `openclaw plugins install`; then OpenClaw's own onboarding and agent turns against the fake gateway.
import { rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './install.mjs';
import { AGENT_TIMEOUT, JSON5, KEY, ROOT, check, parseJsonOut, secs, tail } from './common.mjs';

let packed;
/** `npm pack` of this checkout (dist/ already built by the runner), unpacked: { tgz, dir, kB }. */
export function packOnce() {
  packed ??= (async () => {
    const out = await mkdtemp(join(tmpdir(), 'aisa-compat-pack-'));
    process.once('exit', () => rmSync(out, { recursive: true, force: true }));
    // Packed from a copy of the sources, so prepack's clean build runs as in a release: in the
    // checkout it would delete dist/ under the other scenarios, and a dist/ built in place keeps
    // old chunks that no release has.
    const src = join(out, 'src');
    for (const f of ['package.json', 'package-lock.json', 'README.md', 'LICENSE', 'openclaw.plugin.json', 'bin', 'src', 'plugin', 'scripts', 'skills']) {
      await cp(join(ROOT, f), join(src, f), { recursive: true });
    }
    await symlink(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
    const res = await run('npm', ['pack', '--json', '--pack-destination', out], { cwd: src });
    if (res.code !== 0) throw new Error(`npm pack failed: ${tail(res.stderr, 800)}`);
    const info = JSON.parse(res.stdout.slice(res.stdout.indexOf('[')))[0];
    const tgz = join(out, info.filename);
    const dir = join(out, 'unpacked');
    await mkdir(dir);
    const untar = await run('tar', ['xzf', tgz, '-C', dir]);
    if (untar.code !== 0) throw new Error(`tar xzf failed: ${untar.stderr}`);
    return { tgz, dir: join(dir, 'package'), kB: Math.round(info.size / 1000) };
  })();
  return packed;
}

/** `openclaw plugins install <source> --force --accept-capabilities`; source 'dir' or 'tgz'. */
export async function installPlugin(ctx, how = 'dir') {
  const pkg = await packOnce();
  const source = how === 'tgz' ? `npm-pack:${pkg.tgz}` : pkg.dir;
  const res = await ctx.openclaw(['plugins', 'install', source, '--force', '--accept-capabilities']);
  ctx.notes.push(`plugins install ${secs(res.ms)}`);
  check(res.code === 0, `openclaw plugins install ${how === 'tgz' ? 'npm-pack:<tgz>' : '<dir>'} exited ${res.code}: ${tail(res.stderr || res.stdout)}`);
  const config = JSON5.parse(await readFile(ctx.config, 'utf8'));
  check(config.plugins?.entries?.aisa?.enabled === true, `plugins.entries.aisa.enabled is not true after install: ${JSON.stringify(config.plugins?.entries?.aisa)}`);
  return pkg;
}

/** OpenClaw's own non-interactive onboarding through the plugin's auth choice. */
export function ocOnboard(ctx, extra, env) {
  const args = ['onboard', '--non-interactive', '--accept-risk', '--auth-choice', 'aisa-api-key', '--skip-channels', '--skip-daemon', '--skip-health', '--skip-skills', '--skip-search', '--skip-ui', ...extra];
  return ctx.openclaw(args, { env });
}

/** One `openclaw agent --local` turn; returns the chat requests the fake gateway received during it. */
export async function agentTurn(ctx, gw, env, reply) {
  gw.requests.length = 0;
  const res = await ctx.openclaw(['agent', '--local', '--agent', 'main', '-m', 'ping', '--json', '--timeout', '240'], { env, timeoutMs: AGENT_TIMEOUT });
  ctx.notes.push(`agent turn ${secs(res.ms)}`);
  const chats = gw.requests.filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions');
  check(res.code === 0, `openclaw agent exited ${res.code}${res.timedOut ? ' (timeout)' : ''} after ${chats.length} chat request(s): ${tail(res.stderr, 500)}`);
  check(chats.length > 0, 'the fake gateway received no POST /v1/chat/completions');
  check(chats.every((c) => c.headers.authorization === `Bearer ${KEY}`), 'a chat request did not carry the Bearer key');
  const out = parseJsonOut(res.stdout, 'openclaw agent');
  const text = (out.payloads ?? []).map((p) => p.text).join('');
  check(text.includes(reply), `the reply did not come back: ${JSON.stringify(out.payloads ?? out).slice(0, 300)}`);
  return chats;
}

/** Whether `needle` appears in any file under OpenClaw's state dir (the sqlite state included). */
export async function stateContains(dir, needle) {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'extensions' && (await stateContains(p, needle))) return true;
    } else if (e.isFile() && (await stat(p)).size < 64 * 1024 * 1024 && (await readFile(p)).includes(needle)) return true;
  }
  return false;
}

/** `openclaw config validate --json` is clean, after whatever OpenClaw itself wrote. */
export async function validClean(ctx, env) {
  const res = await ctx.openclaw(['config', 'validate', '--json'], { env });
  const out = res.stdout.trim() ? parseJsonOut(res.stdout, 'openclaw config validate') : null;
  check(res.code === 0 && out?.valid, `openclaw config validate: INVALID (exit ${res.code}) ${(out?.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('; ') || tail(res.stderr)}`);
  return JSON5.parse(await readFile(ctx.config, 'utf8'));
}
