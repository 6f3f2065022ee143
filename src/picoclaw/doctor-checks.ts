// PicoClaw's doctor: the subset of OpenClaw's checks that mean something for a model_list file,
// under the same ids so --only/--skip and scripts read them alike. Not here: api-mode, model-prefix,
// schema-compat and kimi-temperature (OpenClaw-schema matters) and config-permissions (not asked).
import { replacementFor } from '../catalog.js';
import { ExitCode } from '../errors.js';
import { GatewayError } from '../gateway/diagnose.js';
import { t } from '../i18n/index.js';
import { nodeVersion } from '../doctor/checks/node-version.js';
import type { GenericCheck } from '../doctor/runner.js';
import type { DoctorFacts } from '../doctor/context.js';
import type { Finding } from '../doctor/types.js';
import { maskKey } from '../secret.js';
import type { PicoFacts, PicoLive } from './doctor-facts.js';
import { picoBaseUrl } from './doctor-facts.js';

type PicoCheck = GenericCheck<PicoFacts>;
const skipNoConfig = (f: PicoFacts): Finding | undefined =>
  f.config.state === 'ok' ? undefined : { status: 'skip', message: f.config.state === 'missing' ? t().doctor.skipNoConfig : t().doctor.skipUnreadable };
const needEntries = (f: PicoFacts): Finding | undefined =>
  skipNoConfig(f) ?? (f.config.state === 'ok' && f.config.pico.entries.length === 0 ? { status: 'skip', message: t().doctor.skipNoProvider } : undefined);
const ok = (f: PicoFacts) => (f.config.state === 'ok' ? f.config : undefined)!;

async function answer(f: PicoFacts): Promise<{ skip: Finding } | { live: Exclude<PicoLive, { kind: 'skipped' }> }> {
  const skip = needEntries(f);
  if (skip) return { skip };
  const live = await f.live();
  if (live.kind !== 'skipped') return { live };
  const m = t().doctor;
  return { skip: { status: 'skip', message: live.reason === 'offline' ? m.skipOffline : live.reason === 'no-key' ? m.skipNoKey : m.skipBadBaseUrl } };
}

const node: PicoCheck = { id: 'node-version', run: (f) => nodeVersion.run({ nodeVersion: f.nodeVersion } as DoctorFacts) };

const found: PicoCheck = {
  id: 'config-found',
  async run(f) {
    const m = t().picoclaw;
    if (f.config.state === 'missing') return { status: 'fail', message: m.configMissing(f.loc.path), file: f.loc.path, fix: m.configMissingFix };
    const layout = f.config.state === 'ok' && f.config.cfg.layout === 'security' ? m.layoutSecurity : m.layoutSeed;
    return { status: 'pass', message: m.configFoundOk(f.loc.path, layout), file: f.loc.path };
  },
};

const parse: PicoCheck = {
  id: 'config-parse',
  async run(f) {
    if (f.config.state === 'missing') return { status: 'skip', message: t().doctor.skipNoConfig };
    if (f.config.state === 'error') return { status: 'fail', message: f.config.error.message, file: f.loc.path, ...(f.config.error.fix ? { fix: f.config.error.fix } : {}) };
    return { status: 'pass', message: t().picoclaw.parseOk, file: f.loc.path };
  },
};

const present: PicoCheck = {
  id: 'provider-present',
  async run(f) {
    const m = t().picoclaw;
    const skip = skipNoConfig(f);
    if (skip) return skip;
    const { entries } = ok(f).pico;
    if (entries.length === 0) return { status: 'fail', message: m.entriesMissing(f.providerId), path: 'model_list', file: f.loc.path, fix: m.entriesFix };
    const wrong = entries.filter((e) => e.model !== `openai/${e.id}`);
    if (wrong.length) return { status: 'fail', message: m.modelWrong(wrong[0]!.name, String(wrong[0]!.model)), path: `model_list[${wrong[0]!.index}].model`, file: f.loc.path, fix: m.modelWrongFix };
    return { status: 'pass', message: m.entriesOk(entries.length, f.providerId), path: 'model_list', file: f.loc.path };
  },
};

const baseUrl: PicoCheck = {
  id: 'base-url',
  async run(f) {
    const m = t().picoclaw;
    const skip = needEntries(f);
    if (skip) return skip;
    const { entries } = ok(f).pico;
    const fix = m.entriesFix;
    const none = entries.find((e) => typeof e.apiBase !== 'string' || e.apiBase === '');
    if (none) return { status: 'fail', message: m.apiBaseMissing(none.name), path: `model_list[${none.index}].api_base`, file: f.loc.path, fix };
    const noV1 = entries.find((e) => !/\/v1\/?$/.test(String(e.apiBase)));
    if (noV1) return { status: 'fail', message: m.apiBaseNoV1(noV1.name, String(noV1.apiBase)), path: `model_list[${noV1.index}].api_base`, file: f.loc.path, fix };
    const bases = [...new Set(entries.map((e) => String(e.apiBase)))];
    if (bases.length > 1) return { status: 'warn', message: m.apiBaseMixed(bases.join(', ')), path: 'model_list', file: f.loc.path, fix };
    return { status: 'pass', message: m.apiBaseOk(bases[0]!) };
  },
};

