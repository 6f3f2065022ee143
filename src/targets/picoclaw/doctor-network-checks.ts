// PicoClaw's checks that ask the gateway: each key against its own entries' base, and the probe.
import { balanceFinding } from '../../doctor/balance-finding.js';
import { ExitCode } from '../../errors.js';
import { GatewayError } from '../../gateway/error.js';
import { t, listSep } from '../../i18n/index.js';
import type { Finding } from '../../doctor/types.js';
import type { ProbeResult } from '../../gateway/probe.js';
import { maskKey } from '../../secret.js';
import type { PicoFacts, PicoLive } from './doctor-facts.js';
import { entryBaseUrl, picoBaseUrl } from './doctor-facts.js';
import { isVariableName } from './state.js';
import { keyFile, needEntries, ok, type PicoCheck } from './doctor-shared.js';

/** Each different key once, with the entries that hold it and the base its requests go to. */
function keyGroups(f: PicoFacts): { key: string; names: string[]; base: string | undefined }[] {
  const groups = new Map<string, { key: string; names: string[]; base: string | undefined }>();
  for (const e of ok(f).pico.entries) {
    if (!e.key?.trim() || isVariableName(e.key)) continue;
    const key = e.key.trim();
    const g = groups.get(key) ?? { key, names: [], base: entryBaseUrl(f, e.apiBase) ?? picoBaseUrl(f) };
    g.names.push(e.name);
    groups.set(key, g);
  }
  return [...groups.values()];
}
async function answer(f: PicoFacts): Promise<{ skip: Finding } | { live: Exclude<PicoLive, { kind: 'skipped' }> }> {
  const skip = needEntries(f);
  if (skip) return { skip };
  const live = await f.live();
  if (live.kind !== 'skipped') return { live };
  const m = t().doctor;
  return { skip: { status: 'skip', message: live.reason === 'offline' ? m.skipOffline : live.reason === 'no-key' ? m.skipNoKey : m.skipBadBaseUrl } };
}

/** Every different key is asked about, each against its entries' base, all at once. */
export const keyValid: PicoCheck = {
  id: 'api-key-valid',
  network: true,
  async run(f) {
    const skip = needEntries(f);
    if (skip) return skip;
    const m = t().doctor;
    const groups = keyGroups(f);
    if (groups.length === 0) return { status: 'skip', message: m.skipNoKey };
    const lives = await Promise.all(groups.map((g) => f.liveFor(g.key, g.base)));
    const skipped = lives.find((l): l is Extract<PicoLive, { kind: 'skipped' }> => l.kind === 'skipped');
    if (skipped) return { status: 'skip', message: skipped.reason === 'offline' ? m.skipOffline : m.skipBadBaseUrl };
    const rejected = groups.flatMap((g, i) => {
      const l = lives[i]!;
      return l.kind === 'error' && l.error.exitCode !== ExitCode.network ? [{ g, error: l.error }] : [];
    });
    if (rejected.length) {
      const one = groups.length === 1;
      const message = rejected.map((r) => (one ? r.error.message : t().picoclaw.forEntries(r.g.names.join(listSep()), r.error.message))).join(' ');
      return { status: 'fail', message, file: keyFile(f), ...fixOf(rejected[0]!.error) };
    }
    if (lives.some((l) => l.kind === 'error')) return { status: 'skip', message: m.skipUnreachable };
    const accepted = lives.map((l) => (l.kind === 'ok' ? l.list.ids.length : 0));
    if (groups.length === 1) return { status: 'pass', message: m.keyAccepted(maskKey(groups[0]!.key), accepted[0]!) };
    return { status: 'pass', message: t().picoclaw.keysAccepted(groups.map((g) => maskKey(g.key)).join(listSep())) };
  },
};

export const network: PicoCheck = {
  id: 'network',
  network: true,
  async run(f) {
    const a = await answer(f);
    if ('skip' in a) return a.skip;
    const base = picoBaseUrl(f) ?? '?';
    if (a.live.kind === 'ok') return { status: 'pass', message: t().doctor.reached(base, a.live.list.latencyMs) };
    const e = a.live.error;
    // Refused before sending (its shape, another provider's key): api-key-valid names the reason.
    if (!(e instanceof GatewayError)) return { status: 'skip', message: t().doctor.skipKeyRefused };
    if (e.exitCode !== ExitCode.network) return { status: 'pass', message: t().doctor.reachedAnswered(base) };
    return { status: 'fail', message: e.message, ...fixOf(e) };
  },
};

/** What the key has left, where the gateway reports it: the same finding as OpenClaw's doctor. */
export const balance: PicoCheck = {
  id: 'balance',
  network: true,
  async run(f) {
    const a = await answer(f);
    if ('skip' in a) return a.skip;
    return balanceFinding(a.live, () => f.balance());
  },
};

/** --probe: one small chat per entry of ours, with that entry's key and base, all in flight together. */
export const probe: PicoCheck = {
  id: 'probe',
  network: true,
  async run(f) {
    const skip = needEntries(f);
    if (skip) return skip;
    const m = t().doctor;
    const entries = ok(f).pico.entries.filter((e) => e.upstream !== undefined && e.key?.trim() && !isVariableName(e.key));
    if (entries.length === 0) return { status: 'skip', message: m.skipNoKey };
    const { probeModel } = await import('../../load/network.js');
    const results = await Promise.all(
      entries.map(async (e): Promise<ProbeResult | undefined> => {
        const baseUrl = entryBaseUrl(f, e.apiBase);
        if (!baseUrl) return undefined;
        // The key's list tells a stale id (not listed) from an upstream that is down (listed).
        const live = await f.liveFor(e.key!.trim(), baseUrl);
        const listed = live.kind === 'ok' ? { listed: live.list.ids } : {};
        return probeModel({ baseUrl, apiKey: e.key!.trim(), model: e.upstream!, timeoutMs: f.input.timeoutMs, env: f.input.env, otherGateway: f.providerId !== 'aisa', ...listed });
      }),
    );
    const rows = entries.flatMap((e, i) => (results[i] ? [{ name: e.name, r: results[i] }] : []));
    if (rows.length === 0) return { status: 'skip', message: m.skipBadBaseUrl };
    const width = Math.max(...rows.map((x) => x.name.length));
    const details = rows.map(({ name, r }) => `${r.ok ? '✓' : '✗'} ${name.padEnd(width)}  ${r.latencyMs === undefined ? '' : m.probeMs(String(r.latencyMs))}${r.ok ? '' : `  ${r.error.message}`}`.trimEnd());
    const probe = rows.map(({ name, r }) => ({ model: name, ok: r.ok, latencyMs: r.latencyMs ?? null, ...(r.ok ? {} : { problem: r.problem }) }));
    const failed = rows.flatMap(({ r }) => (r.ok ? [] : [r]));
    if (failed.length === 0) return { status: 'pass', message: m.probeAllOk(rows.length, Math.max(0, ...rows.map(({ r }) => r.latencyMs ?? 0))), details, probe };
    const status = failed.every((r) => r.severity === 'warn') ? 'warn' : 'fail';
    return { status, message: m.probeSome(failed.length, rows.length), details, probe, ...fixOf(failed[0]!.error) };
  },
};

/** A gateway error's fix as the error words it: its commands already name this run's target and file. */
function fixOf(e: { fix?: string | undefined }): { fix?: string } {
  return e.fix ? { fix: e.fix } : {};
}
