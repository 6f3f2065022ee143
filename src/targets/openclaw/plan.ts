import { type ProviderModel } from '../../catalog.js';
import { refuseNonObjectOnPath } from '../shape.js';
import { currentRef, modelRef, planDefaultModel, planModelAllowEntry, planProvider } from './provider.js';
import { AISA_PROVIDER, type ProviderSpec } from '../../provider-id.js';
import { setEnvVar } from './envfile.js';
import type { ConfigTree } from './tree.js';
import type { FileWrite } from '../../config/write.js';

import type { KeyStorage } from '../target.js';

export interface OnboardEdit {
  baseUrl: string;
  /** The key itself; only needed for `inline` and `env-file`. */
  apiKey: string | undefined;
  keyStorage: KeyStorage;
  entries: ProviderModel[];
  /** Bare id of the new default; undefined leaves `agents.defaults.model` as it is (another gateway added beside). */
  primary: string | undefined;
  fallbacks: string[] | undefined;
  /** The gateway being set up; default AIsa. */
  provider?: ProviderSpec;
}

/**
 * Applies the onboarding edit to the loaded documents and returns the file writes it needs, the
 * `.env` first so the config never names a variable that is not there yet. Unchanged files are
 * left out, which is what makes a second identical run a no-op.
 */
export async function planOnboardWrites(tree: ConfigTree, envFile: { path: string; text: string | null }, edit: OnboardEdit): Promise<FileWrite[]> {
  const provider = edit.provider ?? AISA_PROVIDER;
  const providerId = provider.id;
  const keyValue = edit.keyStorage === 'inline' ? (edit.apiKey ?? '') : provider.keyReference;
  await reconcileAt(tree, ['models', 'providers', providerId], (existing) =>
    planProvider({ existing, baseUrl: edit.baseUrl, apiKey: keyValue, entries: edit.entries, providerId }),
  );
  const primary = edit.primary;
  if (primary !== undefined) {
    await reconcileAt(tree, ['agents', 'defaults', 'model'], (existing) =>
      planDefaultModel({ existingModel: existing, primary, fallbacks: edit.fallbacks, providerId }),
    );
  } else if (edit.fallbacks !== undefined) {
    const fallbacks = edit.fallbacks.map((f) => modelRef(f, providerId));
    await reconcileAt(tree, ['agents', 'defaults', 'model'], (existing) => chainAfterKept(existing, fallbacks));
  }
  if (provider.isAisa) await renameStaleAllowKeys(tree);
  for (const e of edit.entries) {
    await reconcileAt(tree, ['agents', 'defaults', 'models', `${providerId}/${e.id}`], (existing) => planModelAllowEntry(e.id, existing, providerId));
  }
  const writes: FileWrite[] = [];
  if (edit.keyStorage === 'env-file' && edit.apiKey) {
    const before = envFile.text;
    const after = setEnvVar(before, provider.keyEnvVar, edit.apiKey);
    if (after !== before) writes.push({ path: envFile.path, before, after, secret: true });
  }
  writes.push(...configWrites(tree, edit.keyStorage === 'inline'));
  return writes;
}

/** The writes of every config file whose text the edits changed (a new file is always written). */
export function configWrites(tree: ConfigTree, holdsKey: boolean): FileWrite[] {
  const out: FileWrite[] = [];
  for (const f of tree.all()) {
    const after = f.doc.checkedText();
    if (f.before === null || after !== f.before) out.push({ path: f.path, before: f.before, after, secret: holdsKey });
  }
  return out;
}

export async function reconcileAt(tree: ConfigTree, path: string[], plan: (existing: unknown) => unknown): Promise<void> {
  const target = await tree.resolve(path);
  refuseNonObjectOnPath(target.file.path, target.file.doc, target.path);
  const existing = target.file.doc.get(target.path);
  target.file.doc.reconcile(target.path, plan(existing));
}

/**
 * `agents.defaults.models["aisa/<stale id>"]` moved to the current id's key, its value (the user's
 * alias, params) kept; an entry the user already has under the current key wins.
 */
async function renameStaleAllowKeys(tree: ConfigTree): Promise<void> {
  const path = ['agents', 'defaults', 'models'];
  const allow = await tree.get(path);
  if (allow === null || typeof allow !== 'object' || Array.isArray(allow)) return;
  const entries = Object.entries(allow as Record<string, unknown>);
  if (!entries.some(([k]) => currentRef(k) !== k)) return;
  await reconcileAt(tree, path, () => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) if (currentRef(k) === k) out[k] = v;
    for (const [k, v] of entries) if (!(currentRef(k) in out)) out[currentRef(k)] = v;
    return out;
  });
}

/**
 * The fallbacks asked for behind a default that is kept (another provider's, --keep-default):
 * `"mybox/llama3.3"` becomes `{ primary, fallbacks }`, the form OpenClaw reads a chain from.
 * Without a default there is nothing to follow: the value stays as it was.
 */
function chainAfterKept(existing: unknown, fallbacks: string[]): unknown {
  const model: Record<string, unknown> | undefined = typeof existing === 'string' ? { primary: existing } : existing !== null && typeof existing === 'object' && !Array.isArray(existing) ? { ...(existing as Record<string, unknown>) } : undefined;
  if (typeof model?.primary !== 'string') return existing;
  const chain = [...new Set(fallbacks)].filter((f) => f !== model.primary);
  if (chain.length) return { ...model, fallbacks: chain };
  delete model.fallbacks;
  return typeof existing === 'string' ? existing : model;
}

