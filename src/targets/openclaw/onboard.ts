import { join } from 'node:path';
import { withDiffs } from '../../diff.js';
import { commitLocked, readTextFile } from '../../config/write.js';
import { keyShapeProblems } from '../../gateway/url.js';
import { t, listSep } from '../../i18n/index.js';
import { registerSecret } from '../../secret.js';
import { secretRefText } from '../../provider-id.js';
import type { KeptKey, KeyStorage, OnboardAnswers, OnboardSession, OnboardTarget } from '../target.js';
import { assertNotNixManaged, locateConfig } from './locate.js';
import { lookAround, type Surroundings } from './look-around.js';
import { keyLines, nextSteps } from './onboard-report.js';
import { setupOutline } from '../outline.js';
import { gatewayRunning, openclawVersion } from './openclaw-env.js';
import { readArrival, repairArrivalForOnboard } from './arrivals/onboard-repairs.js';
import { planOnboardWrites } from './plan.js';
import { ConfigTree } from './tree.js';

/**
 * Onboarding into OpenClaw's config: the provider block, the default and fallbacks, the allow-list,
 * and the key in `<state dir>/.env` (or the config, or nowhere: --key-storage). The config and
 * `.env` are read once, at open; the plan is made on that reading and committed as it was made.
 */
export const openclawOnboard: OnboardTarget = {
  checkFlags: () => undefined,
  async open(ctx, provider): Promise<OnboardSession> {
    const loc = locateConfig({ config: ctx.opts.config, profile: ctx.opts.profile, env: ctx.io.env, cwd: ctx.io.cwd });
    assertNotNixManaged(loc.path, ctx.io.env);
    const envPath = join(loc.stateDir, '.env');
    const [tree, envText] = await Promise.all([ConfigTree.load(loc.path), readTextFile(envPath)]);
    const around = await lookAround(tree, envText, provider.id, provider.keyEnvVar);
    const arrival = await readArrival(tree);
    const block = (await tree.get(['models', 'providers', provider.id])) as { apiKey?: unknown; models?: unknown } | undefined;
    const declaredNow = modelIds(block);
    const inline = block?.apiKey;
    // A `${VAR}` reference or a mangled value is not a key we could keep.
    const inlineKey = typeof inline === 'string' && !inline.includes('${') && keyShapeProblems(inline).length === 0 ? inline : undefined;
    registerSecret(inlineKey);
    const kept: KeptKey[] = [];
    if (around.envFileKey) kept.push({ key: around.envFileKey.trim(), source: 'env-file', where: envPath, reuse: true });
    // Offered on a terminal; a script is not handed a key it did not name.
    if (inlineKey) kept.push({ key: inlineKey, source: 'config', where: t().onboard.keyWhereConfig, reuse: false });
    const m = t().onboard;
    const created = tree.main.before === null;
    return {
      seen: {
        configPath: loc.path,
        primary: around.primary,
        defaultRef: around.defaultRef,
        fallbacks: around.fallbacks,
        baseUrl: around.baseUrl,
        declaredNow,
        staleIds: around.staleIds,
        keptKeys: kept,
        warnings: [...(loc.legacy.length ? [m.legacyFound(loc.legacy.join(listSep()))] : []), ...around.duplicates],
        // AIsa's script put the key inline by itself: that is no choice of the person's to keep.
        keyStorageNow: storageNow(around, ctx.io.env[provider.keyEnvVar] !== undefined, arrival.origin?.origin === 'script'),
        keyStorages: [
          { value: 'env-file', file: envPath },
          { value: 'env', file: undefined },
          { value: 'inline', file: loc.path },
        ],
      },
      async intro(c) {
        // `openclaw --version` is a Node start-up (~1 s), capped at 1.5 s.
        const version = await openclawVersion(c.io.env);
        const keyWhere = c.io.env[provider.keyEnvVar] ? m.keyInEnv : around.envFileKey ? m.keyInEnvFile(envPath) : undefined;
        const keyLine = keyWhere ? m.lookKey(provider.keyEnvVar, keyWhere) : inlineKey ? m.keyInConfig : m.lookKey(provider.keyEnvVar, undefined);
        return [m.lookConfig(loc.path, m.whereFrom[loc.source] ?? loc.source, around.configExists, around.hasProvider, provider.id), `${keyLine}${m.clauseJoin}${m.lookOpenclaw(version)}`];
      },
      async plan(a) {
        const edit = { baseUrl: a.baseUrl, apiKey: a.key, keyStorage: a.keyStorage ?? 'env-file', entries: a.entries, primary: a.primary, fallbacks: a.fallbacks, provider: a.provider };
        // A config AIsa's script or tutorial left gets the same repairs doctor --fix plans, in the same diff.
        const envBlockKeys = a.provider.isAisa ? await repairArrivalForOnboard(tree, arrival) : [];
        const writes = await planOnboardWrites(tree, { path: envPath, text: envText }, edit);
        const block = (await tree.get(['models', 'providers', a.provider.id])) as { models?: unknown } | undefined;
        // Said from what the plan writes, so what is shown is what the file will hold.
        const { defaultModel, fallbacks } = defaultsIn(await tree.get(['agents', 'defaults', 'model']));
        const creating = writes.some((w) => w.path === loc.path && w.before === null);
        const p = t().prompts;
        const outline = setupOutline({
          providerId: a.provider.id,
          baseUrl: a.baseUrl,
          models: modelIds(block),
          defaultModel,
          fallbacks,
          keyLine: p.createKey(edit.keyStorage, edit.keyStorage === 'env-file' ? envPath : loc.path, a.provider.keyEnvVar, secretRefText(a.provider.keyEnvVar)),
        });
        return withDiffs(
          {
            writes,
            warnings: storageWarnings(edit.keyStorage, a, ctx.io.env),
            creation: creating ? [p.createHeader(loc.path), ...outline] : undefined,
            outline,
            defaultModel,
            fallbacks,
            models: modelIds(block),
            names: modelIds(block),
          },
          [a.key, ...envBlockKeys],
        );
      },
      commit: (plan) => commitLocked(loc.path, plan.writes),
      summary(_plan, a, done) {
        const written = done?.changed ? [created ? m.created(loc.path) : m.wrote(loc.path), ...(done.backupPath ? [m.backup(done.backupPath)] : [])] : [];
        return [...written, ...keyLines(loc, a, done)];
      },
      async next(c, a, changed) {
        // OpenClaw reads its config at start: a running gateway keeps the old models until restarted.
        const notes = changed && (await gatewayRunning(c.io.env)) ? [m.restartGateway] : [];
        return { steps: nextSteps(c, loc, a), notes };
      },
      json: (_plan, a) => {
        const keyStorage = a.keyStorage ?? 'env-file';
        return {
          target: 'openclaw',
          providerId: a.provider.id,
          keyStorage,
          keyFile: keyStorage === 'env-file' ? envPath : keyStorage === 'inline' ? loc.path : null,
          // Where the key itself lives when it is not in the config: the one file to protect.
          envFile: keyStorage === 'env-file' ? envPath : null,
          // What the config holds instead of the key (OpenClaw's SecretRef), null when it holds the key.
          keyReference: keyStorage === 'inline' ? null : a.provider.keyReference,
        };
      },
    };
  },
};

