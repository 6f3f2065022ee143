import type { Context } from '../context.js';
import { commitOrReplan } from '../config/replan.js';
import { CliError, ExitCode } from '../errors.js';
import { GatewayError } from '../gateway/error.js';
import { listSep, t } from '../i18n/index.js';
import { AISA_ID } from '../provider-id.js';
import { invocationOf, setInvocation } from '../invocation.js';
import { targetOf } from '../targets/index.js';
import type { Committed, ModelsEdit, ModelsPlan, ModelsSession } from '../targets/target.js';
import { hasPlaceholderMetadata } from './onboard-gateway.js';
import { pickFallbackRef, pickModelId, type IdPool } from './models-pick.js';
import { buildRows } from './models-rows.js';
import { tableWithLegend } from './models-table.js';
import { refuseOtherGateway } from './other-gateway.js';

type Action = 'list' | 'set' | 'fallbacks';

interface ModelsFlags {
  action: Action;
  offline: boolean;
  dryRun: boolean;
  clear: boolean;
}

/**
 * `aisa-setup models [list|set <id>|fallbacks <id...>]`, for every target. Exit codes: 2 for an id
 * the key cannot use (with the nearest ids) or missing input; 3 when AIsa is not set up yet: that is
 * the config's state, not a mistake on the command line, and the fix is `aisa-setup onboard`.
 * `set` and `fallbacks` never ask: the command itself is the decision, so `--yes` changes nothing.
 */
export async function runModels(ctx: Context, raw: Record<string, unknown>, words: string[]): Promise<number> {
  // Ids space- or comma-separated, as `onboard --models` takes them.
  setInvocation(invocationOf(ctx.opts));
  const args = words.flatMap((w) => w.split(',')).map((w) => w.trim()).filter(Boolean);
  const flags: ModelsFlags = {
    action: (raw.action as Action | undefined) ?? 'list',
    offline: raw.offline === true,
    dryRun: raw.dryRun === true,
    clear: raw.clear === true,
  };
  if (flags.action === 'fallbacks' && flags.clear && args.length) throw new CliError('usage', ExitCode.usage, t().models.clearWithIds, t().cli.seeHelp);
  const target = targetOf(ctx);
  refuseOtherGateway(ctx, target, 'models');
  target.checkOptions(ctx);
  const showOnly = flags.action === 'list' || (flags.action === 'fallbacks' && !flags.clear && !args.length);
  const state = await target.models.read(ctx, !showOnly);
  if (flags.action === 'list') return listModels(ctx, flags, state);
  if (showOnly) return showFallbacks(ctx, state);
  return changeModels(ctx, flags, args, state);
}

/**
 * The key's live list; a gateway that cannot be reached (or fails on its side) is said with the way
 * around it: every `models` action also works --offline, from the config and the catalog.
 */
async function liveOrOfflineHint(ctx: Context, state: ModelsSession): ReturnType<ModelsSession['live']> {
  try {
    return await state.live(ctx);
  } catch (e) {
    if (!(e instanceof GatewayError) || e.exitCode !== ExitCode.network) throw e;
    const fix = [e.fix, t().gateway.offlineHint].filter(Boolean).join(t().gateway.sentenceJoin);
    const { status, requestId, gatewayMessage, model, party } = e;
    const details = Object.fromEntries(Object.entries({ status, requestId, gatewayMessage, model, party }).filter(([, v]) => v !== undefined));
    throw new GatewayError(e.kind, e.exitCode, e.message, fix, details, e);
  }
}

async function listModels(ctx: Context, flags: ModelsFlags, state: ModelsSession): Promise<number> {
  // Offline there is nothing to show but the config; online the key alone is enough to list.
  if (flags.offline) state.requireProvider();
  const live = flags.offline ? undefined : await liveOrOfflineHint(ctx, state);
  const rows = buildRows({ liveIds: live?.ids, endpointTypes: live?.endpointTypes, declared: state.declared, primary: state.primary, fallbacks: state.fallbacks });
  if (ctx.opts.json) {
    ctx.out.document(rows);
    return ExitCode.ok;
  }
  if (flags.offline) ctx.out.warn(t().models.offlineNote(state.configPath));
  for (const line of tableWithLegend(rows, ctx.opts.color)) ctx.out.say(line);
  return ExitCode.ok;
}

