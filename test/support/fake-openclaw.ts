// A fake `openclaw` for the plugin command's tests: it records its arguments and does to the state
// dir and config what the real one does (the compat gate runs the real one): install unpacks the
// package.json of the npm-pack tarball it is given where 2026.9.6 keeps npm installs
// (npm/projects/aisa-setup/node_modules/aisa-setup) and enables the entry;
// uninstall removes the copy and leaves the entry disabled. Laid out as npm installs OpenClaw
// (bin/openclaw -> lib/node_modules/openclaw/openclaw.mjs beside its package.json), or as a bare
// script whose version only `openclaw --version` tells.
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runCli } from './cli.js';
import { tempDir, tempHome } from './home.js';

const FAKE = `#!/usr/bin/env node
const fs = require('node:fs'), path = require('node:path'), cp = require('node:child_process');
const [a, b, src] = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_OC_LOG, process.argv.slice(2).join(' ') + '\\n');
if (a === '--version') { console.log('OpenClaw ' + process.env.FAKE_OC_VERSION + ' (fake)'); process.exit(0); }
if (process.env.FAKE_OC_EXIT) { console.error('fake openclaw failing'); process.exit(Number(process.env.FAKE_OC_EXIT)); }
const ext = path.join(process.env.OPENCLAW_STATE_DIR, 'npm', 'projects', 'aisa-setup', 'node_modules', 'aisa-setup');
const file = process.env.OPENCLAW_CONFIG_PATH;
// JSON5 as a JS literal (comments, trailing commas); written back as JSON, comments lost, as OpenClaw's own writer does.
const config = fs.existsSync(file) ? new Function('return (' + fs.readFileSync(file, 'utf8') + ')')() : {};
const entry = (enabled) => { config.plugins ??= {}; config.plugins.entries ??= {}; config.plugins.entries.aisa = { enabled }; fs.writeFileSync(file, JSON.stringify(config, null, 2) + '\\n'); };
if (a + ' ' + b === 'plugins install') {
  if (!src.startsWith('npm-pack:')) { console.error('expected npm-pack:<tgz>'); process.exit(9); }
  const tgz = src.slice('npm-pack:'.length);
  fs.writeFileSync(process.env.FAKE_OC_LOG + '.files', cp.execFileSync('tar', ['tzf', tgz], { encoding: 'utf8' }));
  fs.mkdirSync(ext, { recursive: true });
  fs.writeFileSync(path.join(ext, 'package.json'), cp.execFileSync('tar', ['xzf', tgz, '-O', 'package/package.json']));
  entry(true);
  console.log('Installed plugin: aisa');
} else if (a + ' ' + b === 'plugins uninstall') {
  fs.rmSync(ext, { recursive: true, force: true });
  entry(false);
}
`;

export interface FakeOpenclawOptions {
  /** No openclaw on PATH at all. */
  absent?: boolean;
  /** The version OpenClaw reports; default the plugin API floor. */
  version?: string;
  /** 'npm': the version is in its package.json (default); 'bare': only `--version` tells. */
  layout?: 'npm' | 'bare';
}

export function fakeOpenclawBox(opts: FakeOpenclawOptions = {}) {
  const home = tempHome();
  const prefix = tempDir('aisa-fake-oc-');
  const bin = join(prefix, 'bin');
  mkdirSync(bin);
  const version = opts.version ?? '2026.9.6';
  if (!opts.absent) {
    const pkgDir = opts.layout === 'bare' ? bin : join(prefix, 'lib', 'node_modules', 'openclaw');
    mkdirSync(pkgDir, { recursive: true });
    const script = join(pkgDir, opts.layout === 'bare' ? 'openclaw' : 'openclaw.cjs');
    writeFileSync(script, FAKE);
    chmodSync(script, 0o755);
    if (opts.layout !== 'bare') {
      writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ name: 'openclaw', version }));
      symlinkSync(script, join(bin, 'openclaw'));
    }
  }
  const state = join(home, '.openclaw');
  mkdirSync(state, { recursive: true });
  const log = join(prefix, 'calls.log');
  writeFileSync(log, '');
  const config = join(state, 'openclaw.json');
  // npm (for `npm pack`) and node (the fake's interpreter) from the Node that runs the tests.
  const env = { PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`, OPENCLAW_STATE_DIR: state, OPENCLAW_CONFIG_PATH: config, FAKE_OC_LOG: log, FAKE_OC_VERSION: version };
  const run = (args: string[], extra: Record<string, string> = {}, input?: string) =>
    runCli(args, { home, env: { ...env, ...extra }, timeoutMs: 30_000, ...(input === undefined ? {} : { input }) });
  const read = (f: string) => {
    try {
      return readFileSync(f, 'utf8');
    } catch {
      return '';
    }
  };
  const copy = join(state, 'npm', 'projects', 'aisa-setup', 'node_modules', 'aisa-setup');
  return { home, state, config, copy, log: () => read(log), packedFiles: () => read(`${log}.files`), run };
}
