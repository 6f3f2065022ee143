import type { Io } from '../context.js';

/** A yes/no question; tests pass their own, a terminal gets the project's prompt wrapper. */
export type Ask = (question: string, defaultYes: boolean) => Promise<boolean>;

export function terminalAsk(io: Io, color: boolean): Ask {
  return async (message, defaultYes) => {
    // Loaded only when a question is really asked: a plain report never pays for the prompt library.
    const { inquirerPrompts } = await import('../load/terminal.js');
    return inquirerPrompts(io, { color }).confirm({ message, default: defaultYes });
  };
}
