import { ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { maskKey } from '../../secret.js';
import { PROVIDER_PATH } from '../context.js';
import { needProvider } from '../guards.js';
import { liveSkip } from '../live.js';
import { usableKey } from '../key.js';
import { formatPath, type Check } from '../types.js';

export const apiKeyValid: Check = {
  id: 'api-key-valid',
  network: true,
  async run(facts) {
    const m = t().doctor;
    const skip = needProvider(facts);
    if (skip) return skip;
    const live = await facts.live();
    if (live.kind === 'skipped') return liveSkip(live.reason);
    const at = [...PROVIDER_PATH, 'apiKey'];
    const where = { path: formatPath(at), file: await facts.fileOf(at) };
    const masked = maskKey(usableKey(facts.key) ?? '');
    if (live.kind === 'ok') return { status: 'pass', message: m.keyAccepted(masked, live.list.ids.length), ...where };
    const e = live.error;
    // A key that never reached the gateway is the network check's finding, not a verdict on the key.
    if (e.exitCode === ExitCode.network) return { status: 'skip', message: m.skipUnreachable };
    return { status: 'fail', message: e.message, ...where, ...(e.fix ? { fix: e.fix } : {}) };
  },
};
