import { ExitCode } from '../../../../errors.js';
import { t } from '../../../../i18n/index.js';
import { maskKey } from '../../../../secret.js';
import { providerField } from '../guards.js';
import { gatewayAnswer } from '../live.js';
import { usableKey } from '../../key-ref.js';
import type { Check } from '../check.js';

export const apiKeyValid: Check = {
  id: 'api-key-valid',
  network: true,
  async run(facts) {
    const m = t().doctor;
    const answer = await gatewayAnswer(facts);
    if ('skip' in answer) return answer.skip;
    const { live } = answer;
    const where = await providerField(facts, 'apiKey');
    const masked = maskKey(usableKey(facts.key) ?? '');
    if (live.kind === 'ok') return { status: 'pass', message: m.keyAccepted(masked, live.list.ids.length), ...where };
    const e = live.error;
    // A key that never reached the gateway is the network check's finding, not a verdict on the key.
    if (e.exitCode === ExitCode.network) return { status: 'skip', message: m.skipUnreachable };
    return { status: 'fail', message: e.message, ...where, ...(e.fix ? { fix: e.fix } : {}) };
  },
};
