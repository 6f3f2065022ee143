import { fstatSync, writeSync } from 'node:fs';
import type { Io } from '../context.js';

/**
 * Standard output or error for our own lines. Into a pipe or a file (scripts, CI, `| head`), the
 * text goes straight to the descriptor with writeSync: process.stdout would first build a stream
 * (loading net and the stream classes, ~5 ms of every run on Node 24) to do the same synchronous
 * write. Anything that may be a terminal (a character device) gets the real stream, which knows
 * its width and colours and is what the prompts and the spinner need.
 */
export function outStream(fd: number, real: () => Io['stdout']): Io['stdout'] {
  if (mayBeTerminal(fd)) return real();
  let stream: Io['stdout'] | undefined;
  let gone = false;
  const direct = {
    isTTY: false,
    write(text: string | Uint8Array): boolean {
      if (gone) return true;
      if (stream) return stream.write(text);
      const bytes = typeof text === 'string' ? Buffer.from(text) : text;
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // The reader went away (`| head -1`): the rest has nowhere to go, and the run goes on.
        if (code === 'EPIPE') gone = true;
        // A pipe another program made non-blocking is full: the stream waits for it to drain.
        else if (code === 'EAGAIN') return (stream = real()).write(bytes.subarray(done));
        else throw e;
      }
      return true;
    },
  };
  // Only write and isTTY are read where output is not a terminal (Output, help, the spinner's test).
  return direct as unknown as Io['stdout'];
}

/** A terminal is a character device; a pipe, a file or a socket never is (/dev/null is one too). */
function mayBeTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return true;
  }
}
