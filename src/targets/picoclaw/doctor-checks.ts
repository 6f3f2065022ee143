// PicoClaw's doctor: the subset of OpenClaw's checks that mean something for a model_list file,
// under the same ids so --only/--skip and scripts read them alike; schema-compat is PicoClaw's loader
// here. Not here: api-mode, model-prefix and kimi-temperature (OpenClaw matters) and config-permissions (not asked);
// naming one of those is refused (picoclaw/doctor.ts).
import { replacementFor } from '../../catalog.js';
import { t, listSep } from '../../i18n/index.js';
import { nodeVersion } from '../../doctor/checks/node-version.js';
import { withBaseUrlAsked } from '../../doctor/base-url-asked.js';
import { keyShapeProblems } from '../../gateway/url.js';
import { maskKey } from '../../secret.js';
import { isVariableName, writtenDefaults, type PicoEntry } from './state.js';
import { cmd, fixCmd, keyFile, needEntries, ok, skipNoConfig, type PicoCheck } from './doctor-shared.js';
import { schemaCompat } from './doctor-loader-check.js';
import { balance, keyValid, network, probe } from './doctor-network-checks.js';

const node: PicoCheck = nodeVersion;

const found: PicoCheck = {
  id: 'config-found',
  async run(f) {
    const m = t().picoclaw;
    if (f.config.state === 'missing') return { status: 'fail', message: m.configMissing(f.loc.path), file: f.loc.path, fix: m.configMissingFix };
    const version = f.config.state === 'ok' ? String(f.config.pico.version) : '?';
    return { status: 'pass', message: m.configFoundOk(f.loc.path, version), file: f.loc.path };
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
    if (entries.length === 0) return { status: 'fail', message: m.entriesMissing(f.providerId), path: 'model_list', file: f.loc.path, fix: m.runFix(cmd()) };
    // model_name is a free alias (`aisa/kimi` → `openai/kimi-k2.5` is fine): only the protocol prefix matters.
    const wrong = entries.filter((e) => e.upstream === undefined);
    if (wrong.length) return { status: 'fail', message: m.modelWrong(wrong[0]!.name, String(wrong[0]!.model)), path: `model_list[${wrong[0]!.index}].model`, file: f.loc.path, fix: m.modelWrongFix(cmd()) };
    const off = entries.filter((e) => !e.enabled);
    if (off.length) return { status: 'fail', message: m.entriesDisabled(names(off)), path: `model_list[${off[0]!.index}].enabled`, file: f.loc.path, fix: m.entriesDisabledFix(fixCmd()) };
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
    const fix = m.runFix(cmd());
    const none = entries.find((e) => typeof e.apiBase !== 'string' || e.apiBase === '');
    if (none) return { status: 'fail', message: m.apiBaseMissing(none.name), path: `model_list[${none.index}].api_base`, file: f.loc.path, fix };
    const noV1 = entries.find((e) => !/\/v1\/?$/.test(String(e.apiBase)));
    if (noV1) return { status: 'fail', message: m.apiBaseNoV1(noV1.name, String(noV1.apiBase)), path: `model_list[${noV1.index}].api_base`, file: f.loc.path, fix };
    const bases = [...new Set(entries.map((e) => String(e.apiBase)))];
    if (bases.length > 1) return { status: 'warn', message: m.apiBaseMixed(bases.join(listSep())), path: 'model_list', file: f.loc.path, fix };
    return { status: 'pass', message: withBaseUrlAsked(m.apiBaseOk(bases[0]!), bases[0]!, f.input.baseUrl, f.input.env) };
  },
};

