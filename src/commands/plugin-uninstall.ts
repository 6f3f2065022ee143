/**
 * `aisa-setup plugin uninstall`: OpenClaw removes its copy (`openclaw plugins uninstall aisa
 * --force`, after our yes), then we say what it kept and whether turns still work, and offer the
 * clean-up as a diff (a yes, or --yes) so the set-up ends working or honestly empty, never with a
 * default model that nothing serves. Run again after OpenClaw's own uninstall, it does only the
 * clean-up.
 */
import { commitLocked, readTextFile } from '../config/write.js';
import { diffsOf } from '../diff.js';
import { CliError, ExitCode } from '../errors.js';
import { pluginMessages } from '../i18n/plugin.js';
import { listSep } from '../i18n/index.js';
import { findLeftovers, type Leftovers } from '../targets/openclaw/plugin-leftovers.js';
import { findOnPath, PLUGIN_ID } from '../targets/openclaw/plugin-state.js';
import { shellQuote } from '../shell.js';
import { confirmed, runEchoed, type PluginRun } from './plugin-run.js';

/** What OpenClaw kept and what that means for the next turn. */
function report(run: PluginRun, left: Leftovers): void {
  const m = pluginMessages();
  const say = (s: string) => run.ctx.out.say(s);
  const kept = [
    ...(left.pluginEntry ? [m.keepEntry] : []),
    ...(left.authProfiles.length ? [m.keepProfiles(left.authProfiles.join(listSep()))] : []),
    ...(left.primary?.startsWith('aisa/') ? [m.keepDefault(left.primary)] : []),
  ];
  if (kept.length) {
    say(m.keeps(run.loc.path));
    for (const k of kept) say(`  - ${k}`);
  } else say(m.nothingLeft);
  if (!left.primary) say(m.turnsNoDefault);
  else if (left.turnsWork) say(left.primary.startsWith('aisa/') ? m.turnsWorkBlock : m.turnsWorkOther(left.primary));
  else say(m.turnsFail(left.primary));
}

export async function uninstallPlugin(run: PluginRun): Promise<number> {
  const { ctx, loc, before } = run;
  const m = pluginMessages();
  const args = ['plugins', 'uninstall', PLUGIN_ID, '--force'];
  const shown = ['openclaw', ...args].map(shellQuote).join(' ');
  if (before.installed) {
    const openclaw = findOnPath('openclaw', ctx.io.env);
    if (!openclaw) throw new CliError('openclaw-missing', ExitCode.failure, m.noOpenclaw, m.noOpenclawFix);
    if (!ctx.opts.json) ctx.out.say(`${m.willRun}\n  ${shown}`);
    if (!(await confirmed(run, 'uninstall', m.confirmUninstall))) {
      ctx.out.say(m.cancelled);
      return ExitCode.cancelled;
    }
    const res = await runEchoed(run, openclaw, args);
    if (res.code !== 0) throw new CliError('openclaw-failed', ExitCode.failure, m.failed(shown, res.code), m.failedFix);
    ctx.out.say(m.removedCopy(before.dir));
  } else ctx.out.say(m.notInstalled);

  const left = findLeftovers(loc.path, await readTextFile(loc.path));
  report(run, left);
  let cleaned: { backupPath: string | null } | undefined;
  if (left.write) {
    ctx.out.say(m.cleanupOffer);
    for (const d of diffsOf([left.write])) ctx.out.say(d.diff);
    // Already said yes to the uninstall with --yes; on a terminal the clean-up is its own question.
    if (await confirmed(run, 'uninstall', m.confirmCleanup)) {
      cleaned = await commitLocked(loc.path, [left.write]);
      ctx.out.say(m.cleaned(loc.path));
      if (cleaned.backupPath) ctx.out.say(m.backup(cleaned.backupPath));
      ctx.out.say(left.primaryAfter ? m.defaultNow(left.primaryAfter) : m.defaultNone);
    } else ctx.out.say(m.leftAsIs);
  }
  if (ctx.opts.json) {
    const { write: _w, ...found } = left;
    ctx.out.document({
      ok: true,
      action: 'uninstall',
      removed: before.installed,
      command: before.installed ? ['openclaw', ...args] : null,
      leftovers: found,
      cleaned: cleaned !== undefined,
      backupPath: cleaned?.backupPath ?? null,
      defaultModel: (cleaned ? left.primaryAfter : left.primary) ?? null,
    });
  }
  return ExitCode.ok;
}
