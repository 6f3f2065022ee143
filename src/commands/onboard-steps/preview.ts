import { t } from '../../i18n/index.js';
import type { OnboardEdit } from '../../targets/openclaw/plan.js';
import { modelRef, PROVIDER_ID } from '../../targets/openclaw/provider.js';
import { colorDiff } from '../../ui/color.js';
import type { Flow } from './flow.js';
import { need } from './flow.js';

type PreviewFlow = Pick<Flow, 'ctx' | 'flags' | 'prompts' | 'state' | 'c'>;
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
 * choice away. (--dry-run never comes here: it always prints the full diff.)
 */
export async function confirmWrite(flow: PreviewFlow, edit: OnboardEdit, diffs: Diff[]): Promise<boolean> {
  const { ctx, prompts, state, c } = flow;
  const m = t().onboard;
  const loc = need(state, 'loc');
  // jsdiff names the old side /dev/null when there was no file (src/diff.ts).
  const creating = diffs.some((d) => d.path === loc.path && d.diff.startsWith('--- /dev/null'));
  // A diff taller than the screen would scroll its start away before the question: summed up too.
  const rows = (ctx.io.stdout as { rows?: number }).rows;
  const tall = rows !== undefined && diffs.reduce((n, d) => n + d.diff.split('\n').length, 0) > rows - 8;
  if (!creating && !tall) {
    showDiffs(flow, diffs);
    return prompts.confirm({ message: m.confirmWrite, default: true });
  }
  const envPath = diffs.find((d) => d.path !== loc.path && d.path.endsWith('.env'))?.path ?? `${loc.stateDir}/.env`;
  ctx.out.say('');
  const p = t().prompts;
  const summary = creationSummary(loc.path, envPath, edit);
  if (!creating) summary[0] = p.changeHeader(diffs.map((d) => p.diffStat(d.path, count(d.diff, '+'), count(d.diff, '-'))).join('; '));
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

/** What a new config will hold: a header line, then one line per fact; refs written as printSummary writes them. */
export function creationSummary(path: string, envPath: string, edit: OnboardEdit): string[] {
  const p = t().prompts;
  const id = edit.provider?.id ?? PROVIDER_ID;
  const ids = edit.entries.map((e) => e.id);
  return [
    p.createHeader(path),
    p.createProvider(id, edit.baseUrl),
    p.createModels(ids.length, ids.join(p.listJoin)),
    ...(edit.primary ? [p.createDefault(`${id}/${edit.primary}`)] : []),
    ...(edit.fallbacks?.length ? [p.createFallbacks(edit.fallbacks.map((f) => modelRef(f, id)).join(p.listJoin))] : []),
    p.createKey(edit.keyStorage, edit.keyStorage === 'env-file' ? envPath : path),
  ];
}

/** Added (`+`) or removed (`-`) lines of a unified diff, its two header lines left out. */
function count(diff: string, sign: '+' | '-'): number {
  return diff.split('\n').filter((l) => l.startsWith(sign) && !l.startsWith(sign.repeat(3) + ' ')).length;
}
