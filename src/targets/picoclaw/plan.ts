import { isDeepStrictEqual } from 'node:util';
import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { FileWrite } from '../../config/write.js';
import { assertStrictJson, isObject, keyStoreOf, type KeyStore, type PicoConfig } from './config.js';
import { setSecurityKeys } from './security-yml.js';
import { refuseNonList, refuseNonObjectOnPath } from '../shape.js';
import { CURRENT_VERSION, nameFor, readPicoState, writtenDefaults, type PicoState } from './state.js';

type Json = Record<string, unknown>;

/** One change to PicoClaw's config: onboard's (refresh), `models set`/`fallbacks`' (add only), doctor --fix's (repair). */
export interface PicoEdit {
  providerId: string;
  /** Bare ids whose entries must exist. */
  ids: string[];
  /**
   * onboard: every entry of ours named in `ids` gets this base URL, model and key, and every entry
   * of ours gets the key. Absent (`models`): only missing entries are added, copying the base and
   * key of an entry already there.
   */
  refresh?: { baseUrl: string; apiKey: string };
  /** New default model_name; undefined leaves it. */
  primary?: string;
  /** New fallback model_names; undefined leaves them, [] removes them. */
  fallbacks?: string[];
  /** `--key-storage inline`: keep the key in the entries' `api_keys`; else where keyStoreOf says. */
  store?: KeyStore;
  /** doctor --fix: our entries without `enabled` get `true`, a version-3 `api_key` moves into `api_keys`. */
  repair?: boolean;
}

/** The default and fallbacks once `edit` is written: what it leaves unset stays, and the default is never its own fallback. */
export function defaultsAfter(edit: Pick<PicoEdit, 'primary' | 'fallbacks'>, state: Pick<PicoState, 'primary' | 'fallbacks' | 'legacyModel'>): { defaultModel: string | null; fallbacks: string[] } {
  const written = writtenDefaults(state);
  const defaultModel = edit.primary ?? written.primary ?? null;
  return { defaultModel, fallbacks: [...new Set(edit.fallbacks ?? written.fallbacks)].filter((f) => f !== defaultModel) };
}

/** PicoClaw refuses any version but 0–3 ("unsupported config version"): nothing of ours could load there. */
export function assertSupportedVersion(state: PicoState, file: string): void {
  if (Number.isInteger(state.version) && state.version >= 0 && state.version <= CURRENT_VERSION) return;
  throw new CliError('config-layout', ExitCode.config, t().picoclaw.versionUnsupported(file, String(state.version)), t().picoclaw.versionUnsupportedFix);
}

/**
 * An entry PicoClaw's loader accepts in every version: `openai/` selects the OpenAI-compatible
 * protocol, `api_base` the gateway, and `enabled` is explicit (absent means false from version 2 on).
 */
function entryFields(id: string, apiBase: unknown, keys: string[] | undefined): Json {
  const e: Json = { model: `openai/${id}`, api_base: apiBase };
  if (keys) e.api_keys = keys;
  e.enabled = true;
  return e;
}

/** Our entry refreshed: the user's other fields kept; `api_key` and `provider` dropped, since they would override what we set. */
function refreshed(old: Json, id: string, apiBase: unknown, keys: string[] | undefined, store: KeyStore): Json {
  const { api_key: _k, provider: _p, ...rest } = old;
  const out: Json = { ...rest, ...entryFields(id, apiBase, keys) };
  if (store === 'security') delete out.api_keys;
  return out;
}

/** Another entry of ours: only its key changes. */
function rekeyed(old: Json, keys: string[] | undefined, store: KeyStore): Json {
  const { api_key: _k, api_keys: _ks, ...rest } = old;
  return store === 'inline' ? { ...rest, api_keys: keys } : rest;
}

/** What doctor --fix mends on an entry of ours: nothing the user set on purpose (an explicit `enabled: false` stays). */
function repaired(old: Json, version: number): Json {
  const out: Json = { ...old };
  if (!('enabled' in out)) out.enabled = true;
  if (version >= CURRENT_VERSION && 'api_key' in out) {
    const keys = [old.api_key, ...(Array.isArray(old.api_keys) ? old.api_keys : [])].filter((k): k is string => typeof k === 'string' && k.trim() !== '');
    delete out.api_key;
    if (keys.length) out.api_keys = [...new Set(keys)];
  }
  return out;
}

interface ListPlan {
  list: unknown[];
  /** `.security.yml` names to set to `key`. */
  securityNames: string[];
  key: string | undefined;
}

