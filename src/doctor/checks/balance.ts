import { ExitCode } from '../../errors.js';
import { balanceText, isLow } from '../../gateway/balance-view.js';
import { t } from '../../i18n/index.js';
import { gatewayAnswer } from '../live.js';
import type { Check } from '../types.js';

/**
 * What the key has left, where the gateway reports it (new-api's billing routes). A gateway that
 * does not serve them is no finding: the check is skipped, never failed.
 */
export const balance: Check = {
  id: 'balance',
  network: true,
  async run(facts) {
    const a = t().answers;
    const answer = await gatewayAnswer(facts);
    if ('skip' in answer) return answer.skip;
    const live = answer.live;
    if (live.kind !== 'ok') return { status: 'skip', message: live.error.exitCode === ExitCode.network ? t().doctor.skipUnreachable : a.balanceSkipKey };
    const b = await facts.balance();
    if (!b) return { status: 'skip', message: a.balanceNotReported };
    const text = balanceText(b);
    if (!b.unlimited && b.left <= 0) return { status: 'fail', message: a.balanceEmpty(text), fix: a.balanceTopUp };
    if (isLow(b)) return { status: 'warn', message: a.balanceLow(text), fix: a.balanceTopUp };
    return { status: 'pass', message: a.balanceOk(text) };
  },
};
