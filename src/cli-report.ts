// How a run ends badly: any error becomes the contract's exit code, a message and a fix line (and
// the JSON document with --json), in the user's language; commander's own errors included.
import { CommanderError } from 'commander';
import { CliError, ExitCode, isCliError } from './errors.js';
import { t } from './i18n/index.js';
import { redact } from './secret.js';
import type { Output } from './ui/output.js';

/** The command the user typed (`onboard`, `models set`…), for help that points at its own flags. */
export function commandPath(argv: string[]): string {
  const words = argv.filter((a) => !a.startsWith('-'));
  const [first, second] = words;
  if (first === 'models' && second && ['list', 'set', 'fallbacks'].includes(second)) return `models ${second}`;
  return first && ['onboard', 'doctor', 'models'].includes(first) ? first : '';
}

/** Turns any error into the contract's exit code and a message (JSON with --json); no stack unless DEBUG. */
export function report(e: unknown, out: Output, env: NodeJS.ProcessEnv, command = ''): number {
  const m = t().cli;
  let err: CliError;
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.ok;
    err = new CliError('usage', ExitCode.usage, translateCommander(e), m.seeHelp);
  } else if (isCliError(e)) {
    err = e;
  } else {
    const detail = e instanceof Error ? e.message : String(e);
    err = new CliError('internal', ExitCode.failure, `${m.unexpected}\n${detail}`);
    if (env.DEBUG && e instanceof Error && e.stack) out.warn(redact(e.stack));
  }
  // The generic "see --help" points at the help of the command that was typed.
  if (command && err.fix === m.seeHelp) err = new CliError(err.kind, err.exitCode, err.message, m.seeHelpFor(`aisa-setup ${command} --help`));
  // With --json the error is said once, in the document (message and fix included): a script that
  // captures both streams would otherwise read it twice, and one that reads stderr alone still has
  // the exit code. Human progress lines stay on stderr; the failure itself is not repeated there.
  if (out.json) {
    out.document({ ok: false, error: err.toJSON() });
    return err.exitCode;
  }
  // Cancelling is the user's choice, not an error: say what happened, without the prefix.
  out.warn(err.kind === 'cancelled' ? err.message : `${m.errorPrefix}${err.message}`);
  if (err.fix) out.warn(`${m.fixPrefix}${err.fix}`);
  return err.exitCode;
}

function translateCommander(e: CommanderError): string {
  const m = t().cli;
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption': {
      // Commander names the closest flags of the command and its parents: "(Did you mean --dry-run?)".
      const near = /\(Did you mean (?:one of )?(.+)\?\)/.exec(e.message)?.[1];
      return m.unknownOption(quoted) + (near ? m.didYouMean(near) : '');
    }
    case 'commander.unknownCommand':
      return m.unknownCommand(quoted);
    case 'commander.missingArgument':
    case 'commander.optionMissingArgument':
      return m.missingArgument(quoted);
    default:
      return e.message.replace(/^error: /, '');
  }
}
