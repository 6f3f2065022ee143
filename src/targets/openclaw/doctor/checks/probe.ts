import { bareId } from '../../../../catalog.js';
import type { ProbeResult } from '../../../../gateway/probe.js';
import { t, listSep } from '../../../../i18n/index.js';
import { PROVIDER_ID } from '../../provider.js';
import { gatewayAnswer } from '../live.js';
import { declaredRefs } from '../refs.js';
import { displayWidth } from '../../../../ui/format.js';
import type { ProbeEntry } from '../../../../doctor/types.js';
import type { Check } from '../check.js';

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
    const probe: ProbeEntry[] = results.map((r) => ({
      model: `${PROVIDER_ID}/${r.model}`,
      ok: r.ok,
      latencyMs: r.latencyMs ?? null,
      ...(r.ok ? {} : { problem: r.problem }),
    }));
    const details = table(results);
    const failed = results.filter((r): r is Extract<ProbeResult, { ok: false }> => !r.ok);
    const slowest = Math.max(0, ...results.map((r) => r.latencyMs ?? 0));
    if (failed.length === 0) return { status: 'pass', message: m.probeAllOk(results.length, slowest), details, probe };
    const status = failed.every((r) => r.severity === 'warn') ? 'warn' : 'fail';
    return { status, message: m.probeSome(failed.length, results.length), details, probe, ...fixOf(failed) };
  },
};

/** One line per model, its name and latency in aligned columns, then what went wrong. */
function table(results: ProbeResult[]): string[] {
  const m = t().doctor;
  const refs = results.map((r) => `${PROVIDER_ID}/${r.model}`);
  const refWidth = Math.max(0, ...refs.map((r) => r.length));
  const numWidth = Math.max(1, ...results.map((r) => String(r.latencyMs ?? '').length));
  const blank = ' '.repeat(displayWidth(m.probeMs('0'.repeat(numWidth))));
  return results.map((r, i) => {
    const ms = r.latencyMs === undefined ? blank : m.probeMs(String(r.latencyMs).padStart(numWidth));
    const line = `${r.ok ? '✓' : '✗'} ${refs[i]!.padEnd(refWidth)}  ${ms}`;
    return r.ok ? line : `${line}  ${r.error.message}`;
  });
}

/** The same fix for several models is said once; different fixes name the models they are for. */
function fixOf(failed: Extract<ProbeResult, { ok: false }>[]): { fix?: string } {
  const byFix = new Map<string, string[]>();
  for (const r of failed) if (r.error.fix) byFix.set(r.error.fix, [...(byFix.get(r.error.fix) ?? []), `${PROVIDER_ID}/${r.model}`]);
  if (byFix.size === 0) return {};
  if (byFix.size === 1) return { fix: [...byFix.keys()][0]! };
  return { fix: [...byFix].map(([fix, models]) => `${models.join(listSep())}: ${fix}`).join('\n') };
}