async function changeModels(ctx: Context, flags: ModelsFlags, args: string[], state: ModelsSession): Promise<number> {
  state.requireProvider();
  const warnings: string[] = [];
  const warn = (s: string) => {
    warnings.push(s);
    ctx.out.warn(`! ${s}`);
  };
  for (const d of state.warnings) warn(d);
  const declared = state.declared.map((d) => d.id);
  // The gateway is asked only when there is an AIsa id to check (not for --clear, not offline).
  const live = flags.offline || flags.clear ? undefined : await liveOrOfflineHint(ctx, state);
  const pool: IdPool = { live: live?.ids, declared, ...(live ? { endpointTypes: live.endpointTypes } : {}) };
  const edit: ModelsEdit = {};
  if (flags.action === 'set') {
    edit.primary = pickModelId(args[0] ?? '', pool, warn);
    const ref = `${AISA_ID}/${edit.primary}`;
    if (state.fallbacks.includes(ref)) warn(t().models.fallbackIsDefault(ref));
  } else {
    const refs = [...new Set(args.map((a) => pickFallbackRef(a, pool, warn)))];
    for (const ref of refs) if (ref === state.primary) warn(t().models.fallbackIsDefault(ref));
    edit.fallbacks = refs.filter((r) => r !== state.primary);
  }
  const adding = [edit.primary, ...(edit.fallbacks ?? []).map((f) => (f.startsWith(`${AISA_ID}/`) ? f.slice(AISA_ID.length + 1) : undefined))];
  // The same note onboard gives: an entry with placeholder limits and price is worth knowing about.
  if (state.carriesMetadata) for (const id of new Set(adding)) if (id && !declared.includes(id) && hasPlaceholderMetadata(id)) warn(t().onboard.unknownModel(id));

  // Planned on the files as read. Nobody confirmed it, so a change made since (a parallel run,
  // OpenClaw's Gateway) is met by planning the same edit again on the files as they are now.
  let plan = await state.plan(edit);
  let done: Committed | undefined;
  if (!flags.dryRun) {
    ({ plan, done } = await commitOrReplan(
      state.configPath,
      async () => ({ plan, done: await state.commit(plan) }),
      async () => {
        const fresh = await targetOf(ctx).models.read(ctx, true);
        const again = await fresh.plan(edit);
        return { plan: again, done: await fresh.commit(again) };
      },
    ));
  }
  if (ctx.opts.json) {
    ctx.out.document({
      ok: true,
      ...state.jsonFields,
      action: flags.action,
      configPath: state.configPath,
      changed: done ? done.changed : plan.writes.length > 0,
      dryRun: flags.dryRun,
      backupPath: done?.backupPath ?? null,
      defaultModel: plan.defaultModel,
      fallbacks: plan.fallbacks,
      declaredAdded: plan.declaredAdded,
      warnings,
      ...(flags.dryRun ? { diffs: plan.diffs } : {}),
    });
  } else printOutcome(ctx, plan, done);
  return ExitCode.ok;
}

/** `models fallbacks` with no ids: the chain as configured, changing nothing. */
function showFallbacks(ctx: Context, state: ModelsSession): number {
  const m = t().models;
  if (ctx.opts.json) {
    ctx.out.document({ ok: true, ...state.jsonFields, action: 'fallbacks', configPath: state.configPath, changed: false, defaultModel: state.primary ?? null, fallbacks: state.fallbacks });
  } else ctx.out.say(state.fallbacks.length ? m.fallbacksSet(state.fallbacks.join(listSep())) : m.fallbacksCleared);
  return ExitCode.ok;
}

/** What changed; a dry run (`done` undefined) shows the diffs instead. */
function printOutcome(ctx: Context, plan: ModelsPlan, done: Committed | undefined): void {
  const m = t().models;
  const say = (s: string) => ctx.out.say(s);
  if (!done) {
    say(plan.writes.length ? m.dryRunHeader : m.unchanged);
    for (const d of plan.diffs) say(d.diff);
    return;
  }
  if (!done.changed) say(m.unchanged);
  else {
    // The file written may be one the config pulls in with $include.
    for (const w of plan.writes) say(m.wrote(w.path));
    if (done.backupPath) say(m.backup(done.backupPath));
  }
  if (plan.defaultModel) say(m.defaultSet(plan.defaultModel));
  say(plan.fallbacks.length ? m.fallbacksSet(plan.fallbacks.join(listSep())) : m.fallbacksCleared);
  if (plan.declaredAdded.length) say(m.declaredAdded(plan.declaredAdded.map((id) => `${AISA_ID}/${id}`).join(listSep())));
}
