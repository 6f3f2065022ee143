import { cancelledError } from './prompts.js';

/**
 * Waits for `work`, or for Ctrl-C. Outside a prompt the terminal is not in raw mode, so Ctrl-C is
 * a SIGINT that would end the process at once without a word; here it becomes the same
 * "Cancelled" error (exit 130) a prompt gives. Only for waits before anything is written.
 */
export async function untilInterrupted<T>(work: Promise<T>): Promise<T> {
  let onSignal: () => void = () => {};
  const interrupted = new Promise<never>((_, reject) => {
    onSignal = () => reject(cancelledError());
    process.once('SIGINT', onSignal);
  });
  try {
    return await Promise.race([work, interrupted]);
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}
