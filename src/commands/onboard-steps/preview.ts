import { t } from '../../i18n/index.js';
import type { OnboardPlan } from '../../targets/target.js';
import { colorDiff } from '../../ui/color.js';
import type { Flow } from './flow.js';

type PreviewFlow = Pick<Flow, 'ctx' | 'flags' | 'prompts' | 'c'>;
type Diff = { path: string; diff: string };

/** Prints every diff under the preview (or dry-run) header. */
export function showDiffs({ ctx, flags, c }: Pick<Flow, 'ctx' | 'flags' | 'c'>, diffs: Diff[]): void {
  const m = t().onboard;
  ctx.out.say('');
  ctx.out.say(c.bold(flags.dryRun ? m.dryRunHeader : m.previewHeader));
  for (const d of diffs) ctx.out.say(colorDiff(d.diff, c));
}

/**
 * The question before the write. A change to an existing file is shown as its diff, since every
 * line of it matters. A config that does not exist yet would be a diff of ~120 added lines that
 * nobody reads before "Write?": it is summed up in a few lines instead, with the full diff one
 * choice away. (--dry-run never comes here: it always prints the full diff.) `fullDiff`: always the diff.
 */
export async function confirmPlan(flow: PreviewFlow, plan: OnboardPlan, opts: { fullDiff?: boolean } = {}): Promise<boolean> {
  const { ctx, prompts, c } = flow;
  const m = t().onboard;
  const diffs = plan.diffs;
  // The target sums up a file it creates where it can; otherwise the diff is the summary.
  const creating = plan.creation !== undefined;
  // A diff taller than the screen would scroll its start away before the question: summed up too.
  const rows = (ctx.io.stdout as { rows?: number }).rows;
  const tall = rows !== undefined && diffs.reduce((n, d) => n + d.diff.split('\n').length, 0) > rows - 8;
  // A plan made again after a hand edit is shown whole: what changed around the edit is the point.
  if (opts.fullDiff || (!creating && !tall)) {
    showDiffs(flow, diffs);
    return prompts.confirm({ message: m.confirmWrite, default: true });
  }
  ctx.out.say('');
  const p = t().prompts;
  const stat = p.changeHeader(diffs.map((d) => p.diffStat(d.path, count(d.diff, '+'), count(d.diff, '-'))).join('; '));
  const summary = plan.creation ? [...plan.creation] : [stat, ...plan.outline];
  for (const [i, line] of summary.entries()) ctx.out.say(i === 0 ? c.bold(line) : `  ${line}`);
  const choice = await prompts.select({
    message: m.confirmWrite,
    choices: [
      { value: 'write', name: p.writeNow },
      { value: 'diff', name: p.showDiff },
      { value: 'cancel', name: p.cancelWrite },
    ],
    default: 'write',
  });
  if (choice !== 'diff') return choice === 'write';
  showDiffs(flow, diffs);
  return prompts.confirm({ message: m.confirmWrite, default: true });
}

/** Added (`+`) or removed (`-`) lines of a unified diff, its two header lines left out. */
function count(diff: string, sign: '+' | '-'): number {
  return diff.split('\n').filter((l) => l.startsWith(sign) && !l.startsWith(sign.repeat(3) + ' ')).length;
}
