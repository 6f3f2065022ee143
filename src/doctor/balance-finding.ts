import { ExitCode } from '../errors.js';
import { balanceFix, balanceState, balanceText, type Balance } from '../gateway/balance-view.js';
import { t } from '../i18n/index.js';
import type { Finding } from './types.js';

/**
 * The finding for a key the gateway answered about, for every target's `balance` check: a fail when
 * the key's cap or the account's wallet is at zero, a warning when either is low, each with its own
 * fix (the key's page or the billing page).
 */
export async function balanceFinding(live: { kind: 'ok' } | { kind: 'error'; error: { exitCode: number } }, balanceOf: () => Promise<Balance | undefined>): Promise<Finding> {
  const m = t().balance;
  if (live.kind !== 'ok') return { status: 'skip', message: live.error.exitCode === ExitCode.network ? t().doctor.skipUnreachable : m.skipKey };
  const b = await balanceOf();
  if (!b) return { status: 'skip', message: m.notReported };
  const text = balanceText(b);
  const s = balanceState(b);
  if (s.key === 'empty' || s.account === 'empty') return { status: 'fail', message: m.empty(text), fix: balanceFix(b, s) };
  if (s.key === 'low' || s.account === 'low') return { status: 'warn', message: m.low(text), fix: balanceFix(b, s) };
  return { status: 'pass', message: m.ok(text) };
}
