import { t } from '../../../../i18n/index.js';
import { formatPath } from '../../../../doctor/types.js';
import { maskKey } from '../../../../secret.js';
import { envKeyState } from '../../arrivals/env-key.js';
import { usableKey } from '../../key-ref.js';
import { needConfig } from '../guards.js';
import type { Check } from '../check.js';

/** A key in plain text in the config's `env` block, and which key OpenClaw will really send. */
export const envKey: Check = {
  id: 'env-key',
  async run(facts) {
    const skip = needConfig(facts);
    if (skip) return skip;
    const a = t().arrivals;
    const state = envKeyState(facts.arrival.envEntries, facts.input.env, facts.dotenv);
    if (!state) return { status: 'pass', message: a.envKeyNone };
    const first = state.entries[0]!;
    const path = formatPath(first.path);
    const masked = maskKey(state.value);
    const lines = [a.envKeyFound(path, masked)];
    const rejected = state.entries.some((e) => e.path.length === 2);
    if (rejected) lines.push(a.envKeyInvalid);
    const used = usableKey(facts.key);
    const from = state.shadowedBy === 'env' ? a.envExported : state.shadowedBy === 'env-file' ? facts.envPath : undefined;
    if (from && used !== state.value) lines.push(a.envKeyShadowedBy(from));
    else if (used) lines.push(a.envKeyUsed(maskKey(used), from ?? a.fromConfigEnv(path)));
    const fix = state.move === 'keep' ? a.envKeyTwoKeysFix(path, facts.envPath) : a.envKeyFix(facts.envPath);
    // A direct `env.AISA_API_KEY` makes the whole file invalid for OpenClaw 2026.9.6; under env.vars it is "only" plain text.
    const details = state.entries.length > 1 ? { details: state.entries.map((e) => formatPath(e.path)) } : {};
    return { status: rejected ? 'fail' : 'warn', message: lines.join(t().gateway.sentenceJoin), path, file: facts.loc.path, fix, ...details };
  },
};
