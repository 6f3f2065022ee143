import { t } from '../../../i18n/index.js';
import type { DoctorFacts, LiveResult } from './facts.js';
import { needProvider } from './guards.js';
import type { Finding } from '../../../doctor/types.js';

/** Why a network check did not ask the gateway, in words. */
export function liveSkip(reason: Extract<LiveResult, { kind: 'skipped' }>['reason']): Finding {
  const m = t().doctor;
  return { status: 'skip', message: reason === 'offline' ? m.skipOffline : reason === 'no-key' ? m.skipNoKey : m.skipBadBaseUrl };
}

/** The live ids when the gateway answered; undefined when offline or it could not be asked. */
export async function liveIds(live: () => Promise<LiveResult>): Promise<Set<string> | undefined> {
  const r = await live();
  return r.kind === 'ok' ? new Set(r.list.ids) : undefined;
}

/** The gateway's `supported_endpoint_types` per id, when it answered and sent them. */
export async function liveEndpointTypes(live: () => Promise<LiveResult>): Promise<Record<string, readonly string[]>> {
  const r = await live();
  const out: Record<string, readonly string[]> = {};
  if (r.kind === 'ok') for (const m of r.list.models) if (m.supported_endpoint_types) out[m.id] = m.supported_endpoint_types;
  return out;
}

/** The prologue of every network check: a provider to test, and the gateway's answer or why not. */
export async function gatewayAnswer(facts: DoctorFacts): Promise<{ skip: Finding } | { live: Exclude<LiveResult, { kind: 'skipped' }> }> {
  const skip = needProvider(facts);
  if (skip) return { skip };
  const live = await facts.live();
  return live.kind === 'skipped' ? { skip: liveSkip(live.reason) } : { live };
}
