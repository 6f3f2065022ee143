import { bareId, providerModelEntry } from '../catalog.js';
import { unifiedDiff } from '../diff.js';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import type { ConfigLocation } from '../targets/openclaw/locate.js';
import { configWrites, reconcileAt } from '../targets/openclaw/plan.js';
import { addModelEntries, planDefaultModel, planModelAllowEntry, PROVIDER_ID } from '../targets/openclaw/provider.js';
import { ConfigTree } from '../targets/openclaw/tree.js';
import { registerSecret } from '../secret.js';
import { commitWrites, withConfigLock, type FileWrite } from '../config/write.js';
import { isObject } from './models-state.js';

/** One `models set` or `models fallbacks` change. */
export interface ModelsEdit {
  /** New default (bare id); undefined leaves it. */
  primary?: string;
  /** New fallback chain (full references, in order); undefined leaves it, [] removes it. */
  fallbacks?: string[];
}

export interface ModelsApplyResult {
  changed: boolean;
  backupPath: string | null;
  /** Ids this edit added to the provider block. */
  declaredAdded: string[];
  diffs: { path: string; diff: string }[];
}

const MODEL_PATH = ['agents', 'defaults', 'model'];

/** `agents.defaults.model` after the edit; other keys kept, the default never doubling as a fallback. */
export function planModelRefs(existing: unknown, edit: ModelsEdit): Record<string, unknown> | undefined {
  let out: Record<string, unknown> = isObject(existing) ? { ...existing } : typeof existing === 'string' ? { primary: existing } : {};
  if (edit.primary) out = planDefaultModel({ existingModel: out, primary: edit.primary, fallbacks: undefined });
  if (edit.fallbacks) out.fallbacks = edit.fallbacks;
  if (Array.isArray(out.fallbacks)) {
    const rest = out.fallbacks.filter((f) => f !== out.primary);
    if (rest.length) out.fallbacks = rest;
    else delete out.fallbacks;
  }
  // Clearing fallbacks where nothing was set must not create an empty `model: {}`.
  return existing === undefined && Object.keys(out).length === 0 ? undefined : out;
}

/**
 * Plans the edit on freshly read files: the AIsa models it names are declared in the provider
 * block and in `agents.defaults.models` when missing, then the default and fallbacks are set.
 */
async function planModelsWrites(loc: ConfigLocation, edit: ModelsEdit): Promise<{ writes: FileWrite[]; declaredAdded: string[] }> {
  const tree = await ConfigTree.load(loc.path);
  const providerPath = ['models', 'providers', PROVIDER_ID];
  const block = await tree.get(providerPath);
  if (!isObject(block)) throw new CliError('no-provider', ExitCode.config, t().models.noProvider(loc.path), t().models.noProviderFix);
  const have = new Set((Array.isArray(block.models) ? block.models : []).flatMap((m) => (isObject(m) && typeof m.id === 'string' ? [bareId(m.id)] : [])));
  const named = [...(edit.primary ? [edit.primary] : []), ...(edit.fallbacks ?? []).filter((f) => f.startsWith(`${PROVIDER_ID}/`)).map((f) => bareId(f))];
  const ids = [...new Set(named)];
  const added = ids.filter((id) => !have.has(id));

  if (added.length) await reconcileAt(tree, providerPath, (existing) => addModelEntries(existing, added.map(providerModelEntry)));
  await reconcileAt(tree, MODEL_PATH, (existing) => planModelRefs(existing, edit));
  // Creating `agents.defaults.models` makes it an allow-list (older OpenClaw builds): then it must
  // list every declared model, as onboard writes it, or the others would stop working.
  const allowListExists = isObject(await tree.get(['agents', 'defaults', 'models']));
  const allow = allowListExists ? ids : [...new Set([...have, ...ids])];
  for (const id of allow) await reconcileAt(tree, ['agents', 'defaults', 'models', `${PROVIDER_ID}/${id}`], (existing) => planModelAllowEntry(id, existing));
  // An inline key keeps the file private (0600); a `${VAR}` reference needs no such care.
  const inlineKey = typeof block.apiKey === 'string' && !block.apiKey.includes('${');
  // The diff's context lines may show that key: every writer of output must mask it.
  if (inlineKey) registerSecret((block.apiKey as string).trim());
  return { writes: configWrites(tree, inlineKey), declaredAdded: added };
}

/**
 * Dry run: plan and show. Otherwise plan again under the config lock and write: `models` asks no
 * question, so there is no wait between reading and writing for another writer to slip into.
 */
export async function applyModelsEdit(loc: ConfigLocation, edit: ModelsEdit, opts: { dryRun: boolean }): Promise<ModelsApplyResult> {
  const diffsOf = (writes: FileWrite[]) => writes.map((w) => ({ path: w.path, diff: unifiedDiff(w.path, w.before, w.after) }));
  if (opts.dryRun) {
    const plan = await planModelsWrites(loc, edit);
    return { changed: plan.writes.length > 0, backupPath: null, declaredAdded: plan.declaredAdded, diffs: diffsOf(plan.writes) };
  }
  return withConfigLock(loc.path, async () => {
    const plan = await planModelsWrites(loc, edit);
    const results = await commitWrites(plan.writes);
    return {
      changed: results.some((r) => r.changed),
      backupPath: results.find((r) => r.path === loc.path)?.backupPath ?? null,
      declaredAdded: plan.declaredAdded,
      diffs: diffsOf(plan.writes),
    };
  });
}
