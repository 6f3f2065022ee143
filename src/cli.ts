import { Command, Help, Option } from 'commander';
import { makeContext } from './cli-context.js';
import { commandPath, report } from './cli-report.js';
import type { Context, Io } from './context.js';
import { CliError, ExitCode } from './errors.js';
import { getLang, loadLang, t } from './i18n/index.js';
import { detectLang, normalizeLang } from './i18n/lang.js';
import { Output } from './ui/output.js';
import { displayWidth } from './ui/format.js';
import { outStream } from './ui/stdio.js';
import { VERSION } from './version.js';
import { closestIds } from './suggest.js';
import { TARGET_IDS } from './targets/ids.js';

/** Runs the CLI and returns the exit code; the entry file is the only place that exits. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const json = argv.includes('--json');
  await loadLang(detectLang(flagValue(argv, '--lang'), io.env), 'cli');
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
    stdout: outStream(1, () => process.stdout),
    stderr: outStream(2, () => process.stderr),
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

const CLOSER = /^[，。、：；！？）」』]/;
const OPENER = /^\s*[（「『《]$/;
const ONE_CJK = /^[\u2e80-\ua4cf\uff00-\uffef]$/;
// One chunk the wrapping never breaks: a placeholder with what follows it (`<状态目录>/.env`), a
// short parenthesis (`（默认：15）`), a short label with its colon (`默认：`), one Chinese character,
// or a run of other text.
const CHUNK = /\s*(?:[<‹][^<>‹›\s]*[>›][^\s\u2e80-\ua4cf\uff00-\uffef]*|（[^（）]{1,14}）|[\u2e80-\ua4cf]{1,4}：|[\u2e80-\ua4cf\uff00-\uffef]|[^\s\u2e80-\ua4cf\uff00-\uffef]+)/g;
const CJK_HELP = {
  displayWidth(s: string): number {
    return displayWidth(s.replace(/\x1b\[[0-9;]*m/g, ''));
  },
  boxWrap(this: { displayWidth(s: string): number }, str: string, width: number): string {
    // Chunks (CHUNK), each with the spaces before it.
    return str
      .split('\n')
      .map((line) => {
        const out: string[] = [];
        let parts: string[] = [];
        const width_ = (ps: string[]) => this.displayWidth(ps.join(''));
        for (const chunk of line.match(CHUNK) ?? []) {
          if (parts.length && width_([...parts, chunk]) > width) {
            // No line starts with closing punctuation (，。、：）): the chunk before it (and any
            // closers before that) move down too.
            let k = parts.length;
            if (CLOSER.test(chunk)) {
              k--;
              while (k > 1 && CLOSER.test(parts[k]!)) k--;
            }
            // Nor does one end in an opening bracket and the first characters it opens (`（环`).
            let open = k - 1;
            while (open > 0 && k - open <= 4 && !OPENER.test(parts[open]!) && ONE_CJK.test(parts[open]!)) open--;
            if (open > 0 && OPENER.test(parts[open]!)) k = open;
            out.push(parts.slice(0, k).join(''));
            parts = [...parts.slice(k), chunk.trimStart()];
          } else parts.push(chunk);
        }
        return [...out, parts.join('')].join('\n');
      })
      .join('\n');
  },
  // Commander puts a space after each title (`Usage: x`); after a full-width colon there is none.
  formatHelp(this: Help, cmd: Command, helper: Help): string {
    return Help.prototype.formatHelp.call(this, cmd, helper).replace(/^(\S*：) /gm, '$1');
  },
};

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
    // `help [command]` at every level (subcommands inherit it), in the user's language.
    .helpCommand('help [command]', m.helpCommand)
    // Commander wraps only at spaces and counts a Chinese character as one column: Chinese help is
    // measured in columns and may break between any two of its characters.
    .configureHelp({ styleTitle: (s) => titles[s] ?? s, showGlobalOptions: true, ...(getLang() === 'zh-CN' ? CJK_HELP : {}) })
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Asked of our streams, not of process.stdout (which commander's defaults would build). The
      // help has no colour to keep or strip.
      getOutHelpWidth: () => (io.stdout.isTTY && io.stdout.columns) || 80,
      getErrHelpWidth: () => (io.stderr.isTTY && (io.stderr as { columns?: number }).columns) || 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
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
    .option(`--target <${TARGET_IDS.join('|')}>`, m.optTarget)
    .option('--provider-id <id>', m.optProviderId);

  const run = (load: (ctx: Context) => Promise<Runner>) => async (...params: unknown[]) => {
    const cmd = params[params.length - 1] as Command;
    const args = params.slice(0, -2).flatMap((p) => (Array.isArray(p) ? p : p === undefined ? [] : [String(p)]));
    const ctx = makeContext(cmd.optsWithGlobals(), io);
    setCode(await (await load(ctx))(ctx, cmd.opts(), args));
  };
  // A command's code, the rest of its language's messages and, when it colours, chalk: side by side.
  const commands = (ctx: Context) =>
    Promise.all([import('./load/commands.js'), loadLang(getLang()), ctx.opts.color ? import('./load/color.js') : undefined]).then(([mod, , chalk]) => {
      if (chalk) mod.useChalk(chalk);
      return mod;
    });
  const onboard = (ctx: Context) => commands(ctx).then((mod) => mod.runOnboard as Runner);

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
  doctorCmd.action(run((ctx) => commands(ctx).then((mod) => mod.runDoctor as Runner)));

  // One module serves the three `models` subcommands; each passes which one it is.
  const models = (action: string) =>
    run((ctx) => commands(ctx).then((mod) => ((ctx, o, args) => mod.runModels(ctx, { ...o, action }, args)) as Runner));
  const modelsCmd = program.command('models').description(m.cmdModels);
  // `models` never asks, so --yes does nothing, and `list` writes nothing, so --dry-run does nothing
  // there: both stay accepted (scripts pass them) but out of the help, which lists what each does.
  const hidden = (flags: string) => new Option(flags).hideHelp();
  const modelsOpts = (c: Command, writes = true) =>
    c.option('--offline', m.optOfflineModels).addOption(writes ? new Option('--dry-run', m.optDryRun) : hidden('--dry-run')).addOption(hidden('-y, --yes'));
  const listCmd = modelsOpts(modelsCmd.command('list', { isDefault: true }).description(m.cmdModelsList), false).allowExcessArguments(true);
  // `models sett x` reaches the default `list` with extra words: name the typo, not "too many arguments".
  listCmd.hook('preAction', () => {
    if (listCmd.args.length > 0) throw unknownCommand(listCmd.args[0]!, ['list', 'set', 'fallbacks'], 'aisa-setup models --help');
  });
  listCmd.action(models('list'));
  modelsOpts(modelsCmd.command('set').argument('<id>', m.argModelId).description(m.cmdModelsSet)).action(models('set'));
  modelsOpts(modelsCmd.command('fallbacks').argument('[ids...]', m.argModelIds).description(m.cmdModelsFallbacks).option('--clear', m.optClear)).action(
    models('fallbacks'),
  );

  // `plugin install|status|uninstall`: one module, told which action (like `models`).
  const plugin = (action: string) =>
    run((ctx) => commands(ctx).then((mod) => ((ctx, o, args) => mod.runPlugin(ctx, { ...o, action }, args)) as Runner));
  const pluginCmd = program.command('plugin').description(m.cmdPlugin).helpCommand(false);
  pluginCmd.command('install').description(m.cmdPluginInstall).option('-y, --yes', m.optYes).action(plugin('install'));
  pluginCmd.command('status', { isDefault: true }).description(m.cmdPluginStatus).action(plugin('status'));
  pluginCmd.command('uninstall').description(m.cmdPluginUninstall).option('-y, --yes', m.optYes).action(plugin('uninstall'));

  // Unknown words reach this action instead of failing at the first flag after them, so that
  // `doctr --fix` is answered with the command it resembles, not with "unknown option --fix".
  program.allowExcessArguments(true).allowUnknownOption(true).action(async () => {
    const [first] = program.args;
    if (first?.startsWith('-')) {
      const near = closestIds(first.split('=')[0]!, program.options.flatMap((o) => (o.long ? [o.long] : [])), 1);
      throw new CliError('usage', ExitCode.usage, m.unknownOption(first) + (near[0] ? m.didYouMean(near[0]) : ''), m.seeHelp);
    }
    if (first !== undefined) throw unknownCommand(first, ['onboard', 'doctor', 'models', 'plugin'], 'aisa-setup --help');
    // No command: a person at a terminal wants onboarding; a script gets help and a usage error.
    if (io.stdin.isTTY && io.stdout.isTTY) {
      const ctx = makeContext(program.opts(), io);
      setCode(await (await onboard(ctx))(ctx, {}, []));
      return;
    }
    io.stderr.write(program.helpInformation());
    // The help is already on screen, right above: no fix line pointing at it again.
    throw new CliError('usage', ExitCode.usage, m.noTerminalNoCommand);
  });
  // Examples last, as gh prints them: the usage line comes first, then what each option does,
  // then commands to copy.
  const examples = (cmd: Command, key: string) => {
    // What it does, then the command on a line of its own: copied whole, and within 80 columns.
    const rows = (m.examples[key] ?? []).map(([c, what]) => `  # ${what}\n  ${c}`);
    cmd.addHelpText('after', `\n${m.examplesTitle}\n${rows.join('\n')}`);
  };
  examples(program, 'root');
  examples(onboardCmd, 'onboard');
  examples(doctorCmd, 'doctor');
  examples(modelsCmd, 'models');
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
    .option('--non-interactive', m.optNonInteractive)
    .option('--keep-default', m.optKeepDefault);
}
