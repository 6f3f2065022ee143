/**
 * `aisa-setup plugin install`: OpenClaw's version first (an older host than the plugin API would
 * refuse the package, or fail on a flag it does not know), then what OpenClaw will be asked to
 * accept, our own yes, the package packed as npm publishes it, and `openclaw plugins install
 * npm-pack:<tgz> --force --accept-capabilities` (OpenClaw's two consent questions, answered only
 * after ours).
 */
import { CliError, ExitCode } from '../errors.js';
import { pluginMessages } from '../i18n/plugin.js';
import { openclawVersionOf, PLUGIN_API_MIN, versionInAnswer } from '../targets/openclaw/openclaw-version.js';
import { packPackage } from '../targets/openclaw/plugin-pack.js';
import { findOnPath, isOlder, pluginState } from '../targets/openclaw/plugin-state.js';
import { runTool } from '../targets/openclaw/run-tool.js';
import { shellQuote } from '../shell.js';
import { otherAisaPlugins } from '../targets/openclaw/arrivals/other-plugins.js';
import { VERSION } from '../version.js';
import { confirmed, openclawEnv, packageRoot, runEchoed, statusJson, type PluginRun } from './plugin-run.js';

const CONSENT = ['--force', '--accept-capabilities'];

/** The OpenClaw on PATH, refused with the version it has when it is older than the plugin API. */
async function supportedOpenclaw(run: PluginRun): Promise<string> {
  const m = pluginMessages();
  const openclaw = findOnPath('openclaw', run.ctx.io.env);
  if (!openclaw) throw new CliError('openclaw-missing', ExitCode.failure, m.noOpenclaw, m.noOpenclawFix);
  const version = openclawVersionOf(openclaw) ?? versionInAnswer((await runTool(openclaw, ['--version'], { env: openclawEnv(run), timeoutMs: 60_000 })).stdout);
  // An unreadable version is left to OpenClaw, which checks the plugin API itself.
  if (version && isOlder(version, PLUGIN_API_MIN)) throw new CliError('openclaw-too-old', ExitCode.failure, m.openclawTooOld(version, PLUGIN_API_MIN), m.openclawTooOldFix(PLUGIN_API_MIN));
  return openclaw;
}

export async function installPlugin(run: PluginRun): Promise<number> {
  const { ctx, loc, deps } = run;
  const m = pluginMessages();
  const openclaw = await supportedOpenclaw(run);
  const dir = deps.packageDir ?? packageRoot();
  const shown = ['openclaw', 'plugins', 'install', `npm-pack:aisa-setup-${VERSION}.tgz`, ...CONSENT].map(shellQuote).join(' ');
  // Said before OpenClaw is asked: it installs a second `aisa` plugin beside the first without a word.
  for (const p of await otherAisaPlugins(loc.stateDir)) ctx.out.warn(m.otherClaimant(p.name, p.dir, p.id));
  if (!ctx.opts.json) {
    ctx.out.say(m.willRun);
    ctx.out.say(`  ${shown}`);
    ctx.out.say(m.willAccept);
    for (const c of m.capabilities) ctx.out.say(`  - ${c}`);
    ctx.out.say(m.openclawWillList);
    for (const c of m.openclawCapabilities) ctx.out.say(`  ${c}`);
  }
  if (!(await confirmed(run, 'install', m.confirmInstall))) {
    ctx.out.say(m.cancelled);
    return ExitCode.cancelled;
  }
  const npm = findOnPath('npm', ctx.io.env);
  ctx.out.say(m.packing(VERSION, dir));
  const packed = npm ? await packPackage(npm, dir, openclawEnv(run), (d) => ctx.io.stderr.write(d)) : undefined;
  if (!packed) throw new CliError('pack-failed', ExitCode.failure, m.packFailed, m.packFailedFix);
  const args = ['plugins', 'install', `npm-pack:${packed.tgz}`, ...CONSENT];
  try {
    const res = await runEchoed(run, openclaw, args);
    if (res.code !== 0) throw new CliError('openclaw-failed', ExitCode.failure, m.failed(shown, res.code), m.failedFix);
  } finally {
    packed.dispose();
  }
  const after = await pluginState(loc.stateDir, loc.path);
  if (ctx.opts.json) ctx.out.document({ ok: true, action: 'install', command: ['openclaw', ...args], ...statusJson(after) });
  else ctx.out.say(m.installed(after.version ?? VERSION));
  return ExitCode.ok;
}
