import type { Context, Io } from '../context.js';
import { fixExitCode, fixShower, reportFix } from '../doctor/fix-report.js';
import type { Ask } from '../doctor/prompt.js';
import { printReport, reportJson } from '../doctor/render.js';
import { exitCodeFor, parseIdList, type Selection } from '../doctor/runner.js';
import { invocationOf, setInvocation } from '../invocation.js';
import { targetOf } from '../targets/index.js';
import { refuseOtherGateway } from './other-gateway.js';

/** What tests may swap: the question asker and the facts that come from the machine. */
export interface DoctorDeps {
  ask?: Ask;
  nodeVersion?: string;
}

/**
 * `aisa-setup doctor`: gather the facts once, run the checks, print them; with --fix, plan the safe
 * edits, show the diff, confirm, write, and run the checks again. The same for every target.
 *
 * Exit codes (cli-contract.md): 0 no fail; 1 a fail (a rejected key or an unreachable gateway
 * included: doctor reports them as findings, it does not exit 4/5); 2 usage, and also --fix without
 * a terminal and without --yes (the diff is printed, nothing written); 3 when the config cannot be
 * read, parsed or followed through `$include`: the report is still printed (--json included), with
 * the checks that need the config skipped. --dry-run alone previews --fix and exits like a report.
 */
export async function runDoctor(ctx: Context, opts: Record<string, unknown>, _args: string[], deps: DoctorDeps = {}): Promise<number> {
  setInvocation(invocationOf(ctx.opts));
  const target = targetOf(ctx);
  target.checkOptions(ctx);
  const doctor = target.doctor;
  if (!doctor.otherGateways) refuseOtherGateway(ctx, target, 'doctor');
  const sel: Selection = {
    only: parseIdList('--only', opts.only),
    skip: parseIdList('--skip', opts.skip) ?? [],
    probe: opts.probe === true,
    offline: opts.offline === true,
  };
  if (sel.only) doctor.refuseIds('--only', sel.only);
  doctor.refuseIds('--skip', sel.skip);
  const dryRun = opts.dryRun === true;
  // --dry-run alone means "show me what --fix would do".
  const fix = opts.fix === true || dryRun;
  const run = () => doctor.run(ctx, sel, { nodeVersion: deps.nodeVersion });
  const before = await run();
  const meta = { configPath: before.configPath, ...doctor.jsonFields };
  const json = ctx.opts.json;
  if (!fix) {
    if (json) ctx.out.document(reportJson(before.results, meta));
    else printReport(ctx, before.results);
    return exitCodeFor(before.results, before.unreadable);
  }
  if (!json) printReport(ctx, before.results);
  const interactive = !json && Boolean(ctx.io.stdin.isTTY && ctx.io.stdout.isTTY);
  const outcome = await before.fix({ yes: opts.yes === true, dryRun, interactive }, deps.ask ?? terminalAsk(ctx.io, ctx.opts.color), fixShower(ctx, dryRun));
  const after = outcome.kind === 'applied' ? await run() : undefined;
  reportFix(ctx, outcome, before.results, after?.results, meta);
  const last = after ?? before;
  return fixExitCode(outcome) ?? exitCodeFor(last.results, last.unreadable);
}

function terminalAsk(io: Io, color: boolean): Ask {
  return async (message, defaultYes) => {
    // Loaded only when a question is really asked: a plain report never pays for the prompt library.
    const { inquirerPrompts } = await import('../load/terminal.js');
    return inquirerPrompts(io, { color }).confirm({ message, default: defaultYes });
  };
}
