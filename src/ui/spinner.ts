import ora, { type Ora } from 'ora';
import type { Context } from '../context.js';
import type { Colors } from './color.js';
import { swallowTyping } from './typeahead.js';

export interface Spinner {
  succeed(text: string): void;
  fail(text: string): void;
  /** Removes the spinner's line (a cancelled wait has no outcome to show). */
  clear(): void;
}

/**
 * A spinner while we wait on the network, only where a person watches a terminal; elsewhere the
 * waiting line and the outcome are printed as plain lines, so logs read the same story.
 */
export function startSpinner(ctx: Pick<Context, 'io' | 'opts' | 'out'>, c: Colors, text: string): Spinner {
  const stream = ctx.io.stdout;
  if (!stream.isTTY || ctx.opts.json) {
    ctx.out.say(text);
    return { succeed: (s) => ctx.out.say(`${c.green('✔')} ${s}`), fail: (s) => ctx.out.say(`${c.red('✖')} ${s}`), clear: () => {} };
  }
  // Ora's own discardStdin stays off: ours (swallowTyping) gives the terminal back before the next
  // prompt's readline starts, and drops what was read meanwhile.
  const spin: Ora = ora({ text, stream, discardStdin: false, isEnabled: true, color: ctx.opts.color ? 'cyan' : false });
  const release = swallowTyping(ctx.io.stdin);
  spin.start();
  const stop = (then: () => void) => {
    release();
    then();
  };
  return {
    succeed: (s) => stop(() => spin.stopAndPersist({ symbol: c.green('✔'), text: s })),
    fail: (s) => stop(() => spin.stopAndPersist({ symbol: c.red('✖'), text: s })),
    clear: () => stop(() => spin.stop()),
  };
}
