import { providerOf, type Context } from '../context.js';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { printReport, reportJson } from '../doctor/render.js';
import { exitCodeFor, parseIdList, runChecks } from '../doctor/runner.js';
import { PICO_CHECK_IDS, PICO_CHECKS } from './doctor-checks.js';
import { gatherPicoFacts } from './doctor-facts.js';
import { locatePicoclaw } from './locate.js';

/**
 * `doctor --target picoclaw`: the same runner, rendering, `--json` schema and exit codes as
 * OpenClaw's doctor, over PicoClaw's checks (with `probe` when --probe asks). `--fix` is refused (exit 2): onboard already rewrites
 * every entry, the key and the default in PicoClaw's layout, so it is the fix to point to.
 */
export async function runPicoclawDoctor(ctx: Context, opts: Record<string, unknown>, nodeVersion?: string): Promise<number> {
  const m = t().picoclaw;
  if (opts.fix === true || opts.dryRun === true) throw new CliError('usage', ExitCode.usage, m.fixNotAvailable, m.fixNotAvailableFix);
  if (ctx.opts.profile !== undefined) throw new CliError('usage', ExitCode.usage, m.noProfile, t().cli.seeHelp);
  const only = picoIds('--only', opts.only);
  const skip = picoIds('--skip', opts.skip) ?? [];
  const offline = opts.offline === true;
  // Naming `probe` in --only asks for it as clearly as --probe does.
  const probe = opts.probe === true || only?.includes('probe') === true;
  const checks = PICO_CHECKS.filter((c) => (c.id !== 'probe' || probe) && (!only || only.includes(c.id)) && !skip.includes(c.id));
  const loc = locatePicoclaw({ config: ctx.opts.config, env: ctx.io.env, cwd: ctx.io.cwd });
  const input = { timeoutMs: ctx.opts.timeoutMs, offline, env: ctx.io.env, baseUrl: ctx.opts.baseUrl };
  const facts = await gatherPicoFacts(loc, input, providerOf(ctx).id, nodeVersion ?? process.versions.node);
  const results = await runChecks(facts, [...checks], offline);
  if (ctx.opts.json) ctx.out.document(reportJson(results, { configPath: loc.path, target: 'picoclaw' }));
  else printReport(ctx, results);
  return exitCodeFor(results, facts);
}

/** --only/--skip as OpenClaw's doctor reads them, then refusing ids PicoClaw has no check for (api-mode…). */
function picoIds(flag: string, value: unknown): string[] | undefined {
  const ids = parseIdList(flag, value);
  const other = ids?.filter((id) => !PICO_CHECK_IDS.includes(id)) ?? [];
  if (other.length) throw new CliError('usage', ExitCode.usage, t().picoclaw.idsNotForPico(flag, other.join(', ')), t().doctor.validIds(PICO_CHECK_IDS.join(', ')));
  return ids;
}
