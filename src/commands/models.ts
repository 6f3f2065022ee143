import type { Context } from '../context.js';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';

/** `aisa-setup models`: arrives with its own issue; until then it says so plainly. */
export async function runModels(_ctx: Context, _opts: Record<string, unknown>, _args: string[]): Promise<number> {
  throw new CliError('not-implemented', ExitCode.failure, t().cli.notYet('aisa-setup models'));
}
