import { ExitCode } from '../../errors.js';
import { balanceText, isLow, type Balance } from '../../gateway/balance-view.js';
import { t } from '../../i18n/index.js';
import { gatewayAnswer } from '../live.js';
import type { Check, Finding } from '../types.js';

/**
 * What the key has left, where the gateway reports it (new-api's billing routes). A gateway that
 * does not serve them is no finding: the check is skipped, never failed.
 */
export const balance: Check = {
  id: 'balance',
  network: true,
  async run(facts) {
    const answer = await gatewayAnswer(facts);
    if ('skip' in answer) return answer.skip;
    return balanceFinding(answer.live, () => facts.balance());
  },
};

/** The finding for a key the gateway answered about; PicoClaw's doctor shares it. */
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
