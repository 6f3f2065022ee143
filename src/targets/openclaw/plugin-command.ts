/**
 * `aisa-setup plugin install|status|uninstall`: this package's own copy of the AIsa plugin in
 * OpenClaw, through OpenClaw's own `openclaw plugins …` (never by editing its state ourselves).
 * What OpenClaw will be asked to accept is shown first; a terminal confirms unless --yes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from '../../context.js';
import { CliError, ExitCode } from '../../errors.js';
import { pluginMessages } from '../../i18n/plugin.js';
import { locateConfig } from './locate.js';
import { findOnPath, isOlder, PLUGIN_ID, pluginState, type PluginState } from './plugin-state.js';
import { shellQuote } from '../../shell.js';
import { otherAisaPlugins } from './arrivals/other-plugins.js';
import { VERSION } from '../../version.js';

export interface PluginDeps {
  /** Asks yes/no on the terminal; default the prompt library. */
  confirm?: (message: string) => Promise<boolean>;
  /** The package directory handed to OpenClaw; default this package's root. */
  packageDir?: string;
}

/** The directory of this package (where openclaw.plugin.json is), from the running file upwards. */
export function packageRoot(from = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(join(dir, 'openclaw.plugin.json')) && existsSync(pkg) && /"name":\s*"aisa-setup"/.test(readFileSync(pkg, 'utf8'))) return dir;
  }
  throw new Error('aisa-setup: cannot find its own package directory (openclaw.plugin.json)');
}

function openclawArgs(action: string, dir: string): string[] {
  return action === 'install' ? ['plugins', 'install', dir, '--force', '--accept-capabilities'] : ['plugins', 'uninstall', PLUGIN_ID, '--force'];
}

/** Runs openclaw; its own output goes to stderr (ours, stdout, stays one JSON document with --json). */
function runOpenclaw(file: string, args: string[], env: NodeJS.ProcessEnv, ctx: Context): Promise<number> {
  return new Promise((resolve) => {
    // Taken here, not imported: this module loads with every command, and child_process costs ~6 ms.
    const child = process.getBuiltinModule('node:child_process').spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    child.stdout.on('data', (d: Buffer) => ctx.io.stderr.write(d));
    child.stderr.on('data', (d: Buffer) => ctx.io.stderr.write(d));
    // OpenClaw's install takes ~15 s here; one that hangs is stopped rather than waited on forever.
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('error', () => resolve(127));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
}

function statusLine(s: PluginState): string {
  const m = pluginMessages();
  if (!s.installed) return m.statusAbsent;
  const v = s.version ?? '?';
  if (s.enabled !== true) return m.statusDisabled(v);
  return s.version && isOlder(s.version, VERSION) ? m.statusOlder(s.version, VERSION) : m.statusEnabled(v);
}

function statusJson(s: PluginState): Record<string, unknown> {
  return { installed: s.installed, enabled: s.enabled === true, version: s.version ?? null, older: s.version ? isOlder(s.version, VERSION) : false, dir: s.dir };
}

export async function runPlugin(ctx: Context, opts: { action?: string; yes?: boolean }, _args: string[], deps: PluginDeps = {}): Promise<number> {
  const m = pluginMessages();
  const action = opts.action ?? 'status';
  const loc = locateConfig({ config: ctx.opts.config, profile: ctx.opts.profile, env: ctx.io.env, cwd: ctx.io.cwd });
  const before = await pluginState(loc.stateDir, loc.path);
  if (action === 'status') {
    if (ctx.opts.json) ctx.out.document({ ok: true, action, ...statusJson(before) });
    else ctx.out.say(statusLine(before));
    return ExitCode.ok;
  }
  const openclaw = findOnPath('openclaw', ctx.io.env);
  if (!openclaw) throw new CliError('openclaw-missing', ExitCode.failure, m.noOpenclaw, m.noOpenclawFix);
  const dir = deps.packageDir ?? packageRoot();
  const args = openclawArgs(action, dir);
  const command = ['openclaw', ...args].map(shellQuote).join(' ');
  // Said before OpenClaw is asked: it installs a second `aisa` plugin beside the first without a word.
  if (action === 'install') for (const p of await otherAisaPlugins(loc.stateDir)) ctx.out.warn(m.otherClaimant(p.name, p.dir, p.id));
  if (!ctx.opts.json) {
    ctx.out.say(m.willRun);
    ctx.out.say(`  ${command}`);
    if (action === 'install') {
      ctx.out.say(m.willAccept);
      for (const c of m.capabilities) ctx.out.say(`  - ${c}`);
      ctx.out.say(`  ${m.from(dir)}`);
    }
  }
  if (!opts.yes) {
    const terminal = !ctx.opts.json && Boolean(ctx.io.stdin.isTTY && ctx.io.stdout.isTTY);
    if (!terminal) throw new CliError('needs-yes', ExitCode.usage, m.needsYes(action), m.needsYesFix(`aisa-setup plugin ${action}`));
    const ask = deps.confirm ?? (async (message: string) => (await import('../../load/terminal.js')).inquirerPrompts(ctx.io, { color: ctx.opts.color }).confirm({ message, default: true }));
    if (!(await ask(action === 'install' ? m.confirmInstall : m.confirmUninstall))) {
      ctx.out.say(m.cancelled);
      return ExitCode.cancelled;
    }
  }
  // The same config file OpenClaw would use, when --config or --profile chose another one.
  const env = ctx.opts.config || ctx.opts.profile ? { ...ctx.io.env, OPENCLAW_CONFIG_PATH: loc.path, OPENCLAW_STATE_DIR: loc.stateDir } : ctx.io.env;
  const code = await runOpenclaw(openclaw, args, env, ctx);
  if (code !== 0) throw new CliError('openclaw-failed', ExitCode.failure, m.failed(command, code), m.failedFix);
  const after = await pluginState(loc.stateDir, loc.path);
  if (ctx.opts.json) ctx.out.document({ ok: true, action, command: ['openclaw', ...args], ...statusJson(after) });
  else ctx.out.say(action === 'install' ? m.installed(after.version ?? VERSION) : m.uninstalled);
  return ExitCode.ok;
}
