import type { Context } from '../../context.js';
import { CliError, ExitCode } from '../../errors.js';
import { DEFAULT_BASE_URL, normalizeBaseUrl } from '../../gateway/url.js';
import { t } from '../../i18n/index.js';
import { pickFallbackRef, pickModelId, type IdPool } from '../../commands/models-pick.js';
import { buildRows } from '../../commands/models-rows.js';
import { liveView } from '../../commands/models-state.js';
import { tableWithLegend } from '../../commands/models-table.js';
import { registerSecret } from '../../secret.js';
import { applyPicoclawEdit } from './apply.js';
import { defaultsAfter } from './plan.js';
import { loadPicoclaw } from './config.js';
import { locatePicoclaw, type PicoLocation } from './locate.js';
import { nameFor, readPicoState, type PicoState } from './state.js';

type Action = 'list' | 'set' | 'fallbacks';
const PROVIDER = 'aisa';

/**
 * `models --target picoclaw`: the same list, `set` and `fallbacks` as for OpenClaw, over PicoClaw's
 * `model_list`. Names are `aisa/<id>`, so rows, refs and `--json` read exactly as OpenClaw's do.
 * A model `set` adds is a copy of an entry already there (same api_base and key).
 */
export async function runPicoclawModels(ctx: Context, flags: { action: Action; offline: boolean; dryRun: boolean; clear?: boolean }, args: string[]): Promise<number> {
  if (ctx.opts.profile !== undefined) throw new CliError('usage', ExitCode.usage, t().picoclaw.noProfile, t().cli.seeHelp);
  const loc = locatePicoclaw({ config: ctx.opts.config, env: ctx.io.env, cwd: ctx.io.cwd });
  const state = readPicoState(await loadPicoclaw(loc), PROVIDER);
  for (const e of state.entries) registerSecret(e.key);
  const needEntries = () => {
    if (!state.entries.length) throw new CliError('no-provider', ExitCode.config, t().picoclaw.noProvider(PROVIDER, loc.path), t().picoclaw.entriesFix);
  };
  if (flags.action === 'fallbacks' && !flags.clear && args.length === 0) {
    const { defaultModel, fallbacks } = defaultsAfter({}, state);
    if (ctx.opts.json) ctx.out.document({ ok: true, target: 'picoclaw', action: 'fallbacks', configPath: loc.path, changed: false, defaultModel, fallbacks });
    else ctx.out.say(fallbacks.length ? t().models.fallbacksSet(fallbacks.join(t().prompts.listJoin)) : t().models.fallbacksCleared);
    return ExitCode.ok;
  }
  if (flags.action !== 'list') needEntries();
  const live = flags.offline || flags.clear ? undefined : await liveList(ctx, state, needEntries);
  const declared = state.entries.map((e) => ({ id: e.id }));
  if (flags.action === 'list') {
    const rows = buildRows({ liveIds: live?.ids, endpointTypes: live?.endpointTypes, declared, primary: state.primary, fallbacks: state.fallbacks });
    if (ctx.opts.json) ctx.out.document(rows);
    else {
      if (flags.offline) ctx.out.warn(t().models.offlineNote(loc.path));
      for (const line of tableWithLegend(rows, ctx.opts.color)) ctx.out.say(line);
    }
    return ExitCode.ok;
  }
  return change(ctx, loc, state, { ...flags, action: flags.action }, args, { live: live?.ids, declared: declared.map((d) => d.id), ...(live ? { endpointTypes: live.endpointTypes } : {}) });
}

async function change(ctx: Context, loc: PicoLocation, state: PicoState, flags: { action: 'set' | 'fallbacks'; dryRun: boolean }, args: string[], pool: IdPool): Promise<number> {
  const warnings: string[] = [];
  const warn = (s: string) => {
    warnings.push(s);
    ctx.out.warn(`! ${s}`);
  };
  const edit: { providerId: string; ids: string[]; primary?: string; fallbacks?: string[] } = { providerId: PROVIDER, ids: [] };
  if (flags.action === 'set') {
    const id = pickModelId(args[0] ?? '', pool, warn);
    edit.ids = [id];
    edit.primary = nameFor(PROVIDER, id);
  } else {
    const refs = [...new Set(args.map((a) => pickFallbackRef(a, pool, warn)))].filter((r) => r !== state.primary);
    edit.fallbacks = refs;
    edit.ids = refs.filter((r) => r.startsWith(`${PROVIDER}/`)).map((r) => r.slice(PROVIDER.length + 1));
  }
  const have = new Set(state.entries.map((e) => e.id));
  const result = await applyPicoclawEdit(loc, edit, { dryRun: flags.dryRun, secrets: [] });
  // Never asked here (the command is the decision), so never cancelled; the type says it could be.
  if (result === 'cancelled') throw new CliError('cancelled', ExitCode.cancelled, t().cli.cancelled);
  const { defaultModel, fallbacks } = defaultsAfter(edit, state);
  if (ctx.opts.json) {
    ctx.out.document({
      ok: true,
      target: 'picoclaw',
      action: flags.action,
      configPath: loc.path,
      changed: result.changed,
      dryRun: flags.dryRun,
      backupPath: result.backupPath,
      defaultModel,
      fallbacks,
      declaredAdded: edit.ids.filter((id) => !have.has(id)),
      warnings,
      ...(flags.dryRun ? { diffs: result.diffs } : {}),
    });
    return ExitCode.ok;
  }
  const m = t().models;
  if (flags.dryRun) {
    ctx.out.say(result.changed ? m.dryRunHeader : m.unchanged);
    for (const d of result.diffs) ctx.out.say(d.diff);
    return ExitCode.ok;
  }
  if (!result.changed) ctx.out.say(m.unchanged);
  for (const d of result.diffs) ctx.out.say(m.wrote(d.path));
  if (result.backupPath) ctx.out.say(m.backup(result.backupPath));
  if (defaultModel) ctx.out.say(m.defaultSet(defaultModel));
  ctx.out.say(fallbacks.length ? m.fallbacksSet(fallbacks.join(t().prompts.listJoin)) : m.fallbacksCleared);
  return ExitCode.ok;
}

/** The key and base of our entries (or AISA_API_KEY / --base-url) asked for the live ids and what each serves. */
async function liveList(ctx: Context, state: PicoState, needEntries: () => void): Promise<ReturnType<typeof liveView>> {
  const key = ctx.io.env.AISA_API_KEY?.trim() || state.entries.find((e) => e.key)?.key?.trim();
  if (!key) {
    needEntries();
    throw new CliError('missing-key', ExitCode.usage, t().models.noKey, t().picoclaw.keyFix('aisa-setup onboard --target picoclaw'));
  }
  registerSecret(key);
  const base = ctx.opts.baseUrl ?? state.entries.find((e) => typeof e.apiBase === 'string')?.apiBase;
  const { listModels, requireSomeModels } = await import('../../load/network.js');
  const res = await listModels({ baseUrl: normalizeBaseUrl(typeof base === 'string' ? base : DEFAULT_BASE_URL), apiKey: key, timeoutMs: ctx.opts.timeoutMs, env: ctx.io.env });
  return liveView(requireSomeModels(res, key), PROVIDER);
}