/**
 * How the key is kept today, so a re-run changes nothing: inline stays inline; a `${VAR}` reference
 * with no key in `.env` stays a reference when the variable is set here; everything else, and a
 * fresh set-up, is the contract's default, `.env`.
 */
function storageNow(around: Surroundings, varSet: boolean, scriptInline = false): KeyStorage {
  if (around.keyStorage === 'inline' && !scriptInline) return 'inline';
  if (around.keyStorage === 'reference' && !around.envFileKey && varSet) return 'env';
  return 'env-file';
}

/** Where the key goes has consequences worth a word: a variable not set here, or a different one that wins. */
function storageWarnings(storage: KeyStorage, a: OnboardAnswers, env: NodeJS.ProcessEnv): string[] {
  const envKey = env[a.provider.keyEnvVar]?.trim();
  if (storage === 'env' && !envKey) return [a.provider.isAisa ? t().onboard.keyEnvNotSet : t().gateways.keyEnvNotSet(a.provider.keyEnvVar)];
  // OpenClaw lets the process environment win over .env: a different key there would be the one used.
  if (storage === 'env-file' && envKey && envKey !== a.key) return [t().onboard.envKeyDiffers(a.provider.keyEnvVar)];
  return [];
}

function modelIds(block: { models?: unknown } | undefined): string[] {
  const models = block?.models;
  if (!Array.isArray(models)) return [];
  return models.flatMap((m) => (m && typeof m === 'object' && typeof (m as { id?: unknown }).id === 'string' ? [(m as { id: string }).id] : []));
}

/** `agents.defaults.model` as OpenClaw reads it: a string default, or `{ primary, fallbacks }`. */
function defaultsIn(model: unknown): { defaultModel: string | null; fallbacks: string[] } {
  if (typeof model === 'string') return { defaultModel: model, fallbacks: [] };
  if (model === null || typeof model !== 'object') return { defaultModel: null, fallbacks: [] };
  const { primary, fallbacks } = model as { primary?: unknown; fallbacks?: unknown };
  return { defaultModel: typeof primary === 'string' ? primary : null, fallbacks: Array.isArray(fallbacks) ? fallbacks.filter((f): f is string => typeof f === 'string') : [] };
}
