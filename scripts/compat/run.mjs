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
//
// Layout: common.mjs (paths, constants, check/fail), project.mjs (dist/ build, curated ids), harness.mjs
// (temp home, onboard, read-back), checks.mjs (OpenClaw validate / models list / verify), doctor.mjs,
// scenarios.mjs (the list), and this file (arguments, runner, main).
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { ensureOpenClaw } from './install.mjs';
import { BIN, Fail, secs } from './common.mjs';
import { ensureBuilt } from './project.mjs';
import { makeContext } from './harness.mjs';
import { scenarios } from './scenarios.mjs';

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const ONLY = opt('--only')?.split(',').filter(Boolean);
const KEEP = argv.includes('--keep');
const JOBS = Number(opt('--jobs') ?? process.env.AISA_COMPAT_JOBS ?? Math.max(1, Math.min(availableParallelism(), 4)));
const BREAK = process.env.AISA_COMPAT_BREAK ?? '';

// ---------------------------------------------------------------------------------------------- runner

/** Runs one scenario in its own context; `openclaw` is the ensureOpenClaw() result. */
async function runScenario(s, openclaw) {
  const ctx = makeContext(s.name, { openclaw, breakMode: BREAK });
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

  const OC = await ensureOpenClaw();
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
      while (queue.length) results.push(await runScenario(queue.shift(), OC));
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

// Exit explicitly: the local registry (a child with open pipes) and esbuild's service keep the event
// loop alive, so waiting for it to drain would hang CI after the last line. The 'exit' handlers stop
// the registry and remove its folder.
main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`[compat] ${err?.stack ?? err}\n`);
    process.stdout.write('0 passed, 1 failed\n');
    process.exit(1);
  },
);
