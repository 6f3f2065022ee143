// The callback-made file handle behaves as fs/promises' FileHandle where the config code relies on it.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { open } from '../../src/config/fs-async.js';
import { tempDir } from '../support/home.js';

describe('open', () => {
  it('closes once: a second close leaves alone the file that reused the descriptor', async () => {
    const dir = tempDir('aisa-fsa-');
    const h = await open(join(dir, 'a'), 'w');
    const fd = h.fd;
    await h.close();
    const other = openSync(join(dir, 'b'), 'w');
    try {
      expect(other).toBe(fd);
      await h.close();
      writeSync(other, 'still open');
    } finally {
      closeSync(other);
    }
    expect(readFileSync(join(dir, 'b'), 'utf8')).toBe('still open');
  });

  it('writes, syncs, reads back and stats through the descriptor', async () => {
    const file = join(tempDir('aisa-fsa-'), 'c');
    const w = await open(file, 'wx', 0o600);
    await w.chmod(0o640);
    await w.writeFile('{ a: 1 }\n');
    await w.sync();
    expect((await w.stat()).mode & 0o777).toBe(0o640);
    await w.close();
    const r = await open(file, 'r');
    expect((await r.readFile()).toString('utf8')).toBe('{ a: 1 }\n');
    await r.close();
    await expect(open(file, 'wx')).rejects.toMatchObject({ code: 'EEXIST' });
  });
});
