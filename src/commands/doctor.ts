import type { Context } from '../context.js';
import { runPicoclawDoctor } from '../targets/picoclaw/doctor.js';
import { refuseOtherGateway } from './other-gateway.js';
import { gatherFacts, type GatherInput } from '../doctor/context.js';
import { runFix } from '../doctor/fix-flow.js';
import { fixExitCode, fixShower, reportFix } from '../doctor/fix-report.js';
import { terminalAsk, type Ask } from '../doctor/prompt.js';
import { printReport, reportJson } from '../doctor/render.js';
import { locationFlags, pointAtSameConfig } from '../doctor/same-config.js';
import { exitCodeFor, parseIdList, runChecks, selectChecks, type Selection } from '../doctor/runner.js';

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
    return runPicoclawDoctor(ctx, opts, deps);
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

  const interactive = !json && Boolean(ctx.io.stdin.isTTY && ctx.io.stdout.isTTY);
  const outcome = await runFix(before.facts, { yes: opts.yes === true, dryRun, interactive }, deps.ask ?? terminalAsk(ctx.io, ctx.opts.color), fixShower(ctx, dryRun));
  const after = outcome.kind === 'applied' ? await run() : undefined;
  const results = after?.results ?? before.results;
  reportFix(ctx, outcome, before.results, after?.results, { configPath: before.facts.loc.path });
  return fixExitCode(outcome) ?? exitCodeFor(results, (after ?? before).facts);
}

