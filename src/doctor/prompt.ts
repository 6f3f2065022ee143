import type { Io } from '../context.js';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';

/** A yes/no question; tests pass their own, the terminal gets @inquirer/prompts. */
export type Ask = (question: string, defaultYes: boolean) => Promise<boolean>;

export function terminalAsk(io: Io): Ask {
  return async (message, defaultYes) => {
    // Loaded only when a question is really asked: a report never pays for the prompt library.
    const { confirm } = await import('@inquirer/prompts');
    try {
      return await confirm({ message, default: defaultYes }, { input: io.stdin, output: io.stdout as NodeJS.WritableStream });
    } catch (e) {
      if ((e as Error).name === 'ExitPromptError' || (e as Error).name === 'AbortPromptError') {
        throw new CliError('cancelled', ExitCode.cancelled, t().cli.cancelled);
      }
      throw e;
    }
  };
}