/** `model_list` after the edit: our entries completed or added at the end, every other entry as it was. */
function planModelList(cfg: PicoConfig, state: PicoState, edit: PicoEdit, store: KeyStore): ListPlan {
  const list = Array.isArray(cfg.value.model_list) ? [...cfg.value.model_list] : [];
  const template = state.entries[0];
  const apiBase = edit.refresh?.baseUrl ?? template?.apiBase;
  const key = edit.refresh?.apiKey ?? state.entries.find((e) => e.key)?.key;
  const inlineKeys = store === 'inline' && key !== undefined ? [key] : undefined;
  const wanted = new Set(edit.ids.map((id) => nameFor(edit.providerId, id)));
  const securityNames: string[] = [];
  if (edit.refresh) {
    for (const e of state.entries) {
      const old = list[e.index] as Json;
      list[e.index] = wanted.has(e.name) ? refreshed(old, e.id, apiBase, inlineKeys, store) : rekeyed(old, inlineKeys, store);
      // A new key replaces every key PicoClaw would pick for our entries, `.security.yml`'s first.
      if (store === 'security' || e.keySource === 'security') securityNames.push(e.securityName);
      for (const name of cfg.securityKeys.keys()) if (name === e.name || name.startsWith(`${e.name}:`)) securityNames.push(name);
    }
  }
  if (edit.repair) for (const e of state.entries) list[e.index] = repaired(list[e.index] as Json, state.version);
  const have = new Set(state.entries.map((e) => e.name));
  for (const id of edit.ids) {
    const name = nameFor(edit.providerId, id);
    if (have.has(name)) continue;
    have.add(name);
    list.push({ model_name: name, ...entryFields(id, apiBase, inlineKeys) });
    if (store === 'security') securityNames.push(`${name}:0`);
  }
  return { list, securityNames: [...new Set(securityNames)], key };
}

/**
 * The default in the only form every PicoClaw version loads: `agents.defaults.model_name` and
 * `model_fallbacks`. `agents.defaults.model` goes: as an object it never loaded, version 3 has no
 * such field, and a legacy string beside `model_name` is dropped by PicoClaw's migration anyway.
 */
function planDefaults(cfg: PicoConfig, state: PicoState, edit: PicoEdit): void {
  const legacy = state.legacyModel;
  const mustRepair = isObject(legacy) || (legacy !== undefined && state.version >= CURRENT_VERSION);
  if (edit.primary === undefined && edit.fallbacks === undefined && !mustRepair) return;
  const { defaultModel, fallbacks } = defaultsAfter(edit, state);
  const doc = cfg.doc;
  const at = (k: string) => ['agents', 'defaults', k];
  refuseNonObjectOnPath(cfg.loc.path, doc, at('model_name'));
  if (defaultModel !== null) doc.reconcile(at('model_name'), defaultModel);
  const existing = doc.get(at('model_fallbacks'));
  // An empty list the user wrote is already "no fallbacks": it stays as it is.
  if (fallbacks.length) doc.reconcile(at('model_fallbacks'), fallbacks);
  else if (existing !== undefined && !(Array.isArray(existing) && existing.length === 0)) doc.remove(at('model_fallbacks'));
  if (legacy !== undefined && (mustRepair || defaultModel !== null)) doc.remove(at('model'));
}

/** Applies the edit to the loaded document and returns the writes: `.security.yml` first, then config.json. */
export function planPicoclawWrites(cfg: PicoConfig, edit: PicoEdit): FileWrite[] {
  const state = readPicoState(cfg, edit.providerId);
  assertSupportedVersion(state, cfg.loc.path);
  const store = edit.store ?? keyStoreOf(cfg, state.entries);
  // A new file is written as PicoClaw 3 writes its own, so its next start neither migrates nor rewrites it.
  if (cfg.before === null || cfg.before.trim() === '') cfg.doc.reconcile(['version'], CURRENT_VERSION);
  refuseNonList(cfg.loc.path, 'model_list', cfg.value.model_list);
  const plan = planModelList(cfg, state, edit, store);
  if (!isDeepStrictEqual(plan.list, cfg.value.model_list)) cfg.doc.reconcile(['model_list'], plan.list);
  planDefaults(cfg, state, edit);
  const writes: FileWrite[] = [];
  if (plan.key && plan.securityNames.length) {
    const after = setSecurityKeys(cfg.securityBefore, cfg.loc.securityPath, plan.securityNames, plan.key);
    if (after !== (cfg.securityBefore ?? '')) writes.push({ path: cfg.loc.securityPath, before: cfg.securityBefore, after, secret: true });
  }
  const after = cfg.doc.checkedText();
  if (cfg.before === null || after !== cfg.before) {
    assertStrictJson(after, cfg.loc.path);
    writes.push({ path: cfg.loc.path, before: cfg.before, after, secret: true });
  }
  return writes;
}

/** Where the key of our entries lives once the edit is written (for the summary and `--json`). */
export function keyFileFor(cfg: PicoConfig, state: PicoState, store?: KeyStore): string {
  return (store ?? keyStoreOf(cfg, state.entries)) === 'security' ? cfg.loc.securityPath : cfg.loc.path;
}
