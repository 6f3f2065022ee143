// Ten real processes edit one config at once through the library (lock → read → add a key → write).
// Every process either lands its key or exits 3 saying another run holds the lock: an update is
// never lost silently. (A CLI-level twin of this test comes with the onboard command.)
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWriteBundle, supportDir } from '../support/write-bundle.js';

const PROCESSES = 10;
let root: string;
let bundle: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aisa-concurrency-'));
  bundle = await buildWriteBundle(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Outcome {
  key: string;
  code: number | null;
  stderr: string;
}

/** Spawns a child and resolves once it has loaded the bundle; `go()` releases it, `done` is its end. */
function start(file: string, key: string, waitMs: number, holdMs: number) {
  const child = spawn(process.execPath, [join(supportDir, 'write-lock-child.mjs'), bundle, file, key, String(waitMs), String(holdMs)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Outcome>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve({ key, code, stderr }));
  });
  const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return { ready, done, go: () => child.stdin.end('go\n') };
}

async function race(name: string, waitMs: number, holdMs: number) {
  const file = join(root, name, '.openclaw', 'openclaw.json');
  const keys = Array.from({ length: PROCESSES }, (_, i) => `key-${i}`);
  const children = keys.map((key) => start(file, key, waitMs, holdMs));
  await Promise.all(children.map((c) => c.ready));
  for (const c of children) c.go();
  const outcomes = await Promise.all(children.map((c) => c.done));
  const text = await readFile(file, 'utf8');
  const config = JSON.parse(text) as Record<string, number>;
  for (const o of outcomes) {
    if (o.code === 0) {
      expect(config[o.key], `${o.key} exited 0 but its key is missing`).toBeTypeOf('number');
    } else {
      expect(o.code, `${o.key}: ${o.stderr}`).toBe(3);
      expect(o.stderr).toContain('config-locked');
      expect(o.stderr).toContain('Another aisa-setup run');
      expect(o.stderr).toContain(`${file}.lock`);
      expect(config[o.key]).toBeUndefined();
    }
  }
  // Nothing but the config, its backups and no stray lock or temp file.
  const names = await readdir(join(root, name, '.openclaw'));
  expect(names.filter((n) => n.endsWith('.lock') || n.includes('aisa-tmp'))).toEqual([]);
  return { outcomes, config };
}

describe('concurrent runs', () => {
  it(`${PROCESSES} processes that wait long enough all land their key`, async () => {
    const { outcomes, config } = await race('patient', 10_000, 20);
    expect(outcomes.map((o) => o.code)).toEqual(Array(PROCESSES).fill(0));
    expect(Object.keys(config).sort()).toEqual(outcomes.map((o) => o.key).sort());
  }, 30_000);

  it('impatient processes either land their key or exit 3 naming the lock, none lost silently', async () => {
    // Each holds the lock 300 ms but waits only 400 ms: most must give up.
    const { outcomes, config } = await race('impatient', 400, 300);
    const landed = outcomes.filter((o) => o.code === 0);
    expect(landed.length).toBeGreaterThanOrEqual(1);
    expect(landed.length).toBeLessThan(PROCESSES);
    expect(Object.keys(config).sort()).toEqual(landed.map((o) => o.key).sort());
  }, 30_000);
});
