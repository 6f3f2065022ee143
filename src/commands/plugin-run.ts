/**
 * What `aisa-setup plugin install` and `uninstall` share: where this package is, how OpenClaw (or
 * npm) is run with its output on our stderr, and the yes that --yes or the terminal gives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from '../context.js';
import { CliError, ExitCode } from '../errors.js';
import { pluginMessages } from '../i18n/plugin.js';
import type { ConfigLocation } from '../targets/openclaw/locate.js';
import { isOlder, type PluginState } from '../targets/openclaw/plugin-state.js';
import { runTool, type ToolRun } from '../targets/openclaw/run-tool.js';
import { VERSION } from '../version.js';

export interface PluginDeps {
  /** Asks yes/no on the terminal; default the prompt library. */
  confirm?: (message: string) => Promise<boolean>;
  /** The package directory packed for OpenClaw; default this package's root. */
  packageDir?: string;
}

/** What the install and uninstall steps share. */
export interface PluginRun {
  ctx: Context;
  loc: ConfigLocation;
  yes: boolean;
  deps: PluginDeps;
  before: PluginState;
}

/** The directory of this package (where openclaw.plugin.json is), from the running file upwards. */
export function packageRoot(from = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(join(dir, 'openclaw.plugin.json')) && existsSync(pkg) && /"name":\s*"aisa-setup"/.test(readFileSync(pkg, 'utf8'))) return dir;
  }
  throw new Error('aisa-setup: cannot find its own package directory (openclaw.plugin.json)');
}

/** The environment for OpenClaw: the same config file it would use, when --config or --profile chose another one. */
export function openclawEnv({ ctx, loc }: Pick<PluginRun, 'ctx' | 'loc'>): NodeJS.ProcessEnv {
  return ctx.opts.config || ctx.opts.profile ? { ...ctx.io.env, OPENCLAW_CONFIG_PATH: loc.path, OPENCLAW_STATE_DIR: loc.stateDir } : ctx.io.env;
}

/** Runs openclaw (or npm) with its output on our stderr. */
export function runEchoed(run: Pick<PluginRun, 'ctx' | 'loc'>, file: string, args: string[], opts: { cwd?: string } = {}): Promise<ToolRun> {
  return runTool(file, args, { env: openclawEnv(run), ...opts, echo: (d) => run.ctx.io.stderr.write(d) });
}

/**
 * True to go ahead: --yes, or a yes on the terminal. Without a terminal and without --yes it is an
 * error that names the flag; a no is `false` (the caller says nothing changed).
 */
export async function confirmed({ ctx, yes, deps }: Pick<PluginRun, 'ctx' | 'yes' | 'deps'>, action: string, question: string): Promise<boolean> {
  if (yes) return true;
  const m = pluginMessages();
  const terminal = !ctx.opts.json && Boolean(ctx.io.stdin.isTTY && ctx.io.stdout.isTTY);
  if (!terminal) throw new CliError('needs-yes', ExitCode.usage, m.needsYes(action), m.needsYesFix(`aisa-setup plugin ${action}`));
  const ask = deps.confirm ?? (async (message: string) => (await import('../load/terminal.js')).inquirerPrompts(ctx.io, { color: ctx.opts.color }).confirm({ message, default: true }));
  return ask(question);
}

/** The plugin's state as --json reports it. */
export function statusJson(s: PluginState): Record<string, unknown> {
  return { installed: s.installed, enabled: s.enabled === true, version: s.version ?? null, older: s.version ? isOlder(s.version, VERSION) : false, dir: s.dir };
}
