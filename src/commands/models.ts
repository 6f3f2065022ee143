import type { Context } from '../context.js';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { PROVIDER_ID } from '../targets/openclaw/provider.js';
import { applyModelsEdit, planModelRefs, type ModelsApplyResult, type ModelsEdit } from './models-apply.js';
import { hasPlaceholderMetadata } from './onboard-gateway.js';
import { pickFallbackRef, pickModelId, type IdPool } from './models-pick.js';
import { buildRows } from './models-rows.js';
import { liveListFor, readModelsState, requireProvider, type ModelsState } from './models-state.js';
import { tableWithLegend } from './models-table.js';
import { runPicoclawModels } from '../targets/picoclaw/models.js';
import { refuseOtherGateway } from './other-gateway.js';

type Action = 'list' | 'set' | 'fallbacks';

interface ModelsFlags {
  action: Action;
  offline: boolean;
  dryRun: boolean;
  clear: boolean;
}

/**
 * `aisa-setup models [list|set <id>|fallbacks <id...>]`. Exit codes: 2 for an id the key cannot
 * use (with the nearest ids) or missing input; 3 when no AIsa provider is configured yet: that is
 * the config's state, not a mistake on the command line, and the fix is `aisa-setup onboard`.
 * `set` and `fallbacks` never ask: the command itself is the decision, so `--yes` changes nothing.
 */
export async function runModels(ctx: Context, raw: Record<string, unknown>, words: string[]): Promise<number> {
  // Ids space- or comma-separated, as `onboard --models` takes them.
  const args = words.flatMap((w) => w.split(',')).map((w) => w.trim()).filter(Boolean);
  const flags: ModelsFlags = {
    action: (raw.action as Action | undefined) ?? 'list',
    offline: raw.offline === true,
    dryRun: raw.dryRun === true,
    clear: raw.clear === true,
  };
  if (flags.action === 'fallbacks') {
    const m = t().models;
    if (flags.clear && args.length) throw new CliError('usage', ExitCode.usage, m.clearWithIds, t().cli.seeHelp);
  }
  refuseOtherGateway(ctx, 'models');
  if (ctx.opts.target === 'picoclaw') {
    return runPicoclawModels(ctx, flags, args);
  }
  if (flags.action === 'list') return listModels(ctx, flags);
  if (flags.action === 'fallbacks' && !flags.clear && !args.length) return showFallbacks(ctx);
  return changeModels(ctx, flags, args);
}

async function listModels(ctx: Context, flags: ModelsFlags): Promise<number> {
  const state = await readModelsState(ctx, false);
  // Offline there is nothing to show but the config; online the key alone is enough to list.
  if (flags.offline) requireProvider(state);
  const live = flags.offline ? undefined : await liveListFor(ctx, state);
  const rows = buildRows({ liveIds: live?.ids, endpointTypes: live?.endpointTypes, declared: state.declared, primary: state.primary, fallbacks: state.fallbacks });
  if (ctx.opts.json) {
    ctx.out.document(rows);
    return ExitCode.ok;
  }
  const m = t().models;
  if (flags.offline) ctx.out.warn(m.offlineNote(state.loc.path));
  for (const line of tableWithLegend(rows, ctx.opts.color)) ctx.out.say(line);
  return ExitCode.ok;
}

