// `npm run bench`: start-up and end-to-end timings of the built CLI, each as a ratio to `node -e 0`
// measured in the same run (so the numbers mean the same on any machine), plus package size,
// peak memory and the peer's onboarding time when the compat cache holds OpenClaw.
// All network traffic goes to a fake gateway on 127.0.0.1.
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'aisa-setup.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const KEY = 'sk-bench-0123456789abcdef';
const work = mkdtempSync(join(tmpdir(), 'aisa-bench-'));
const home = join(work, 'home');
mkdirSync(home);
const env = { ...process.env, HOME: home, OPENCLAW_HOME: home, NO_COLOR: '1', AISA_API_KEY: KEY, CI: '1' };
delete env.OPENCLAW_CONFIG_PATH;
delete env.OPENCLAW_STATE_DIR;

// The fake gateway is TypeScript; bundle it so this script runs on plain Node 20.
const fakeOut = join(work, 'fake-gateway.mjs');
await build({ entryPoints: [join(root, 'test/support/fake-gateway.ts')], bundle: true, platform: 'node', format: 'esm', outfile: fakeOut, logLevel: 'error' });
const { startFakeGateway } = await import(fakeOut);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeOnce(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', input: opts.input ?? '', cwd: work });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== (opts.expect ?? 0)) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  }
  return ms;
}

function measure(name, cmd, args, opts = {}) {
  const xs = [];
  for (let i = 0; i < RUNS; i++) {
    opts.before?.(i);
    xs.push(timeOnce(cmd, typeof args === 'function' ? args(i) : args, opts));
  }
  return { name, ms: median(xs) };
}

const rows = [];
const print = (label, value) => console.log(`${label.padEnd(52)} ${value}`);

// Warm the file cache and (on Node >= 22) the compile cache, as a second run of a user would.
for (let i = 0; i < 3; i++) timeOnce(process.execPath, [bin, '--version']);

const baseline = measure('node -e 0', process.execPath, ['-e', '0']);
rows.push(measure('aisa-setup --version', process.execPath, [bin, '--version']));
rows.push(measure('aisa-setup --help', process.execPath, [bin, '--help']));
const cfg = (i, tag) => join(work, `${tag}-${i}`, 'openclaw.json');
rows.push(
  measure('onboard --non-interactive --skip-validation', process.execPath, (i) => [bin, 'onboard', '--non-interactive', '--skip-validation', '--config', cfg(i, 'skip'), '--yes']),
);

const fast = await startFakeGateway({ keys: [KEY] });
rows.push(
  measure('onboard --non-interactive (fake gateway, loopback)', process.execPath, (i) => [bin, 'onboard', '--non-interactive', '--base-url', fast.baseUrl, '--config', cfg(i, 'live'), '--yes']),
);
const doctorCfg = cfg(0, 'live');
rows.push(measure('doctor --offline', process.execPath, [bin, 'doctor', '--offline', '--config', doctorCfg], { expect: undefined }));
await fast.close();

const slow = await startFakeGateway({ keys: [KEY], chatDelayMs: 200 });
const probeCfg = cfg(0, 'probe');
timeOnce(process.execPath, [bin, 'onboard', '--non-interactive', '--base-url', slow.baseUrl, '--config', probeCfg, '--yes']);
const probe = measure('doctor --probe (5 models, 200 ms each)', process.execPath, [bin, 'doctor', '--probe', '--base-url', slow.baseUrl, '--config', probeCfg], { expect: undefined });
await slow.close();

console.log(`\nmedian of ${RUNS} runs each, Node ${process.version}\n`);
print(baseline.name, `${baseline.ms.toFixed(1)} ms  (baseline 1.00×)`);
for (const r of rows) print(r.name, `${r.ms.toFixed(1)} ms  ${(r.ms / baseline.ms).toFixed(2)}×`);
print(probe.name, `${probe.ms.toFixed(1)} ms  ${(probe.ms / 200).toFixed(2)}× the slowest request (200 ms); sum would be 1000 ms`);
