import { bareId, providerModelEntry } from '../../catalog.js';
import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { ConfigLocation } from './locate.js';
import { configWrites, reconcileAt } from './plan.js';
import { addModelEntries, planDefaultModel, planModelAllowEntry, PROVIDER_ID } from './provider.js';
import { ConfigTree } from './tree.js';
import { registerSecret } from '../../secret.js';
import type { FileWrite } from '../../config/write.js';
import type { ModelsEdit } from '../target.js';
import { isObject } from './models-state.js';


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
 * Plans the edit on the files as read: the AIsa models it names are declared in the provider
 * block and in `agents.defaults.models` when missing, then the default and fallbacks are set.
 */
export async function planModelsWrites(tree: ConfigTree, loc: ConfigLocation, edit: ModelsEdit): Promise<{ writes: FileWrite[]; declaredAdded: string[] }> {
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
