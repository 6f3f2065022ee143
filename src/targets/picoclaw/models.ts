import type { Context } from '../../context.js';
import { CliError, ExitCode } from '../../errors.js';
import { liveView } from '../../gateway/live-view.js';
import { t } from '../../i18n/index.js';
import { cmd } from '../../invocation.js';
import { baseUrlToAsk, tidyKey } from '../../resolve.js';
import { registerSecret } from '../../secret.js';
import { commitLocked } from '../../config/write.js';
import type { ModelsTarget } from '../target.js';
import { planPico } from './apply.js';
import { loadPicoclaw } from './config.js';
import { locatePicoclaw } from './locate.js';
import { defaultsAfter, type PicoEdit } from './plan.js';
import { readPicoState, type PicoState } from './state.js';

const PROVIDER = 'aisa';

/**
 * `models --target picoclaw`: the same list, `set` and `fallbacks` as for OpenClaw, over PicoClaw's
 * `model_list`. Names are `aisa/<id>`, so rows, refs and `--json` read exactly as OpenClaw's do.
 * A model `set` adds is a copy of an entry already there (same api_base and key).
 */
export const picoclawModels: ModelsTarget = {
  async read(ctx) {
    const loc = locatePicoclaw({ config: ctx.opts.config, env: ctx.io.env, cwd: ctx.io.cwd });
    const cfg = await loadPicoclaw(loc);
    const state = readPicoState(cfg, PROVIDER);
    for (const e of state.entries) registerSecret(e.key);
    const requireProvider = () => {
      if (!state.entries.length) throw new CliError('no-provider', ExitCode.config, t().picoclaw.noProvider(PROVIDER, loc.path), t().picoclaw.entriesFix);
    };
    const written = defaultsAfter({}, state);
    return {
      configPath: loc.path,
      declared: state.entries.map((e) => ({ id: e.id })),
      // What PicoClaw will use: a legacy default counts where no model_name shadows it.
      primary: written.defaultModel ?? undefined,
      fallbacks: written.fallbacks,
      warnings: [],
      // PicoClaw's entries name a model and where it is; limits and prices are not theirs to hold.
      carriesMetadata: false,
      jsonFields: { target: 'picoclaw' },
      requireProvider,
      live: (c) => liveList(c, state, requireProvider),
      async plan(edit) {
        const ids = [...(edit.primary ? [edit.primary] : []), ...(edit.fallbacks ?? []).filter((r) => r.startsWith(`${PROVIDER}/`)).map((r) => r.slice(PROVIDER.length + 1))];
        const pico: PicoEdit = { providerId: PROVIDER, ids, ...(edit.primary ? { primary: `${PROVIDER}/${edit.primary}` } : {}), ...(edit.fallbacks ? { fallbacks: edit.fallbacks } : {}) };
        const have = new Set(state.entries.map((e) => e.id));
        return Object.assign(planPico(cfg, pico, []), { declaredAdded: ids.filter((id) => !have.has(id)), ...defaultsAfter(pico, state) });
      },
      commit: (plan) => commitLocked(loc.path, plan.writes),
    };
  },
};

/** The key and base of our entries (or AISA_API_KEY / --base-url) asked for the live ids and what each serves. */
async function liveList(ctx: Context, state: PicoState, requireProvider: () => void): Promise<ReturnType<typeof liveView>> {
  const key = tidyKey(ctx.io.env.AISA_API_KEY ?? '') || state.entries.find((e) => e.key)?.key?.trim();
  if (!key) {
    requireProvider();
    throw new CliError('missing-key', ExitCode.usage, t().models.noKey, t().picoclaw.keyFix(cmd('onboard')));
  }
  registerSecret(key);
  const configured = state.entries.find((e) => typeof e.apiBase === 'string')?.apiBase;
  const { listModels, requireSomeModels } = await import('../../load/network.js');
  const res = await listModels({ baseUrl: baseUrlToAsk(ctx, typeof configured === 'string' ? configured : undefined), apiKey: key, timeoutMs: ctx.opts.timeoutMs, env: ctx.io.env });
  return liveView(requireSomeModels(res, key), PROVIDER);
}