const keyPresent: PicoCheck = {
  id: 'api-key-present',
  async run(f) {
    const m = t().picoclaw;
    const skip = needEntries(f);
    if (skip) return skip;
    const { entries } = ok(f).pico;
    const where = keyFile(f);
    const fix = m.keyFix(cmd());
    const missing = entries.filter((e) => !e.key?.trim());
    if (missing.length) return { status: 'fail', message: m.keyMissing(names(missing)), file: where, fix };
    const named = entries.filter((e) => isVariableName(e.key!));
    if (named.length) return { status: 'fail', message: m.keyIsVariableName(names(named), named[0]!.key!.trim()), file: where, fix };
    const bad = entries.filter((e) => keyShapeProblems(e.key!.trim()).length > 0);
    if (bad.length) return { status: 'fail', message: m.keyBadShape(names(bad), keyShapeProblems(bad[0]!.key!.trim()).join(listSep())), file: where, fix };
    const shadowed = entries.filter((e) => e.shadowed);
    if (shadowed.length) return { status: 'warn', message: m.keyShadowed(names(shadowed), shadowed[0]!.shadowed!.securityName, f.loc.securityPath), file: f.loc.path, path: `model_list[${shadowed[0]!.index}].api_keys`, fix: m.keyShadowedFix(cmd()) };
    const masked = [...new Set(entries.map((e) => maskKey(e.key!.trim())))];
    return { status: 'pass', message: m.keyOk(masked.join(listSep()), where) };
  },
};

const names = (entries: PicoEntry[]) => entries.map((e) => e.name).join(listSep());

const modelIds: PicoCheck = {
  id: 'model-ids',
  async run(f) {
    const m = t().picoclaw;
    const skip = needEntries(f);
    if (skip) return skip;
    const { entries } = ok(f).pico;
    // Stale ids are a fact about AIsa's gateway only.
    const upstream = (e: PicoEntry) => e.upstream ?? e.id;
    const stale = f.providerId === 'aisa' ? entries.filter((e) => replacementFor(upstream(e))) : [];
    if (stale.length) {
      const list = stale.map((e) => `${upstream(e)} → ${replacementFor(upstream(e))}`).join(listSep());
      return { status: 'fail', message: m.staleIds(list), path: `model_list[${stale[0]!.index}].model`, file: f.loc.path, fix: m.staleFix(cmd(), stale.map((e) => replacementFor(upstream(e))).join(',')) };
    }
    const live = f.input.offline ? undefined : await f.live();
    if (live?.kind !== 'ok') return { status: 'pass', message: m.idsOk(entries.length) };
    const ids = new Set(live.list.ids);
    const unlisted = entries.filter((e) => !ids.has(upstream(e))).map((e) => e.name);
    if (unlisted.length) return { status: 'warn', message: m.idsUnlisted(unlisted.join(listSep())), file: f.loc.path, fix: m.idsUnlistedFix };
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
    // A default written only in the object form is judged by what it names; schema-compat reports the form.
    const { primary, fallbacks, inObject } = writtenDefaults(pico);
    const path = inObject ? 'agents.defaults.model' : 'agents.defaults.model_name';
    if (!primary) return { status: 'warn', message: m.noDefault, path, file: f.loc.path, fix: m.noDefaultFix };
    if (!pico.allNames.includes(primary)) return { status: 'fail', message: m.defaultDangling(primary), path, file: f.loc.path, fix: m.defaultDanglingFix };
    const fbPath = 'agents.defaults.model_fallbacks';
    const dangling = fallbacks.filter((n) => !pico.allNames.includes(n));
    if (dangling.length) return { status: 'fail', message: m.fallbackDangling(dangling.join(listSep())), path: fbPath, file: f.loc.path, fix: m.defaultDanglingFix };
    const clean = [...new Set(fallbacks)].filter((n) => n !== primary);
    const dupes = [...new Set(fallbacks.filter((n, i) => fallbacks.indexOf(n) !== i))];
    const fbFix = m.fallbacksFix(f.loc.path, fbPath, JSON.stringify(clean));
    if (fallbacks.includes(primary)) return { status: 'warn', message: m.defaultInFallbacks(primary), path: fbPath, file: f.loc.path, fix: fbFix };
    if (dupes.length) return { status: 'warn', message: m.fallbackDuplicates(dupes.join(listSep())), path: fbPath, file: f.loc.path, fix: fbFix };
    return { status: 'pass', message: m.defaultOk(primary), path, file: f.loc.path };
  },
};

export const PICO_CHECKS: readonly PicoCheck[] = [node, found, parse, schemaCompat, present, baseUrl, keyPresent, keyValid, network, modelIds, defaultModel, balance, probe];

/** The ids --only and --skip may name for PicoClaw. */
export const PICO_CHECK_IDS: readonly string[] = PICO_CHECKS.map((c) => c.id);
