import ora, { type Ora } from 'ora';
import type { Context } from '../context.js';
import type { Colors } from './color.js';

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
  // discardStdin would put stdin in raw mode behind the back of the next prompt's readline.
  const spin: Ora = ora({ text, stream, discardStdin: false, isEnabled: true, color: ctx.opts.color ? 'cyan' : false });
  spin.start();
  return {
    succeed: (s) => void spin.stopAndPersist({ symbol: c.green('✔'), text: s }),
    fail: (s) => void spin.stopAndPersist({ symbol: c.red('✖'), text: s }),
    clear: () => void spin.stop(),
  };
}
