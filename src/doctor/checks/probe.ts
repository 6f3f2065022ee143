import { bareId } from '../../catalog.js';
import type { ProbeResult } from '../../gateway/probe.js';
import { t } from '../../i18n/index.js';
import { PROVIDER_ID } from '../../openclaw/provider.js';
import { gatewayAnswer } from '../live.js';
import { declaredRefs } from '../refs.js';
import type { Check } from '../types.js';

/** --probe: one timed chat request per declared model, all in flight together. */
export const probe: Check = {
  id: 'probe',
  network: true,
  async run(facts) {
    const m = t().doctor;
    const answer = await gatewayAnswer(facts);
    if ('skip' in answer) return answer.skip;
    const ids = [...new Set(declaredRefs(facts.provider).map((r) => bareId(r.value, PROVIDER_ID)))];
    let results: ProbeResult[];
    try {
      results = await facts.probes(ids);
    } catch (e) {
      return { status: 'fail', message: (e as Error).message };
    }
    const details = results.map((r) =>
      r.ok ? m.probeOk(`${PROVIDER_ID}/${r.model}`, r.latencyMs) : m.probeFailed(`${PROVIDER_ID}/${r.model}`, r.error.message, r.latencyMs),
    );
    const failed = results.filter((r): r is Extract<ProbeResult, { ok: false }> => !r.ok);
    const slowest = Math.max(0, ...results.map((r) => r.latencyMs ?? 0));
    if (failed.length === 0) return { status: 'pass', message: m.probeAllOk(results.length, slowest), details };
    const fixes = failed.filter((r) => r.error.fix).map((r) => `${PROVIDER_ID}/${r.model}: ${r.error.fix}`);
    const status = failed.every((r) => r.severity === 'warn') ? 'warn' : 'fail';
    return { status, message: m.probeSome(failed.length, results.length), details, fix: fixes.join('\n') };
  },
};
