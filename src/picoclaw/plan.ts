import { isDeepStrictEqual } from 'node:util';
import type { FileWrite } from '../openclaw/write.js';
import { assertStrictJson, isObject, type PicoConfig, type PicoLayout } from './config.js';
import { setSecurityKeys } from './security-yml.js';
import { nameFor, readPicoState } from './state.js';

type Json = Record<string, unknown>;

/** One change to PicoClaw's config: onboard's (refresh) or `models set`/`fallbacks`' (add only). */
export interface PicoEdit {
  providerId: string;
  /** Bare ids whose entries must exist. */
  ids: string[];
  /**
   * onboard: every entry of ours named in `ids` gets this base URL, model and key. Absent (`models`):
   * only missing entries are added, copying the base and key of an entry already there.
   */
  refresh?: { baseUrl: string; apiKey: string };
  /** New default model_name; undefined leaves it. */
  primary?: string;
  /** New fallback model_names; undefined leaves them, [] removes them. */
  fallbacks?: string[];
}

/** The default and fallbacks once `edit` is written: what it leaves unset stays, and the default is never its own fallback. */
export function defaultsAfter(edit: Pick<PicoEdit, 'primary' | 'fallbacks'>, state: { primary: string | undefined; fallbacks: string[] }): { defaultModel: string | null; fallbacks: string[] } {
  const defaultModel = edit.primary ?? state.primary ?? null;
  return { defaultModel, fallbacks: (edit.fallbacks ?? state.fallbacks).filter((f) => f !== defaultModel) };
}

/** The entry PicoClaw reads for an OpenAI-compatible gateway (seed 002): `openai/` selects the protocol. */
function modelListEntry(name: string, id: string, apiBase: unknown, keys: unknown, layout: PicoLayout): Json {
  const e: Json = { model_name: name, model: `openai/${id}`, api_base: apiBase };
  // Newer builds take keys from .security.yml and reject what they do not expect in config.json.
  if (layout === 'seed' && keys !== undefined) e.api_keys = keys;
  return e;
}

/** `model_list` after the edit: our entries completed or added at the end, every other entry as it was. */
export function planModelList(cfg: Pick<PicoConfig, 'value' | 'layout' | 'securityKeys'>, edit: PicoEdit): unknown[] {
  const list = Array.isArray(cfg.value.model_list) ? [...cfg.value.model_list] : [];
  const state = readPicoState(cfg, edit.providerId);
  const template = state.entries[0] ? (list[state.entries[0].index] as Json) : undefined;
  const apiBase = edit.refresh?.baseUrl ?? template?.api_base;
  const keys = edit.refresh ? [edit.refresh.apiKey] : template?.api_keys;
  const wanted = new Set(edit.ids.map((id) => nameFor(edit.providerId, id)));
  if (edit.refresh) {
    for (const e of state.entries) {
      if (!wanted.has(e.name)) continue;
      const fresh = modelListEntry(e.name, e.id, apiBase, keys, cfg.layout);
      list[e.index] = { ...(list[e.index] as Json), ...fresh };
    }
  }
  const have = new Set(state.entries.map((e) => e.name));
  for (const id of edit.ids) {
    const name = nameFor(edit.providerId, id);
    if (have.has(name)) continue;
    have.add(name);
    list.push(modelListEntry(name, id, apiBase, keys, cfg.layout));
  }
  return list;
}

/**
 * The default in the layout the file already uses. seed 002: `agents.defaults.model` stays a bare
 * name while there are no fallbacks, else `{ primary, fallbacks }`; newer: `model_name` + `model_fallbacks`.
 */
function planDefaults(cfg: PicoConfig, edit: PicoEdit): void {
  const state = readPicoState(cfg, edit.providerId);
  if (edit.primary === undefined && edit.fallbacks === undefined) return;
  const primary = edit.primary ?? state.primary;
  const fallbacks = (edit.fallbacks ?? state.fallbacks).filter((f) => f !== primary);
  const doc = cfg.doc;
  if (cfg.layout === 'security') {
    if (primary !== undefined) doc.reconcile(['agents', 'defaults', 'model_name'], primary);
    const existing = doc.get(['agents', 'defaults', 'model_fallbacks']);
    // An empty list the user wrote is already "no fallbacks": it stays as it is.
    if (fallbacks.length || (existing !== undefined && !isEmptyList(existing))) {
      doc.reconcile(['agents', 'defaults', 'model_fallbacks'], fallbacks.length ? fallbacks : undefined);
    }
    return;
  }
  const existing = doc.get(['agents', 'defaults', 'model']);
  let next: unknown;
  if (typeof existing === 'string' && fallbacks.length === 0) next = primary;
  else {
    const out: Json = isObject(existing) ? { ...existing } : {};
    if (primary !== undefined) out.primary = primary;
    if (fallbacks.length) out.fallbacks = fallbacks;
    else if (!isEmptyList(out.fallbacks)) delete out.fallbacks;
    next = out;
  }
  if (!isDeepStrictEqual(existing, next)) doc.reconcile(['agents', 'defaults', 'model'], next);
}

const isEmptyList = (v: unknown) => Array.isArray(v) && v.length === 0;

/** Applies the edit to the loaded document and returns the writes: `.security.yml` first, then config.json. */
export function planPicoclawWrites(cfg: PicoConfig, edit: PicoEdit): FileWrite[] {
  const list = planModelList(cfg, edit);
  if (!isDeepStrictEqual(list, cfg.value.model_list)) cfg.doc.reconcile(['model_list'], list);
  planDefaults(cfg, edit);
  const writes: FileWrite[] = [];
  if (cfg.layout === 'security') {
    // onboard sets the key of every entry it names; `models` gives a new entry the key its siblings have.
    const state = readPicoState(cfg, edit.providerId);
    const have = new Set(state.entries.map((e) => e.name));
    const names = edit.ids.map((id) => nameFor(edit.providerId, id)).filter((n) => edit.refresh || !have.has(n));
    const key = edit.refresh?.apiKey ?? state.entries.find((e) => e.key)?.key;
    const after = key && names.length ? setSecurityKeys(cfg.securityBefore, cfg.loc.securityPath, names, key) : (cfg.securityBefore ?? '');
    if (after !== (cfg.securityBefore ?? '')) writes.push({ path: cfg.loc.securityPath, before: cfg.securityBefore, after, secret: true });
  }
  const after = cfg.doc.checkedText();
  if (cfg.before === null || after !== cfg.before) {
    assertStrictJson(after, cfg.loc.path);
    writes.push({ path: cfg.loc.path, before: cfg.before, after, secret: cfg.layout === 'seed' });
  }
  return writes;
}
