import { t } from '../../i18n/index.js';
import { assertNotNixManaged, locateConfig, type ConfigLocation } from '../../targets/openclaw/locate.js';
import { KEY_ENV_VAR, PROVIDER_ID } from '../../targets/openclaw/provider.js';
import { ConfigTree } from '../../targets/openclaw/tree.js';
import { keyShapeProblems } from '../../gateway/url.js';
import { registerSecret } from '../../secret.js';
import { lookAround } from '../look-around.js';
import type { Flow } from './flow.js';
import { openclawVersion } from './openclaw-env.js';

/** Step 1: where the config is and what is already set up, said in two lines before any question. */
export async function lookStep({ ctx, state, c, warn }: Pick<Flow, 'ctx' | 'state' | 'c' | 'warn'>): Promise<void> {
  const m = t().onboard;
  const loc = locateConfig({ config: ctx.opts.config, profile: ctx.opts.profile, env: ctx.io.env, cwd: ctx.io.cwd });
  assertNotNixManaged(loc.path, ctx.io.env);
  // `openclaw --version` is a Node start-up (~1 s): run it beside the file reads, capped at 1.5 s.
  const [around, existing, version] = await Promise.all([lookAround(loc), readProviderBlock(loc), openclawVersion(ctx.io.env)]);
  Object.assign(state, { loc, around, declaredNow: existing.ids, inlineKey: existing.inlineKey });

  const keyWhere = ctx.io.env[KEY_ENV_VAR] ? m.keyInEnv : around.envFileKey ? m.keyInEnvFile(`${loc.stateDir}/.env`) : undefined;
  const keyLine = keyWhere ? m.lookKey(keyWhere) : existing.inlineKey ? m.keyInConfig : m.lookKey(undefined);
  ctx.out.say(c.bold(m.lookConfig(loc.path, m.whereFrom[loc.source] ?? loc.source, around.configExists, around.hasProvider)));
  ctx.out.say(`${keyLine}${m.clauseJoin}${m.lookOpenclaw(version)}`);
  if (loc.legacy.length) warn(m.legacyFound(loc.legacy.join(', ')));
  for (const d of around.duplicates) warn(d);
  ctx.out.say('');
}

/** The provider block's model ids and a literal key in it, which onboarding may offer to keep. */
async function readProviderBlock(loc: ConfigLocation): Promise<{ ids: string[]; inlineKey: string | undefined }> {
  const tree = await ConfigTree.load(loc.path);
  const block = (await tree.get(['models', 'providers', PROVIDER_ID])) as { apiKey?: unknown; models?: unknown } | undefined;
  const ids = Array.isArray(block?.models)
    ? block.models.flatMap((e: unknown) => (e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string' ? [(e as { id: string }).id] : []))
    : [];
  const key = block?.apiKey;
  // A `${VAR}` reference or a mangled value is not a key we could keep.
  const inlineKey = typeof key === 'string' && !key.includes('${') && keyShapeProblems(key).length === 0 ? key : undefined;
  registerSecret(inlineKey);
  return { ids, inlineKey };
}
