import { ExitCode } from '../../errors.js';
import { GatewayError } from '../../gateway/error.js';
import { t } from '../../i18n/index.js';
import { requestBaseUrl } from '../context.js';
import { gatewayAnswer } from '../live.js';
import type { Check } from '../types.js';

export const network: Check = {
  id: 'network',
  network: true,
  async run(facts) {
    const m = t().doctor;
    const answer = await gatewayAnswer(facts);
    if ('skip' in answer) return answer.skip;
    const { live } = answer;
    const base = requestBaseUrl(facts) ?? '?';
    if (live.kind === 'ok') return { status: 'pass', message: m.reached(base, live.list.latencyMs) };
    const e = live.error;
    // A key refused before sending (its shape) says nothing about the network.
    if (!(e instanceof GatewayError)) return { status: 'skip', message: m.skipNoKey };
    // Any HTTP answer, even a refusal of the key, proves the way to the gateway works.
    if (e.exitCode !== ExitCode.network) return { status: 'pass', message: m.reachedAnswered(base) };
    return { status: 'fail', message: e.message, ...(e.fix ? { fix: e.fix } : {}) };
  },
};
