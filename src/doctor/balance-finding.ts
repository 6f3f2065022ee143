import { ExitCode } from '../errors.js';
import { balanceText, isLow, type Balance } from '../gateway/balance-view.js';
import { t } from '../i18n/index.js';
import type { Finding } from './types.js';

/** The finding for a key the gateway answered about, for every target's `balance` check. */
export async function balanceFinding(live: { kind: 'ok' } | { kind: 'error'; error: { exitCode: number } }, balanceOf: () => Promise<Balance | undefined>): Promise<Finding> {
  const a = t().answers;
  if (live.kind !== 'ok') return { status: 'skip', message: live.error.exitCode === ExitCode.network ? t().doctor.skipUnreachable : a.balanceSkipKey };
  const b = await balanceOf();
  if (!b) return { status: 'skip', message: a.balanceNotReported };
  const text = balanceText(b);
  if (!b.unlimited && b.left <= 0) return { status: 'fail', message: a.balanceEmpty(text), fix: a.balanceTopUp };
  if (isLow(b)) return { status: 'warn', message: a.balanceLow(text), fix: a.balanceTopUp };
  return { status: 'pass', message: a.balanceOk(text) };
}
