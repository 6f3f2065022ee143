import { providerOf, type Context } from '../../context.js';
import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { fixExitCode, fixShower, reportFix } from '../../doctor/fix-report.js';
import { terminalAsk, type Ask } from '../../doctor/prompt.js';
import { printReport, reportJson } from '../../doctor/render.js';
import { exitCodeFor, parseIdList, runChecks } from '../../doctor/runner.js';
import { PICO_CHECK_IDS, PICO_CHECKS } from './doctor-checks.js';
import { runPicoFix } from './doctor-fix.js';
import { gatherPicoFacts } from './doctor-facts.js';
import { locatePicoclaw } from './locate.js';

/**
 * `doctor --target picoclaw`: the same runner, rendering, `--json` schema, `--fix` flow and exit
 * codes as OpenClaw's doctor, over PicoClaw's checks (with `probe` when --probe asks).
 */
export async function runPicoclawDoctor(ctx: Context, opts: Record<string, unknown>, deps: { nodeVersion?: string; ask?: Ask } = {}): Promise<number> {
  const m = t().picoclaw;
  if (ctx.opts.profile !== undefined) throw new CliError('usage', ExitCode.usage, m.noProfile, t().cli.seeHelp);
  const only = picoIds('--only', opts.only);
  const skip = picoIds('--skip', opts.skip) ?? [];
  const offline = opts.offline === true;
  // Naming `probe` in --only asks for it as clearly as --probe does.
  const probe = opts.probe === true || only?.includes('probe') === true;
  const checks = PICO_CHECKS.filter((c) => (c.id !== 'probe' || probe) && (!only || only.includes(c.id)) && !skip.includes(c.id));
  const loc = locatePicoclaw({ config: ctx.opts.config, env: ctx.io.env, cwd: ctx.io.cwd });
  const input = { timeoutMs: ctx.opts.timeoutMs, offline, env: ctx.io.env, baseUrl: ctx.opts.baseUrl };
  const providerId = providerOf(ctx).id;
  const run = async () => {
    const facts = await gatherPicoFacts(loc, input, providerId, deps.nodeVersion ?? process.versions.node);
    return { facts, results: await runChecks(facts, [...checks], offline) };
  };
  const before = await run();
  const meta = { configPath: loc.path, target: 'picoclaw' };
  const dryRun = opts.dryRun === true;
  if (opts.fix !== true && !dryRun) {
    if (ctx.opts.json) ctx.out.document(reportJson(before.results, meta));
    else printReport(ctx, before.results);
    return exitCodeFor(before.results, before.facts);
  }
  if (!ctx.opts.json) printReport(ctx, before.results);
  const interactive = !ctx.opts.json && Boolean(ctx.io.stdin.isTTY && ctx.io.stdout.isTTY);
  const ask = deps.ask ?? terminalAsk(ctx.io, ctx.opts.color);
  const outcome = await runPicoFix(loc, providerId, { yes: opts.yes === true, dryRun, interactive }, ask, fixShower(ctx, dryRun));
  const after = outcome.kind === 'applied' ? await run() : undefined;
  reportFix(ctx, outcome, before.results, after?.results, meta);
  return fixExitCode(outcome) ?? exitCodeFor((after ?? before).results, (after ?? before).facts);
}

/** --only/--skip as OpenClaw's doctor reads them, then refusing ids PicoClaw has no check for (api-mode…). */
function picoIds(flag: string, value: unknown): string[] | undefined {
  const ids = parseIdList(flag, value);
  const other = ids?.filter((id) => !PICO_CHECK_IDS.includes(id)) ?? [];
  if (other.length) throw new CliError('usage', ExitCode.usage, t().picoclaw.idsNotForPico(flag, other.join(', ')), t().doctor.validIds(PICO_CHECK_IDS.join(', ')));
  return ids;
}
