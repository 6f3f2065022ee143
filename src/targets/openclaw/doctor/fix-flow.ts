import { chmod } from '../../../config/fs-async.js';
import { diffsOf } from '../../../diff.js';
import { ExitCode } from '../../../errors.js';
import { t } from '../../../i18n/index.js';
import { commitOrReplan } from '../../../config/replan.js';
import { changedOnDisk, commitLocked } from '../../../config/write.js';
import type { DoctorFacts } from './facts.js';
import { offerRestore } from '../arrivals/restore.js';
import { usableKey } from '../key-ref.js';
import { KEY_ENV_VAR } from '../provider.js';
import { canMoveInlineKey, planFixes, type FixPlan } from './fix-apply.js';
import type { Ask } from '../../../doctor/prompt.js';
import type { FileDiff, FixFlags, FixOutcome } from '../../../doctor/fix-types.js';

/**
 * --fix: plan every safe edit, show it, ask (unless --yes), then write under the config lock.
 * The preview's `before` texts travel with the writes, so commitWrites refuses if a file changed
 * while the person was reading the diff: nothing is ever written over a change we did not see.
 */
export async function runFix(facts: DoctorFacts, flags: FixFlags, ask: Ask, show: (d: FileDiff[], chmod: string[]) => void, again: () => Promise<DoctorFacts>): Promise<FixOutcome> {
  const outcome = await mainFix(facts, flags, ask, show, again);
  if (outcome.kind === 'impossible') return outcome;
  // What AIsa's script overwrote comes back only on its own question, after the main fix.
  const note = await offerRestore(facts, flags, ask, show, [usableKey(facts.key), facts.arrival.configEnv[KEY_ENV_VAR]].filter((s): s is string => Boolean(s)));
  return note ? { ...outcome, notes: [note] } : outcome;
}

async function mainFix(facts: DoctorFacts, flags: FixFlags, ask: Ask, show: (d: FileDiff[], chmod: string[]) => void, again: () => Promise<DoctorFacts>): Promise<FixOutcome> {
  const m = t().doctor;
  if (facts.config.state === 'missing') return { kind: 'impossible', reason: m.fixNoConfig };
  if (facts.config.state === 'error') return { kind: 'impossible', reason: m.fixUnparseable };
  // Writing through a symlink is refused by us and by OpenClaw (facts.md): say where the real file is.
  if (facts.link) return { kind: 'impossible', reason: m.fixSymlink(facts.loc.path, facts.link), exitCode: ExitCode.config };
  let moveKey = canMoveInlineKey(facts);
  // Moving the key changes where it lives, not only how the config reads: ask a person first.
  if (moveKey && flags.interactive && !flags.yes && !flags.dryRun) moveKey = await ask(m.askMoveKey(facts.envPath), true);
  const plan = await planFixes(facts, moveKey);
  if (plan.writes.length === 0 && plan.chmod.length === 0) return { kind: 'nothing' };
  const diffs = diffsOf(plan.writes, plan.secrets);
  show(diffs, plan.chmod);
  if (flags.dryRun) return { kind: 'preview', reason: 'dry-run', diffs, chmod: plan.chmod };
  if (!flags.yes) {
    if (!flags.interactive) return { kind: 'preview', reason: 'needs-yes', diffs, chmod: plan.chmod };
    if (!(await ask(m.askApply, true))) return { kind: 'preview', reason: 'declined', diffs, chmod: plan.chmod };
  }
  const write = async (p: FixPlan) => ({ p, results: (await commitLocked(facts.loc.path, p.writes)).results });
  // A diff a person confirmed is written as shown; one nobody confirmed (--yes) is planned again
  // on a file changed since it was read (a parallel run, OpenClaw's Gateway), under the lock.
  const { p, results } = flags.yes
    ? await commitOrReplan(facts.loc.path, () => write(plan), async () => {
        const fresh = await again();
        if (fresh.config.state !== 'ok') throw changedOnDisk(facts.loc.path);
        return write(await planFixes(fresh, moveKey));
      })
    : await write(plan);
  for (const file of p.chmod) await chmod(file, 0o600);
  return { kind: 'applied', diffs: p === plan ? diffs : diffsOf(p.writes, p.secrets), chmod: p.chmod, results, movedKey: p.movedKey };
}

