// How a --fix run is shown and ends, the same for every target: the diff before, the outcome, the
// report after, and the `fix` member of --json.
import type { Context } from '../context.js';
import { ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { colorDiff, makeColors } from '../ui/color.js';
import type { FileDiff, FixOutcome } from './fix-types.js';
import { printReport, reportJson } from './render.js';
import type { CheckResult } from './types.js';

/** Prints the planned diffs (not under --json, where they travel in the document). */
export function fixShower(ctx: Context, dryRun: boolean): (diffs: FileDiff[], chmod: string[]) => void {
  return (diffs, chmod) => {
    if (ctx.opts.json) return;
    const m = t().doctor;
    ctx.out.say('');
    ctx.out.say(dryRun ? m.dryRunHeader : m.fixHeader);
    const colors = makeColors(ctx.opts.color);
    for (const d of diffs) ctx.out.say(colorDiff(d.diff, colors));
    for (const f of chmod) ctx.out.say(m.chmodLine(f));
  };
}

/** The outcome and, after a write, the checks run again; or the one --json document with both. */
export function reportFix(ctx: Context, outcome: FixOutcome, before: CheckResult[], after: CheckResult[] | undefined, meta: { configPath: string; target?: string }): void {
  if (ctx.opts.json) {
    ctx.out.document(reportJson(after ?? before, { ...meta, fix: fixJson(outcome, before) }));
    return;
  }
  sayOutcome(ctx, outcome, before);
  for (const note of outcome.notes ?? []) ctx.out.say(note);
  if (after) printReport(ctx, after, '\n' + t().doctor.afterHeader);
}

/** The exit code the outcome itself decides, before the checks' own. */
export function fixExitCode(outcome: FixOutcome): number | undefined {
  if (outcome.kind === 'preview' && outcome.reason === 'needs-yes') return ExitCode.usage;
  if (outcome.kind === 'impossible' && outcome.exitCode !== undefined) return outcome.exitCode;
  return undefined;
}

function sayOutcome(ctx: Context, outcome: FixOutcome, before: CheckResult[]): void {
  const m = t().doctor;
  switch (outcome.kind) {
    case 'impossible':
      return ctx.out.say('\n' + outcome.reason);
    case 'nothing':
      // Only point at "the fixes above" when the report above has some.
      return ctx.out.say('\n' + (before.some((r) => r.status === 'warn' || r.status === 'fail') ? m.nothingToFix : m.nothingFound));
    case 'preview':
      if (outcome.reason === 'needs-yes') return ctx.out.warn(m.needsYes);
      return ctx.out.say(outcome.reason === 'dry-run' ? m.dryRunDone : m.declined);
    case 'applied':
      for (const r of outcome.results.filter((x) => x.changed)) ctx.out.say(m.wrote(r.path, r.backupPath));
      for (const f of outcome.chmod) ctx.out.say(m.chmodDone(f));
  }
}

function fixJson(outcome: FixOutcome, before: CheckResult[]): Record<string, unknown> {
  const base = { outcome: outcome.kind === 'preview' ? outcome.reason : outcome.kind, before: reportJson(before).checks, ...(outcome.notes?.length ? { notes: outcome.notes } : {}) };
  if (outcome.kind === 'impossible') return { ...base, reason: outcome.reason };
  if (outcome.kind === 'nothing') return base;
  const out: Record<string, unknown> = { ...base, files: outcome.diffs, chmod: outcome.chmod };
  if (outcome.kind === 'applied') out.backups = outcome.results.flatMap((r) => (r.backupPath ? [r.backupPath] : []));
  return out;
}
