import { ExitCode } from '../../../../errors.js';
import { GatewayError } from '../../../../gateway/error.js';
import { t } from '../../../../i18n/index.js';
import { requestBaseUrl } from '../facts.js';
import { needProvider } from '../guards.js';
import { liveSkip } from '../live.js';
import type { Check } from '../check.js';

export const network: Check = {
  id: 'network',
  network: true,
  async run(facts) {
    const m = t().doctor;
    const skip = needProvider(facts);
    if (skip) return skip;
    let live = await facts.live();
    // No usable key: reachability needs none, so ask with a stand-in and read any answer as "reached".
    if (live.kind === 'skipped' && live.reason === 'no-key') live = await facts.reach();
    if (live.kind === 'skipped') return liveSkip(live.reason);
    const base = requestBaseUrl(facts) ?? '?';
    if (live.kind === 'ok') return { status: 'pass', message: m.reached(base, live.list.latencyMs) };
    const e = live.error;
    // A key refused before sending (its shape, another provider's key) says nothing about the network;
    // api-key-valid names the reason.
    if (!(e instanceof GatewayError)) return { status: 'skip', message: m.skipKeyRefused };
    // Any HTTP answer, even a refusal of the key, proves the way to the gateway works.
    if (e.exitCode !== ExitCode.network) return { status: 'pass', message: m.reachedAnswered(base) };
    return { status: 'fail', message: e.message, ...(e.fix ? { fix: e.fix } : {}) };
  },
};