const keyPresent: PicoCheck = {
  id: 'api-key-present',
  async run(f) {
    const m = t().picoclaw;
    const skip = needEntries(f);
    if (skip) return skip;
    const { entries } = ok(f).pico;
    const missing = entries.filter((e) => !e.key?.trim());
    if (missing.length) return { status: 'fail', message: m.keyMissing(missing.map((e) => e.name).join(', ')), file: f.loc.path, fix: m.keyFix };
    const where = ok(f).cfg.layout === 'security' ? f.loc.securityPath : f.loc.path;
    return { status: 'pass', message: m.keyOk(maskKey(entries[0]!.key!.trim()), where) };
  },
};

const keyValid: PicoCheck = {
  id: 'api-key-valid',
  network: true,
  async run(f) {
    const a = await answer(f);
    if ('skip' in a) return a.skip;
    if (a.live.kind === 'ok') return { status: 'pass', message: t().doctor.keyAccepted(maskKey(ok(f).pico.entries.find((e) => e.key)!.key!.trim()), a.live.list.ids.length) };
    const e = a.live.error;
    if (e.exitCode === ExitCode.network) return { status: 'skip', message: t().doctor.skipUnreachable };
    return { status: 'fail', message: e.message, ...(e.fix ? { fix: e.fix } : {}) };
  },
};

const network: PicoCheck = {
  id: 'network',
  network: true,
  async run(f) {
    const a = await answer(f);
    if ('skip' in a) return a.skip;
    const base = picoBaseUrl(f) ?? '?';
    if (a.live.kind === 'ok') return { status: 'pass', message: t().doctor.reached(base, a.live.list.latencyMs) };
    const e = a.live.error;
    if (!(e instanceof GatewayError)) return { status: 'skip', message: t().doctor.skipNoKey };
    if (e.exitCode !== ExitCode.network) return { status: 'pass', message: t().doctor.reachedAnswered(base) };
    return { status: 'fail', message: e.message, ...(e.fix ? { fix: e.fix } : {}) };
  },
};

const modelIds: PicoCheck = {
  id: 'model-ids',
  async run(f) {
    const m = t().picoclaw;
    const skip = needEntries(f);
    if (skip) return skip;
    const { entries } = ok(f).pico;
    // Stale ids are a fact about AIsa's gateway only.
    const stale = f.providerId === 'aisa' ? entries.filter((e) => replacementFor(e.id)) : [];
    if (stale.length) {
      const list = stale.map((e) => `${e.id} → ${replacementFor(e.id)}`).join(', ');
      return { status: 'fail', message: m.staleIds(list), path: `model_list[${stale[0]!.index}].model`, file: f.loc.path, fix: m.staleFix(stale.map((e) => replacementFor(e.id)).join(',')) };
    }
    const live = f.input.offline ? undefined : await f.live();
    if (live?.kind !== 'ok') return { status: 'pass', message: m.idsOk(entries.length) };
    const ids = new Set(live.list.ids);
    const unlisted = entries.filter((e) => !ids.has(e.id)).map((e) => e.name);
    if (unlisted.length) return { status: 'warn', message: m.idsUnlisted(unlisted.join(', ')), file: f.loc.path, fix: m.idsUnlistedFix };
    return { status: 'pass', message: m.idsLive(entries.length) };
  },
};

const defaultModel: PicoCheck = {
  id: 'default-model',
  async run(f) {
    const m = t().picoclaw;
    const skip = skipNoConfig(f);
    if (skip) return skip;
    const { pico } = ok(f);
    const path = pico.primaryPath.join('.');
    if (!pico.primary) return { status: 'warn', message: m.noDefault, path, file: f.loc.path, fix: m.noDefaultFix };
    if (!pico.allNames.includes(pico.primary)) return { status: 'fail', message: m.defaultDangling(pico.primary), path, file: f.loc.path, fix: m.defaultDanglingFix };
    const dangling = pico.fallbacks.filter((n) => !pico.allNames.includes(n));
    if (dangling.length) return { status: 'warn', message: m.fallbackDangling(dangling.join(', ')), file: f.loc.path, fix: m.defaultDanglingFix };
    return { status: 'pass', message: m.defaultOk(pico.primary), path, file: f.loc.path };
  },
};

export const PICO_CHECKS: readonly PicoCheck[] = [node, found, parse, present, baseUrl, keyPresent, keyValid, network, modelIds, defaultModel];
