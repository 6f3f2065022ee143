import { CliError } from '../../errors.js';
import type { FixFlags, FixOutcome, FileDiff } from '../../doctor/fix-types.js';
import type { Ask } from '../../doctor/prompt.js';
import { t } from '../../i18n/index.js';
import { commitOrReplan } from '../../config/replan.js';
import { changedOnDisk, commitLocked, type FileWrite } from '../../config/write.js';
import { planPico } from './apply.js';
import type { PicoFacts } from './doctor-facts.js';

/**
 * doctor --fix for PicoClaw: what is safe to automate is what makes the loader start without
 * deciding anything for the user: the default moved out of `agents.defaults.model` into
 * `model_name`/`model_fallbacks`, a missing `enabled` on our entries, a version-3 `api_key` folded
 * into `api_keys`. The confirmed writes carry the text they were planned from, so a file changed
 * while the diff was on screen is refused, never overwritten.
 */
export async function runPicoFix(facts: PicoFacts, flags: FixFlags, ask: Ask, show: (d: FileDiff[], chmod: string[]) => void, again: () => Promise<PicoFacts>): Promise<FixOutcome> {
  const m = t().doctor;
  // Planned from the files the checks read: the diff shown is made from what was judged.
  if (facts.config.state === 'error') return { kind: 'impossible', reason: m.fixUnparseable };
  if (facts.config.state === 'missing') return { kind: 'impossible', reason: m.fixNoConfig };
  const { cfg } = facts.config;
  const { loc, providerId } = facts;
  let writes, diffs;
  try {
    ({ writes, diffs } = planPico(cfg, { providerId, ids: [], repair: true }, []));
  } catch (e) {
    if (e instanceof CliError) return { kind: 'impossible', reason: e.message, exitCode: e.exitCode };
    throw e;
  }
  if (writes.length === 0) return { kind: 'nothing' };
  show(diffs, []);
  if (flags.dryRun) return { kind: 'preview', reason: 'dry-run', diffs, chmod: [] };
  if (!flags.yes) {
    if (!flags.interactive) return { kind: 'preview', reason: 'needs-yes', diffs, chmod: [] };
    if (!(await ask(m.askApply, true))) return { kind: 'preview', reason: 'declined', diffs, chmod: [] };
  }
  const write = async (w: FileWrite[], d: FileDiff[]) => ({ diffs: d, results: (await commitLocked(loc.path, w)).results });
  // Confirmed: written as shown. Not confirmed (--yes): planned again on a file changed meanwhile, under the lock.
  const done = flags.yes
    ? await commitOrReplan(loc.path, () => write(writes, diffs), async () => {
        const fresh = await again();
        if (fresh.config.state !== 'ok') throw changedOnDisk(loc.path);
        const p = planPico(fresh.config.cfg, { providerId, ids: [], repair: true }, []);
        return write(p.writes, p.diffs);
      })
    : await write(writes, diffs);
  return { kind: 'applied', diffs: done.diffs, chmod: [], results: done.results, movedKey: false };
}
