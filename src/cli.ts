import { Command, CommanderError, Option } from 'commander';
import type { Context, GlobalOptions, Io } from './context.js';
import { CliError, ExitCode, isCliError } from './errors.js';
import { getLang, setLang, t } from './i18n/index.js';
import { detectLang, normalizeLang } from './i18n/lang.js';
import { Output, wantsColor } from './ui/output.js';
import { VERSION } from './version.js';
import { redact } from './secret.js';
import { closestIds } from './suggest.js';
import { parseProviderId } from './openclaw/provider-id.js';

/** Runs the CLI and returns the exit code; the entry file is the only place that exits. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const json = argv.includes('--json');
  setLang(detectLang(flagValue(argv, '--lang'), io.env));
  const out = new Output(io, json);
  try {
    const langFlag = flagValue(argv, '--lang');
    if (langFlag !== undefined && !normalizeLang(langFlag)) {
      throw new CliError('usage', ExitCode.usage, t().cli.invalidValue('--lang', langFlag, 'en, zh-CN'), t().cli.seeHelp);
    }
    let code: number = ExitCode.ok;
    const program = buildProgram(io, (c) => (code = c));
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return report(e, out, io.env, commandPath(argv));
  }
}

function processIo(): Io {
  return {
    // Made on first use: process.stdin builds a stream (on a terminal, loads the tty module), and
    // most runs never read it (`--help`, any scripted run with a key in flags or the environment).
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}

function flagValue(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === name) return argv[i + 1] ?? '';
    if (a.startsWith(name + '=')) return a.slice(name.length + 1);
  }
  return undefined;
}

type Runner = (ctx: Context, opts: Record<string, unknown>, args: string[]) => Promise<number>;

function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const m = t().cli;
  const titles: Record<string, string> = {
    'Usage:': m.usageTitle,
    'Options:': m.optionsTitle,
    'Commands:': m.commandsTitle,
    'Arguments:': m.argumentsTitle,
    'Global Options:': m.globalOptionsTitle,
  };
  const program = new Command('aisa-setup');
  program
    .description(m.description)
    .version(VERSION, '-V, --version', m.version)
    .helpOption('-h, --help', m.help)
    .helpCommand(false)
    // Commander wraps only at spaces, which splits Chinese text badly: give it the room.
    .configureHelp({ styleTitle: (s) => titles[s] ?? s, showGlobalOptions: true, helpWidth: getLang() === 'zh-CN' ? 160 : undefined })
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
    })
    .exitOverride()
    .option('--config <path>', m.optConfig)
    .option('--profile <name>', m.optProfile)
    .option('--base-url <url>', m.optBaseUrl)
    .option('--timeout <seconds>', m.optTimeout)
    .option('--json', m.optJson)
    .option('--lang <lang>', m.optLang)
    .option('--no-color', m.optNoColor)
    .option('--target <openclaw|picoclaw>', m.optTarget)
    .option('--provider-id <id>', m.optProviderId);

  const run = (load: () => Promise<Runner>) => async (...params: unknown[]) => {
    const cmd = params[params.length - 1] as Command;
    const args = params.slice(0, -2).flatMap((p) => (Array.isArray(p) ? p : p === undefined ? [] : [String(p)]));
    const ctx = makeContext(cmd.optsWithGlobals(), io);
    setCode(await (await load())(ctx, cmd.opts(), args));
  };
  const onboard = () => import('./load/commands.js').then((mod) => mod.runOnboard as Runner);

  const onboardCmd = program.command('onboard').description(m.cmdOnboard);
  addOnboardOptions(onboardCmd);
  onboardCmd.action(run(onboard));

  const doctorCmd = program
    .command('doctor')
    .description(m.cmdDoctor)
    .option('--fix', m.optFix)
    .option('-y, --yes', m.optYes)
    .option('--dry-run', m.optDryRunFix)
    .option('--probe', m.optProbeAll)
    .option('--offline', m.optOffline)
    .option('--only <ids>', m.optOnly)
    .option('--skip <ids>', m.optSkip);
  doctorCmd.action(run(() => import('./load/commands.js').then((mod) => mod.runDoctor as Runner)));

  // One module serves the three `models` subcommands; each passes which one it is.
  const models = (action: string) =>
    run(() => import('./load/commands.js').then((mod) => ((ctx, o, args) => mod.runModels(ctx, { ...o, action }, args)) as Runner));
  const modelsCmd = program.command('models').description(m.cmdModels);
  const modelsOpts = (c: Command) => c.option('--offline', m.optOfflineModels).option('--dry-run', m.optDryRun).option('-y, --yes', m.optYes);
  const listCmd = modelsOpts(modelsCmd.command('list', { isDefault: true }).description(m.cmdModelsList)).allowExcessArguments(true);
  // `models sett x` reaches the default `list` with extra words: name the typo, not "too many arguments".
  listCmd.hook('preAction', () => {
    if (listCmd.args.length > 0) throw unknownCommand(listCmd.args[0]!, ['list', 'set', 'fallbacks'], 'aisa-setup models --help');
  });
  listCmd.action(models('list'));
  modelsOpts(modelsCmd.command('set').argument('<id>', m.argModelId).description(m.cmdModelsSet)).action(models('set'));
  modelsOpts(modelsCmd.command('fallbacks').argument('[ids...]', m.argModelIds).description(m.cmdModelsFallbacks).option('--clear', m.optClear)).action(
    models('fallbacks'),
  );

  program.allowExcessArguments(true).action(async () => {
    if (program.args.length > 0) throw unknownCommand(program.args[0]!, ['onboard', 'doctor', 'models'], 'aisa-setup --help');
    // No command: a person at a terminal wants onboarding; a script gets help and a usage error.
    if (io.stdin.isTTY && io.stdout.isTTY) {
      setCode(await (await onboard())(makeContext(program.opts(), io), {}, []));
      return;
    }
    io.stderr.write(program.helpInformation());
    // The help is already on screen, right above: no fix line pointing at it again.
    throw new CliError('usage', ExitCode.usage, m.noTerminalNoCommand);
  });
  return program;
}

function unknownCommand(word: string, commands: string[], help: string): CliError {
  const m = t().cli;
  const near = closestIds(word, commands, 1);
  return new CliError('usage', ExitCode.usage, m.unknownCommand(word) + (near[0] ? m.didYouMean(near[0]) : ''), m.seeHelpOf(help));
}

function addOnboardOptions(cmd: Command): void {
  const m = t().cli;
  cmd
    .option('--aisa-api-key <key>', m.optKey)
    .option('--aisa-api-key-stdin', m.optKeyStdin)
    .option('--model <id>', m.optModel)
    .option('--fallback <id>', m.optFallback, (v: string, prev: string[] = []) => [...prev, v])
    .option('--models <ids>', m.optModels)
    .addOption(new Option('--key-storage <mode>', m.optKeyStorage))
    .option('--skip-validation', m.optSkipValidation)
    .option('--probe', m.optProbe)
    .option('--dry-run', m.optDryRun)
    .option('-y, --yes', m.optYes)
    .option('--non-interactive', m.optNonInteractive);
}

function makeContext(raw: Record<string, unknown>, io: Io): Context {
  const m = t().cli;
  const json = raw.json === true;
  if (raw.config === '') throw new CliError('usage', ExitCode.usage, m.invalidValue('--config', '', m.aPath), m.seeHelp);
  let timeoutMs = 15_000;
  if (raw.timeout !== undefined) {
    const s = Number(raw.timeout);
    if (!Number.isFinite(s) || s <= 0 || s > 600) {
      throw new CliError('usage', ExitCode.usage, m.invalidValue('--timeout', String(raw.timeout), m.secondsRange), m.seeHelp);
    }
    timeoutMs = Math.round(s * 1000);
  }
  const target = raw.target === undefined ? 'openclaw' : String(raw.target);
  if (target !== 'openclaw' && target !== 'picoclaw') throw new CliError('usage', ExitCode.usage, m.invalidValue('--target', target, 'openclaw, picoclaw'), m.seeHelp);
  const provider = parseProviderId(raw.providerId);
  const opts: GlobalOptions = {
    config: raw.config as string | undefined,
    profile: raw.profile as string | undefined,
    // AISA_BASE_URL names AIsa's gateway: another provider's base comes from --base-url only.
    baseUrl: (raw.baseUrl as string | undefined) ?? (provider.isAisa ? io.env.AISA_BASE_URL || undefined : undefined),
    target,
    provider,
    timeoutMs,
    json,
    lang: detectLang(raw.lang as string | undefined, io.env),
    color: wantsColor(raw.color === false, json, io.env, io.stdout.isTTY),
  };
  return { opts, io, out: new Output(io, json) };
}

/** Turns any error into the contract's exit code and a message (JSON with --json); no stack unless DEBUG. */
/** The command the user typed (`onboard`, `models set`…), for help that points at its own flags. */
function commandPath(argv: string[]): string {
  const words = argv.filter((a) => !a.startsWith('-'));
  const [first, second] = words;
  if (first === 'models' && second && ['list', 'set', 'fallbacks'].includes(second)) return `models ${second}`;
  return first && ['onboard', 'doctor', 'models'].includes(first) ? first : '';
}

function report(e: unknown, out: Output, env: NodeJS.ProcessEnv, command = ''): number {
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
  // With --json the document carries the error for scripts; stderr still tells the person.
  if (out.json) out.document({ ok: false, error: err.toJSON() });
  // Cancelling is the user's choice, not an error: say what happened, without the prefix.
  out.warn(err.kind === 'cancelled' ? err.message : `${m.errorPrefix}${err.message}`);
  if (err.fix) out.warn(`${m.fixPrefix}${err.fix}`);
  return err.exitCode;
}

function translateCommander(e: CommanderError): string {
  const m = t().cli;
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption':
      return m.unknownOption(quoted);
    case 'commander.unknownCommand':
      return m.unknownCommand(quoted);
    case 'commander.missingArgument':
    case 'commander.optionMissingArgument':
      return m.missingArgument(quoted);
    default:
      return e.message.replace(/^error: /, '');
  }
}
