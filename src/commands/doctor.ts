import type { Context } from '../context.js';
import { ExitCode } from '../errors.js';
import { runPicoclawDoctor } from '../picoclaw/doctor.js';
import { refuseOtherGateway } from './other-gateway.js';
import { t } from '../i18n/index.js';
import { gatherFacts, type GatherInput } from '../doctor/context.js';
import { runFix, type FileDiff, type FixOutcome } from '../doctor/fix-flow.js';
import { terminalAsk, type Ask } from '../doctor/prompt.js';
import { printReport, reportJson } from '../doctor/render.js';
import { locationFlags, pointAtSameConfig } from '../doctor/same-config.js';
import { exitCodeFor, parseIdList, runChecks, selectChecks, type Selection } from '../doctor/runner.js';
import type { CheckResult } from '../doctor/types.js';
import { colorDiff, makeColors } from '../ui/color.js';

/** What tests may swap: the question asker and the facts that come from the machine. */
export interface DoctorDeps {
  ask?: Ask;
  nodeVersion?: string;
}

/**
 * `aisa-setup doctor`: gather the facts once, run the checks, print them; with --fix, plan the safe
 * edits, show the diff, confirm, write, and run the checks again.
 *
 * Exit codes (cli-contract.md): 0 no fail; 1 a fail (a rejected key or an unreachable gateway
 * included: doctor reports them as findings, it does not exit 4/5); 2 usage, and also --fix without
 * a terminal and without --yes (the diff is printed, nothing written); 3 when the config cannot be
 * read, parsed or followed through `$include`: the report is still printed (--json included), with
 * the checks that need the config skipped. --dry-run alone previews --fix and exits like a report.
 */
export async function runDoctor(ctx: Context, opts: Record<string, unknown>, _args: string[], deps: DoctorDeps = {}): Promise<number> {
  if (ctx.opts.target === 'picoclaw') {
    return runPicoclawDoctor(ctx, opts, deps.nodeVersion);
  }
  refuseOtherGateway(ctx, 'doctor');
  const sel: Selection = {
    only: parseIdList('--only', opts.only),
    skip: parseIdList('--skip', opts.skip) ?? [],
    probe: opts.probe === true,
    offline: opts.offline === true,
  };
  const dryRun = opts.dryRun === true;
  // --dry-run alone means "show me what --fix would do".
  const fix = opts.fix === true || dryRun;
  const input: GatherInput = {
    config: ctx.opts.config,
    profile: ctx.opts.profile,
    baseUrl: ctx.opts.baseUrl,
    timeoutMs: ctx.opts.timeoutMs,
    offline: sel.offline,
    env: ctx.io.env,
    cwd: ctx.io.cwd,
    ...(deps.nodeVersion ? { nodeVersion: deps.nodeVersion } : {}),
  };
  const checks = selectChecks(sel);
  const run = async () => {
    const facts = await gatherFacts(input);
    const results = await runChecks(facts, checks, sel.offline);
    return { facts, results: pointAtSameConfig(results, { flags: locationFlags(ctx.opts), realFile: facts.link }) };
  };
  const before = await run();
  const json = ctx.opts.json;
  if (!json) printReport(ctx, before.results);
  if (!fix) {
    if (json) ctx.out.document(reportJson(before.results, { configPath: before.facts.loc.path }));
    return exitCodeFor(before.results, before.facts);
  }

  const m = t().doctor;
  const interactive = !json && Boolean(ctx.io.stdin.isTTY && ctx.io.stdout.isTTY);
  const show = (diffs: FileDiff[], chmod: string[]) => {
    if (json) return;
    ctx.out.say('');
    ctx.out.say(dryRun ? m.dryRunHeader : m.fixHeader);
    const colors = makeColors(ctx.opts.color);
    for (const d of diffs) ctx.out.say(colorDiff(d.diff, colors));
    for (const f of chmod) ctx.out.say(m.chmodLine(f));
  };
  const outcome = await runFix(before.facts, { yes: opts.yes === true, dryRun, interactive }, deps.ask ?? terminalAsk(ctx.io, ctx.opts.color), show);
  const after = outcome.kind === 'applied' ? await run() : undefined;
  const results = after?.results ?? before.results;
  if (json) {
    ctx.out.document(reportJson(results, { configPath: before.facts.loc.path, fix: fixJson(outcome, before.results) }));
  } else {
    sayOutcome(ctx, outcome, before.results);
    if (after) printReport(ctx, after.results, '\n' + m.afterHeader);
  }
  if (outcome.kind === 'preview' && outcome.reason === 'needs-yes') return ExitCode.usage;
  if (outcome.kind === 'impossible' && outcome.exitCode !== undefined) return outcome.exitCode;
  return exitCodeFor(results, (after ?? before).facts);
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
  const base = { outcome: outcome.kind === 'preview' ? outcome.reason : outcome.kind, before: reportJson(before).checks };
  if (outcome.kind === 'impossible') return { ...base, reason: outcome.reason };
  if (outcome.kind === 'nothing') return base;
  const out: Record<string, unknown> = { ...base, files: outcome.diffs, chmod: outcome.chmod };
  if (outcome.kind === 'applied') out.backups = outcome.results.flatMap((r) => (r.backupPath ? [r.backupPath] : []));
  return out;
}
