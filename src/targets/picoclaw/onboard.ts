import { CliError, ExitCode } from '../../errors.js';
import { listSep, t } from '../../i18n/index.js';
import { maskKey } from '../../secret.js';
import type { KeptKey, OnboardSession, OnboardTarget } from '../target.js';
import { commitLocked } from '../../config/write.js';
import { setupOutline } from '../outline.js';
import { planPico } from './apply.js';
import { loadPicoclaw } from './config.js';
import { locatePicoclaw } from './locate.js';
import { defaultsAfter, keyFileFor, type PicoEdit } from './plan.js';
import { CURRENT_VERSION, isVariableName, nameFor, readPicoState, writtenDefaults } from './state.js';

/**
 * Onboarding into PicoClaw's config: `model_list` entries and `agents.defaults.model_name`/
 * `model_fallbacks` in the version the file already has (a new file: version 3). PicoClaw has no
 * `.env`: the key goes where PicoClaw reads it (`.security.yml` or the entries' `api_keys`, see
 * keyStoreOf), in files kept 0600. The files are read once, at open.
 */
export const picoclawOnboard: OnboardTarget = {
  checkFlags({ keyStorage }) {
    const m = t().picoclaw;
    if (keyStorage !== undefined && keyStorage !== 'inline') throw new CliError('usage', ExitCode.usage, m.keyStorageFixed(keyStorage), m.keyStorageFixedFix);
  },
  async open(ctx, provider): Promise<OnboardSession> {
    const m = t().picoclaw;
    const loc = locatePicoclaw({ config: ctx.opts.config, env: ctx.io.env, cwd: ctx.io.cwd });
    const cfg = await loadPicoclaw(loc);
    const state = readPicoState(cfg, provider.id);
    const prefix = `${provider.id}/`;
    // A key already in our entries is reused, as onboard reuses OpenClaw's .env; a variable's name
    // written there (`AISA_API_KEY`) is no key to reuse.
    const keptKey = state.entries.map((e) => e.key).find((k): k is string => typeof k === 'string' && k.trim() !== '' && !isVariableName(k));
    const kept: KeptKey[] = keptKey ? [{ key: keptKey.trim(), source: 'config', where: loc.path, reuse: true }] : [];
    const version = cfg.before === null ? CURRENT_VERSION : state.version;
    const written = writtenDefaults(state);
    const editOf = (a: Parameters<OnboardSession['plan']>[0]): PicoEdit => {
      const ref = (f: string) => (f.includes('/') ? f : nameFor(provider.id, f));
      return {
        providerId: provider.id,
        ids: a.declared,
        refresh: { baseUrl: a.baseUrl, apiKey: a.key },
        ...(a.primary !== undefined ? { primary: nameFor(provider.id, a.primary) } : {}),
        ...(a.fallbacks !== undefined ? { fallbacks: a.fallbacks.map(ref) } : {}),
        ...(a.keyStorage === 'inline' ? { store: 'inline' as const } : {}),
      };
    };
    return {
      seen: {
        configPath: loc.path,
        // The default the file means, read as doctor and `models` read it (an object `model` included).
        primary: written.primary?.startsWith(prefix) ? written.primary.slice(prefix.length) : undefined,
        defaultRef: written.primary,
        fallbacks: defaultsAfter({}, state).fallbacks,
        // Without --base-url a re-run keeps the address our entries already use.
        baseUrl: state.entries.find((e) => typeof e.apiBase === 'string' && e.apiBase !== '')?.apiBase as string | undefined,
        declaredNow: state.entries.map((e) => e.id),
        staleIds: [],
        keptKeys: kept,
        warnings: [],
        // Where PicoClaw reads keys is the file's own habit (keyStoreOf): no question to ask.
        keyStorageNow: undefined,
        keyStorages: [],
      },
      intro: async () => [m.lookConfig(loc.path, m.whereFrom[loc.source] ?? loc.source, cfg.before !== null, state.entries.length > 0, provider.id)],
      async plan(a) {
        const edit = editOf(a);
        const after = defaultsAfter(edit, state);
        const names = a.declared.map((id) => nameFor(provider.id, id));
        const models = [...new Set([...state.entries.map((e) => e.id), ...a.declared])];
        const keyLine = t().prompts.createKeyIn(keyFileFor(cfg, state, edit.store));
        const outline = setupOutline({ providerId: provider.id, baseUrl: a.baseUrl, models, ...after, keyLine });
        return Object.assign(planPico(cfg, edit, [a.key]), { warnings: [], creation: undefined, outline, defaultModel: after.defaultModel, fallbacks: after.fallbacks, models: a.declared, names });
      },
      commit: (plan) => commitLocked(loc.path, plan.writes),
      summary(plan, a, done) {
        const o = t().onboard;
        const written = done ? [...plan.writes.map((w) => (w.before === null ? o.created(w.path) : o.wrote(w.path))), ...(done.backupPath ? [o.backup(done.backupPath)] : [])] : [];
        return [...written, m.versionUsed(version), m.keyIn(maskKey(a.key), keyFileFor(cfg, state, editOf(a).store)), m.modelNames(plan.names.join(listSep()))];
      },
      next: async (_c, _a, changed) => ({ steps: [], notes: changed ? [m.restart] : [] }),
      json: (_plan, a) => {
        const keyFile = keyFileFor(cfg, state, editOf(a).store);
        // PicoClaw has no .env: the key is in .security.yml or in the entries' api_keys.
        const keyStorage = keyFile === loc.path ? 'inline' : 'security-file';
        return { target: 'picoclaw', providerId: provider.id, keyStorage, keyFile, envFile: null, keyReference: null, version };
      },
    };
  },
};
