// Our own output into a pipe or a file is written to the descriptor; what may be a terminal gets
// the real stream. (A reader that goes away mid-run: test/cli/bin.test.ts, through a real pipe.)
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
