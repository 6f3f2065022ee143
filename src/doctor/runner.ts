import { CliError, ExitCode } from '../errors.js';
import { t, listSep } from '../i18n/index.js';
import { CHECK_IDS, EXTRA_IDS, type CheckResult, type Finding, type GenericCheck } from './types.js';

export interface Selection {
  only: string[] | undefined;
  skip: string[];
  probe: boolean;
  offline: boolean;
}

const VALID: readonly string[] = [...CHECK_IDS, ...EXTRA_IDS];

/** `--only a,b` / `--skip c`: unknown ids are a usage error that lists the valid ones. */
export function parseIdList(flag: string, value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const ids = String(value).split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !VALID.includes(id));
  if (unknown.length || ids.length === 0) {
    throw new CliError('usage', ExitCode.usage, t().doctor.unknownIds(flag, unknown.join(listSep()) || String(value)), t().doctor.validIds(VALID.join(listSep())));
  }
  return ids;
}

export function selectChecks<F>(checks: readonly GenericCheck<F>[], sel: Selection): GenericCheck<F>[] {
  return checks.filter((c) => {
    // Naming `probe` in --only asks for it as clearly as --probe does.
    if (c.id === 'probe' && !sel.probe && !sel.only?.includes('probe')) return false;
    if (sel.only && !sel.only.includes(c.id)) return false;
    return !sel.skip.includes(c.id);
  });
}

/**
 * Runs the checks concurrently, each with its own deadline, and returns them in registry order.
 * They share one `GET /models` (memoized in the facts), so "parallel" costs one request, not four.
 */
export async function runChecks<F>(facts: F, checks: GenericCheck<F>[], opts: { offline: boolean; timeoutMs: number }): Promise<CheckResult[]> {
  const { offline } = opts;
  // A request may be retried once after a short wait: give a check two request timeouts and a margin.
  const budgetMs = opts.timeoutMs * 2 + 2000;
  return Promise.all(checks.map((c) => runOne(c, facts, offline, budgetMs)));
}

async function runOne<F>(check: GenericCheck<F>, facts: F, offline: boolean, budgetMs: number): Promise<CheckResult> {
  let finding: Finding;
  if (offline && check.network) finding = { status: 'skip', message: t().doctor.skipOffline };
  else {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Finding>((resolve) => {
      timer = setTimeout(() => resolve({ status: 'fail', message: t().doctor.checkTimedOut(Math.round(budgetMs / 1000)) }), budgetMs);
    });
    try {
      finding = await Promise.race([check.run(facts).catch((e: unknown) => crashed(e)), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
  return { id: check.id, ...finding };
}

/** A check that throws (an `$include` it cannot follow, a bug) fails alone; the others still report. */
function crashed(e: unknown): Finding {
  if (e instanceof CliError) return { status: 'fail', message: e.message, ...(e.fix ? { fix: e.fix } : {}) };
  return { status: 'fail', message: t().doctor.checkCrashed(e instanceof Error ? e.message : String(e)) };
}

export function exitCodeFor(results: CheckResult[], unreadable: boolean): number {
  // A config we cannot read, parse or follow is the contract's exit 3, more telling than "a check failed".
  if (unreadable && results.some((r) => r.status === 'fail' && (r.id === 'config-parse' || r.id === 'config-found'))) {
    return ExitCode.config;
  }
  return results.some((r) => r.status === 'fail') ? ExitCode.failure : ExitCode.ok;
}
