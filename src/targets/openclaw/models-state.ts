import { liveView } from '../../gateway/live-view.js';
import { join } from 'node:path';
import { bareId, type EndpointTypes } from '../../catalog.js';
import type { Context } from '../../context.js';
import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { configEnvVars } from './arrivals/config-env.js';
import { readEnvText } from './envfile.js';
import { resolveKey, usableKey } from './key-ref.js';
import { assertNotNixManaged, locateConfig, type ConfigLocation } from './locate.js';
import { KEY_ENV_VAR, PROVIDER_ID } from './provider.js';
import { ConfigTree, duplicateKeyWarnings } from './tree.js';
import { readTextFile } from '../../config/write.js';
import { registerSecret } from '../../secret.js';
import { baseUrlToAsk, tidyKey } from '../../resolve.js';
import type { DeclaredModel } from '../target.js';

/** What the config says about AIsa models today: read once, changes nothing. */
export interface ModelsState {
  loc: ConfigLocation;
  /** The aisa provider block, or undefined when onboarding has not happened. */
  block: Record<string, unknown> | undefined;
  declared: DeclaredModel[];
  /** `agents.defaults.model` primary, exactly as written (any provider). */
  primary: string | undefined;
  /** `agents.defaults.model.fallbacks`, exactly as written. */
  fallbacks: string[];
  /** Keys written twice in the config, as warnings to say. */
  duplicates: string[];
  /** The files as read: an edit is planned on these, never on a second read. */
  tree: ConfigTree;
}

export async function readModelsState(ctx: Context, forWrite: boolean): Promise<ModelsState> {
  const loc = locateConfig({ config: ctx.opts.config, profile: ctx.opts.profile, env: ctx.io.env, cwd: ctx.io.cwd });
  if (forWrite) assertNotNixManaged(loc.path, ctx.io.env);
  const tree = await ConfigTree.load(loc.path);
  const raw = await tree.get(['models', 'providers', PROVIDER_ID]);
  const block = isObject(raw) ? raw : undefined;
  const model = await tree.get(['agents', 'defaults', 'model']);
  const primary = typeof model === 'string' ? model : isObject(model) && typeof model.primary === 'string' ? model.primary : undefined;
  const fallbacks = isObject(model) && Array.isArray(model.fallbacks) ? model.fallbacks.filter((f): f is string => typeof f === 'string') : [];
  return { loc, block, declared: declaredModels(block), primary, fallbacks, duplicates: duplicateKeyWarnings(tree), tree };
}

export function requireProvider(state: ModelsState): Record<string, unknown> {
  if (!state.block) throw new CliError('no-provider', ExitCode.config, t().models.noProvider(state.loc.path), t().models.noProviderFix);
  return state.block;
}

function declaredModels(block: Record<string, unknown> | undefined): DeclaredModel[] {
  const models = Array.isArray(block?.models) ? block.models : [];
  return models.flatMap((m): DeclaredModel[] => {
    if (!isObject(m) || typeof m.id !== 'string') return [];
    const d: DeclaredModel = { id: bareId(m.id, PROVIDER_ID) };
    if (typeof m.name === 'string') d.name = m.name;
    if (typeof m.contextWindow === 'number') d.contextWindow = m.contextWindow;
    if (isObject(m.cost)) d.cost = m.cost as DeclaredModel['cost'];
    return [d];
  });
}

/**
 * The key OpenClaw would send: the config's own (inline, `${VAR}` or `{ source: "env" }`, the
 * variable from the environment first, then `<state dir>/.env`), else what onboard would find.
 */
export async function keyFor(ctx: Context, state: ModelsState): Promise<string | undefined> {
  const dotenv = readEnvText(await readTextFile(join(state.loc.stateDir, '.env')));
  // OpenClaw reads the config's own env block last (AIsa's tutorial puts the key there).
  const configEnv = configEnvVars(await state.tree.get(['env']).catch(() => undefined));
  const fromConfig = usableKey(resolveKey(state.block, ctx.io.env, dotenv, configEnv));
  // Not set up yet: the key onboard would find (the variable, then `.env`) lists the models too.
  const key = fromConfig || tidyKey(ctx.io.env[KEY_ENV_VAR] || dotenv[KEY_ENV_VAR] || '');
  registerSecret(key);
  return key || undefined;
}

/** --base-url (or AISA_BASE_URL) wins; else where the config already points OpenClaw; else AIsa. */
export function baseUrlFor(ctx: Context, state: ModelsState): string {
  return baseUrlToAsk(ctx, typeof state.block?.baseUrl === 'string' ? state.block.baseUrl : undefined);
}

/** The live ids and, where the gateway sent them, what each serves (`supported_endpoint_types`). */
export async function liveListFor(ctx: Context, state: ModelsState): Promise<{ ids: string[]; endpointTypes: EndpointTypes }> {
  const key = await keyFor(ctx, state);
  if (!key) throw new CliError('missing-key', ExitCode.usage, t().models.noKey, state.block ? t().models.noKeyFix : t().models.noProviderFix);
  const { listModels, requireSomeModels } = await import('../../load/network.js');
  return liveView(requireSomeModels(await listModels({ baseUrl: baseUrlFor(ctx, state), apiKey: key, timeoutMs: ctx.opts.timeoutMs, env: ctx.io.env }), key));
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
