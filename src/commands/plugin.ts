/**
 * `aisa-setup plugin install|status|uninstall`: this package's own copy of the AIsa plugin in
 * OpenClaw, through OpenClaw's own `openclaw plugins …` (never by editing its plugin state
 * ourselves). What OpenClaw will be asked to accept is shown first; a terminal confirms unless --yes.
 * Install: ./plugin-install.ts; uninstall and its clean-up: ./plugin-uninstall.ts; shared: ./plugin-run.ts.
 */
import type { Context } from '../context.js';
import { ExitCode } from '../errors.js';
import { pluginMessages } from '../i18n/plugin.js';
import { locateConfig } from '../targets/openclaw/locate.js';
import { isOlder, pluginState, type PluginState } from '../targets/openclaw/plugin-state.js';
import { VERSION } from '../version.js';
import { installPlugin } from './plugin-install.js';
import { statusJson, type PluginDeps, type PluginRun } from './plugin-run.js';
import { uninstallPlugin } from './plugin-uninstall.js';

function statusLine(s: PluginState): string {
  const m = pluginMessages();
  if (!s.installed) return m.statusAbsent;
  const v = s.version ?? '?';
  if (s.enabled !== true) return m.statusDisabled(v);
  return s.version && isOlder(s.version, VERSION) ? m.statusOlder(s.version, VERSION) : m.statusEnabled(v);
}

export async function runPlugin(ctx: Context, opts: { action?: string; yes?: boolean }, _args: string[], deps: PluginDeps = {}): Promise<number> {
  const action = opts.action ?? 'status';
  const loc = locateConfig({ config: ctx.opts.config, profile: ctx.opts.profile, env: ctx.io.env, cwd: ctx.io.cwd });
  const before = await pluginState(loc.stateDir, loc.path);
  if (action === 'status') {
    if (ctx.opts.json) ctx.out.document({ ok: true, action, ...statusJson(before) });
    else ctx.out.say(statusLine(before));
    return ExitCode.ok;
  }
  const run: PluginRun = { ctx, loc, yes: opts.yes === true, deps, before };
  return action === 'install' ? installPlugin(run) : uninstallPlugin(run);
}
