import { CliError } from '../../errors.js';
import type { FixFlags, FixOutcome, FileDiff } from '../../doctor/fix-types.js';
import type { Ask } from '../../doctor/prompt.js';
import { t } from '../../i18n/index.js';
import { commitLocked } from '../../config/write.js';
import { planPico } from './apply.js';
import type { PicoFacts } from './doctor-facts.js';

/**
 * doctor --fix for PicoClaw: what is safe to automate is what makes the loader start without
 * deciding anything for the user: the default moved out of `agents.defaults.model` into
 * `model_name`/`model_fallbacks`, a missing `enabled` on our entries, a version-3 `api_key` folded
 * into `api_keys`. The confirmed writes carry the text they were planned from, so a file changed
 * while the diff was on screen is refused, never overwritten.
 */
export async function runPicoFix(facts: PicoFacts, flags: FixFlags, ask: Ask, show: (d: FileDiff[], chmod: string[]) => void): Promise<FixOutcome> {
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
  const { results } = await commitLocked(loc.path, writes);
  return { kind: 'applied', diffs, chmod: [], results, movedKey: false };
}
