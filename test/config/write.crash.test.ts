// Kills a real writer (the bundled src/config/write.ts in a child process) with SIGKILL at random
// moments, hundreds of times, and checks after each kill that the config is exactly the old or the
// new version, never a torn mix; the backup too. Several lanes run side by side to fit in seconds.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWriteBundle, supportDir } from '../support/write-bundle.js';

const KILLS = 200;
const LANES = 4;

let root: string;
let bundle: string;
let A: string;
let B: string;

/** A big config (~200 KB) whose two versions differ throughout, so a torn write cannot pass for either. */
function bigConfig(tag: string): string {
  const models = Array.from({ length: 1500 }, (_, i) => ({ id: `model-${tag}-${i}`, name: `Model ${tag} ${i}`, contextWindow: 128000 + i }));
  return `// version ${tag}\n${JSON.stringify({ version: tag, models: { providers: { aisa: { models } } } }, null, 2)}\n`;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'aisa-crash-'));
  bundle = await buildWriteBundle(root);
  A = bigConfig('A');
  B = bigConfig('B');
  await writeFile(join(root, 'A.json'), A);
  await writeFile(join(root, 'B.json'), B);
});
const running = new Set<ReturnType<typeof spawn>>();
afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

/** Starts a writer, lets it run a random few milliseconds past its first write, then SIGKILLs it. */
function runAndKill(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(supportDir, 'write-crash-child.mjs'), bundle, file, join(root, 'A.json'), join(root, 'B.json')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.random() * 12));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      running.delete(child);
      clearTimeout(guard);
      if (signal === 'SIGKILL' && !stderr) resolve();
      else reject(new Error(`writer ended with ${signal ?? code}: ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it(`a writer SIGKILLed ${KILLS} times never leaves a partial config`, async () => {
    const seen = { A: 0, B: 0 };
    const lane = async (n: number) => {
      const dir = join(root, `lane-${n}`, '.openclaw');
      await mkdir(dir, { recursive: true });
      const file = join(dir, 'openclaw.json');
      await writeFile(file, A);
      for (let i = 0; i < KILLS / LANES; i++) {
        await runAndKill(file);
        const text = await readFile(file, 'utf8');
        expect(text === A || text === B, `lane ${n}, kill ${i}: torn config (${text.length} bytes)`).toBe(true);
        JSON.parse(text.slice(text.indexOf('\n') + 1));
        seen[text === A ? 'A' : 'B']++;
        if (existsSync(`${file}.bak`)) {
          const bak = await readFile(`${file}.bak`, 'utf8');
          expect(bak === A || bak === B, `lane ${n}, kill ${i}: torn backup`).toBe(true);
        }
      }
      // Temp files of killed writers are cleaned by the next run; at most the last one's remains.
      const temps = (await readdir(dir)).filter((name) => name.includes('aisa-tmp'));
      expect(temps.length, temps.join(', ')).toBeLessThanOrEqual(1);
    };
    await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
    expect(seen.A + seen.B).toBe(KILLS);
    // Kills landed at different moments of the write cycle, not always at the same point.
    expect(seen.A).toBeGreaterThan(KILLS / 10);
    expect(seen.B).toBeGreaterThan(KILLS / 10);
  }, 60_000);
});
