import { balanceFinding } from '../../../../doctor/balance-finding.js';
import { gatewayAnswer } from '../live.js';
import type { Check } from '../check.js';

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
