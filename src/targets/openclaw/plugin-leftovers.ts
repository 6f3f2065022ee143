/**
 * What `openclaw plugins uninstall aisa` leaves behind, and the edit that clears it. OpenClaw keeps
 * `plugins.entries.aisa` (enabled: false), the `aisa:*` auth profiles its onboarding wrote and the
 * aisa/… default model; without a `models.providers.aisa` block nothing serves those models any
 * more, so every turn fails "Unknown model". The clean-up never leaves a default that points at
 * nothing: the first fallback of another provider becomes the default, or there is none.
 */
import { openDocument } from '../../config/document.js';
import type { FileWrite } from '../../config/write.js';
import { PLUGIN_ID } from './plugin-state.js';

const AISA = 'aisa';
const isAisaRef = (ref: unknown): boolean => typeof ref === 'string' && ref.startsWith(`${AISA}/`);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Leftovers {
  /** models.providers.aisa exists: aisa/… models still resolve without the plugin. */
  providerBlock: boolean;
  /** plugins.entries.aisa is still there. */
  pluginEntry: boolean;
  /** Auth profile ids with provider "aisa". */
  authProfiles: string[];
  /** The default model, as configured. */
  primary?: string;
  /** Turns on the default work after the uninstall, as the file stands. */
  turnsWork: boolean;
  /** The default after the clean-up (undefined: none). */
  primaryAfter?: string;
  /** The clean-up as a write of the config file; undefined when there is nothing to clean. */
  write?: FileWrite;
}

function modelRefs(model: unknown): { primary?: string; fallbacks: string[] } {
  if (typeof model === 'string') return { primary: model, fallbacks: [] };
  if (!isObject(model)) return { fallbacks: [] };
  const fallbacks = Array.isArray(model.fallbacks) ? model.fallbacks.filter((f): f is string => typeof f === 'string') : [];
  return { ...(typeof model.primary === 'string' ? { primary: model.primary } : {}), fallbacks };
}

/** The leftovers in the config text at `path` (null: no file, nothing left). */
export function findLeftovers(path: string, text: string | null): Leftovers {
  if (text === null) return { providerBlock: false, pluginEntry: false, authProfiles: [], turnsWork: true };
  const doc = openDocument(text);
  const providerBlock = doc.get(['models', 'providers', AISA]) !== undefined;
  const pluginEntry = doc.get(['plugins', 'entries', PLUGIN_ID]) !== undefined;
  const profiles = doc.get(['auth', 'profiles']);
  const authProfiles = isObject(profiles) ? Object.keys(profiles).filter((id) => isObject(profiles[id]) && profiles[id].provider === AISA) : [];
  const model = doc.get(['agents', 'defaults', 'model']);
  const { primary, fallbacks } = modelRefs(model);
  const turnsWork = providerBlock || !isAisaRef(primary);
  const found: Leftovers = { providerBlock, pluginEntry, authProfiles, turnsWork, ...(primary ? { primary } : {}) };

  if (pluginEntry) doc.remove(['plugins', 'entries', PLUGIN_ID]);
  let primaryAfter = primary;
  if (!providerBlock) {
    for (const id of authProfiles) doc.remove(['auth', 'profiles', id]);
    if (doc.get(['auth', 'order', AISA]) !== undefined) doc.remove(['auth', 'order', AISA]);
    const kept = fallbacks.filter((f) => !isAisaRef(f));
    if (isAisaRef(primary)) primaryAfter = kept.shift();
    if (primary !== primaryAfter || kept.length !== fallbacks.length) {
      if (primaryAfter === undefined && !kept.length) doc.remove(['agents', 'defaults', 'model']);
      else if (typeof model === 'string') doc.reconcile(['agents', 'defaults', 'model'], primaryAfter);
      else {
        if (primaryAfter === undefined) doc.remove(['agents', 'defaults', 'model', 'primary']);
        else doc.reconcile(['agents', 'defaults', 'model', 'primary'], primaryAfter);
        doc.reconcile(['agents', 'defaults', 'model', 'fallbacks'], kept);
      }
    }
    const models = doc.get(['agents', 'defaults', 'models']);
    if (isObject(models)) for (const ref of Object.keys(models).filter(isAisaRef)) doc.remove(['agents', 'defaults', 'models', ref]);
  }
  const after = doc.toString();
  if (after !== text) {
    found.write = { path, before: text, after: doc.checkedText() };
    if (primaryAfter) found.primaryAfter = primaryAfter;
  } else if (primary) found.primaryAfter = primary;
  return found;
}