async function changeModels(ctx: Context, flags: ModelsFlags, args: string[]): Promise<number> {
  const state = await readModelsState(ctx, true);
  requireProvider(state);
  const warnings: string[] = [];
  const warn = (s: string) => {
    warnings.push(s);
    ctx.out.warn(`! ${s}`);
  };
  for (const d of state.duplicates) warn(d);
  const declared = state.declared.map((d) => d.id);
  // The gateway is asked only when there is an AIsa id to check (not for --clear, not offline).
  const live = flags.offline || flags.clear ? undefined : await liveListFor(ctx, state);
  const pool: IdPool = { live: live?.ids, declared, ...(live ? { endpointTypes: live.endpointTypes } : {}) };
  const edit: ModelsEdit = {};
  if (flags.action === 'set') {
    edit.primary = pickModelId(args[0] ?? '', pool, warn);
    const ref = `${PROVIDER_ID}/${edit.primary}`;
    if (state.fallbacks.includes(ref)) warn(t().models.fallbackIsDefault(ref));
  } else {
    const refs = [...new Set(args.map((a) => pickFallbackRef(a, pool, warn)))];
    for (const ref of refs) if (ref === state.primary) warn(t().models.fallbackIsDefault(ref));
    edit.fallbacks = refs.filter((r) => r !== state.primary);
  }
  const adding = [edit.primary, ...(edit.fallbacks ?? []).map((f) => (f.startsWith(`${PROVIDER_ID}/`) ? f.slice(PROVIDER_ID.length + 1) : undefined))];
  // The same note onboard gives: an entry with placeholder limits and price is worth knowing about.
  for (const id of new Set(adding)) if (id && !declared.includes(id) && hasPlaceholderMetadata(id)) warn(t().onboard.unknownModel(id));

  const result = await applyModelsEdit(state.loc, edit, { dryRun: flags.dryRun });
  const after = planModelRefs(currentModel(state), edit);
  const defaultModel = typeof after?.primary === 'string' ? after.primary : null;
  const fallbacks = Array.isArray(after?.fallbacks) ? (after.fallbacks as string[]) : [];
  if (ctx.opts.json) {
    ctx.out.document({
      ok: true,
      action: flags.action,
      configPath: state.loc.path,
      changed: result.changed,
      dryRun: flags.dryRun,
      backupPath: result.backupPath,
      defaultModel,
      fallbacks,
      declaredAdded: result.declaredAdded,
      warnings,
      ...(flags.dryRun ? { diffs: result.diffs } : {}),
    });
  } else {
    printOutcome(ctx, result, flags.dryRun, { defaultModel, fallbacks });
  }
  return ExitCode.ok;
}

/** `models fallbacks` with no ids: the chain as configured, changing nothing. */
async function showFallbacks(ctx: Context): Promise<number> {
  const state = await readModelsState(ctx, false);
  const m = t().models;
  if (ctx.opts.json) {
    ctx.out.document({ ok: true, action: 'fallbacks', configPath: state.loc.path, changed: false, defaultModel: state.primary ?? null, fallbacks: state.fallbacks });
  } else ctx.out.say(state.fallbacks.length ? m.fallbacksSet(state.fallbacks.join(', ')) : m.fallbacksCleared);
  return ExitCode.ok;
}

/** `agents.defaults.model` as read, rebuilt from the state so the outcome can be shown without re-reading. */
function currentModel(state: ModelsState): Record<string, unknown> | undefined {
  if (!state.primary && !state.fallbacks.length) return undefined;
  return { ...(state.primary ? { primary: state.primary } : {}), ...(state.fallbacks.length ? { fallbacks: state.fallbacks } : {}) };
}

function printOutcome(ctx: Context, result: ModelsApplyResult, dryRun: boolean, after: { defaultModel: string | null; fallbacks: string[] }): void {
  const m = t().models;
  const say = (s: string) => ctx.out.say(s);
  if (dryRun) {
    say(result.changed ? m.dryRunHeader : m.unchanged);
    for (const d of result.diffs) say(d.diff);
    return;
  }
  if (!result.changed) say(m.unchanged);
  else {
    // The file written may be one the config pulls in with $include.
    for (const d of result.diffs) say(m.wrote(d.path));
    if (result.backupPath) say(m.backup(result.backupPath));
  }
  if (after.defaultModel) say(m.defaultSet(after.defaultModel));
  say(after.fallbacks.length ? m.fallbacksSet(after.fallbacks.join(', ')) : m.fallbacksCleared);
  if (result.declaredAdded.length) say(m.declaredAdded(result.declaredAdded.map((id) => `${PROVIDER_ID}/${id}`).join(', ')));
}
