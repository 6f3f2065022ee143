import type { Io } from '../context.js';

type TtyIn = NodeJS.ReadStream & { isRaw?: boolean };

/**
 * Swallows what is typed while nothing is asked (a spinner runs), and returns the function that
 * stops. In the terminal's ordinary mode the keys would be echoed onto the spinner's line and
 * wait in the line buffer, and the next prompt would read them: a typed Enter would pick its
 * highlighted default unseen. Raw mode stops the echo and hands the keys here; Ctrl-C, a byte in
 * raw mode, is sent back to the process as the SIGINT it would have been.
 */
export function swallowTyping(stdin: Io['stdin']): () => void {
  const tty = stdin as TtyIn;
  if (!tty.isTTY || typeof tty.setRawMode !== 'function') return () => {};
  const wasRaw = tty.isRaw === true;
  const onData = (chunk: Buffer | string) => {
    if (String(chunk).includes('\x03')) process.kill(process.pid, 'SIGINT');
  };
  tty.setRawMode(true);
  tty.on('data', onData);
  tty.resume();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    tty.removeListener('data', onData);
    tty.pause();
    tty.setRawMode(wasRaw);
    // Anything read but not yet handed out is dropped too, not left for the next prompt.
    while (tty.read() !== null);
  };
}
