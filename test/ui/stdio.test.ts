// Our own output into a pipe or a file is written to the descriptor; what may be a terminal gets
// the real stream. (A reader that goes away mid-run: test/cli/bin.test.ts, through a real pipe.)
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { outStream } from '../../src/ui/stdio.js';
import { tempDir } from '../support/home.js';

const noStream = () => {
  throw new Error('the real stream was made');
};

describe('outStream', () => {
  it('writes straight to a file descriptor, bytes whole, without making the stream', () => {
    const file = join(tempDir('aisa-stdio-'), 'out.txt');
    const fd = openSync(file, 'w');
    try {
      const out = outStream(fd, noStream);
      expect(out.isTTY).toBe(false);
      out.write('密钥 sk-…wxyz\n');
      out.write(Buffer.from('second line\n'));
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe('密钥 sk-…wxyz\nsecond line\n');
  });

  it('hands a character device (a terminal, or /dev/null) to the real stream', () => {
    const fd = openSync('/dev/null', 'w');
    try {
      const real = { write: () => true, isTTY: true } as unknown as ReturnType<typeof outStream>;
      expect(outStream(fd, () => real)).toBe(real);
    } finally {
      closeSync(fd);
    }
  });
});

describe('outStream into a full non-blocking pipe', () => {
  it('hands the rest to the real stream (EAGAIN): every byte arrives, in order', async () => {
    const dir = tempDir('aisa-stdio-');
    const mod = join(dir, 'stdio.mjs');
    await build({ entryPoints: [resolve(import.meta.dirname, '../../src/ui/stdio.ts')], bundle: true, platform: 'node', format: 'esm', outfile: mod, logLevel: 'silent' });
    // Making process.stdout turns the pipe non-blocking (libuv does); then 3 MB go through outStream
    // while nobody reads, so writeSync meets a full pipe.
    const script = `import { outStream } from ${JSON.stringify(mod)};
process.stdout;
const out = outStream(1, () => process.stdout);
for (let i = 0; i < 3000; i++) out.write(String(i).padStart(6, '0') + 'x'.repeat(1017) + '\\n');`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pause();
    await new Promise((r) => setTimeout(r, 300));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    // A writer stuck on the full pipe would never end: stop it, and the checks below say so.
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await new Promise((r) => child.on('close', r));
    clearTimeout(timer);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = Buffer.concat(chunks).toString('utf8').split('\n').slice(0, -1);
    expect(lines).toHaveLength(3000);
    expect(lines.every((l, i) => l === String(i).padStart(6, '0') + 'x'.repeat(1017))).toBe(true);
  });
});
