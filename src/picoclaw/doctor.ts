import { providerOf, type Context } from '../context.js';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { printReport, reportJson } from '../doctor/render.js';
import { exitCodeFor, parseIdList, runChecks } from '../doctor/runner.js';
import { PICO_CHECKS } from './doctor-checks.js';
import { gatherPicoFacts } from './doctor-facts.js';
import { locatePicoclaw } from './locate.js';

/**
 * `doctor --target picoclaw`: the same runner, rendering, `--json` schema and exit codes as
 * OpenClaw's doctor, over PicoClaw's checks. `--fix` is refused (exit 2): onboard already rewrites
 * every entry, the key and the default in PicoClaw's layout, so it is the fix to point to.
 */
export async function runPicoclawDoctor(ctx: Context, opts: Record<string, unknown>, nodeVersion?: string): Promise<number> {
  const m = t().picoclaw;
  if (opts.fix === true || opts.dryRun === true) throw new CliError('usage', ExitCode.usage, m.fixNotAvailable, m.fixNotAvailableFix);
  if (ctx.opts.profile !== undefined) throw new CliError('usage', ExitCode.usage, m.noProfile, t().cli.seeHelp);
  const only = parseIdList('--only', opts.only);
  const skip = parseIdList('--skip', opts.skip) ?? [];
  const offline = opts.offline === true;
  const checks = PICO_CHECKS.filter((c) => (!only || only.includes(c.id)) && !skip.includes(c.id));
  const loc = locatePicoclaw({ config: ctx.opts.config, env: ctx.io.env, cwd: ctx.io.cwd });
  const input = { timeoutMs: ctx.opts.timeoutMs, offline, env: ctx.io.env, baseUrl: ctx.opts.baseUrl };
  const facts = await gatherPicoFacts(loc, input, providerOf(ctx).id, nodeVersion ?? process.versions.node);
  const results = await runChecks(facts, [...checks], offline);
  if (ctx.opts.json) ctx.out.document(reportJson(results, { configPath: loc.path, target: 'picoclaw' }));
  else printReport(ctx, results);
  return exitCodeFor(results, facts);
}
