import { isObject, type PicoConfig } from './config.js';

/** One `model_list` entry this gateway owns: its model_name starts with `<provider id>/`. */
export interface PicoEntry {
  index: number;
  name: string;
  /** model_name after the prefix: the bare upstream id (`qwen3-max`) in the entries we write. */
  id: string;
  /** `openai/qwen3-max`, as written. */
  model: unknown;
  /** The upstream id the entry asks for (`model` without `openai/`, or `model` with `provider: "openai"`). */
  upstream: string | undefined;
  apiBase: unknown;
  /** The key PicoClaw would use: `.security.yml`'s `name:<n>`, then its bare `name`, then the entry's own. */
  key: string | undefined;
  /** Where that key comes from; `shadowed`: an inline key that `.security.yml` overrides with another. */
  keySource: 'security' | 'inline' | undefined;
  shadowed?: { inline: string; securityName: string };
  /** The `.security.yml` name PicoClaw looks up first for this entry (`aisa/qwen3-max:0`). */
  securityName: string;
  /** What PicoClaw makes of `enabled` in this file's version (an absent one is false from version 2 on). */
  enabled: boolean;
}

/** What PicoClaw's config says about one gateway: read once, changes nothing. */
export interface PicoState {
  /** `version` as written (0 when absent); the loader supports 0–3 only. */
  version: number;
  entries: PicoEntry[];
  /** Every model_name in `model_list` (any gateway's), to check that the default names one. */
  allNames: string[];
  /** The default model_name PicoClaw would use (`model_name`, else a legacy string `model`). */
  primary: string | undefined;
  fallbacks: string[];
  /** `agents.defaults.model` as written: an object never loads, and version 3 has no such field. */
  legacyModel: unknown;
}

/**
 * `AISA_API_KEY`, `$AISA_API_KEY`, `${AISA_API_KEY}` written where the key belongs: PicoClaw reads no
 * environment variable there and sends those characters as the key (facts.md's classic mistake).
 */
export const isVariableName = (key: string) => /^\$?\{?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\}?$/.test(key.trim());

/**
 * Model names for our entries mirror OpenClaw's references (`aisa/qwen3-max`): PicoClaw looks
 * names up by exact match, so the slash is harmless, and the prefix keeps our entries apart from
 * any the user named by hand (a `qwen3-max` pointing at DashScope stays theirs).
 */
export const nameFor = (providerId: string, id: string) => `${providerId}/${id}`;

export const CURRENT_VERSION = 3;

/** The file's `version`; anything but a whole number is returned as is for doctor to name. */
export function versionOf(value: Record<string, unknown>): number {
  const v = value.version;
  return v === undefined || v === null ? 0 : typeof v === 'number' ? v : NaN;
}

/** `name:<n>` for each entry: n counts the entries before it with the same model_name (PicoClaw's toNameIndex). */
export function securityNames(list: unknown[]): (string | undefined)[] {
  const seen = new Map<string, number>();
  return list.map((e) => {
    if (!isObject(e) || typeof e.model_name !== 'string') return undefined;
    const n = seen.get(e.model_name) ?? 0;
    seen.set(e.model_name, n + 1);
    return `${e.model_name}:${n}`;
  });
}

const firstKey = (keys: unknown) => (Array.isArray(keys) ? keys.find((k): k is string => typeof k === 'string' && k.trim() !== '') : undefined);

export function readPicoState(cfg: Pick<PicoConfig, 'value' | 'securityKeys'>, providerId: string): PicoState {
  const version = versionOf(cfg.value);
  const list = Array.isArray(cfg.value.model_list) ? cfg.value.model_list : [];
  const secNames = securityNames(list);
  const prefix = `${providerId}/`;
  const entries: PicoEntry[] = [];
  const allNames: string[] = [];
  list.forEach((e, index) => {
    if (!isObject(e) || typeof e.model_name !== 'string') return;
    allNames.push(e.model_name);
    if (!e.model_name.startsWith(prefix)) return;
    // The migration of a legacy file puts `api_key` first in `api_keys` (mergeAPIKeys).
    const inline = (version < CURRENT_VERSION && typeof e.api_key === 'string' && e.api_key.trim() ? e.api_key : undefined) ?? firstKey(e.api_keys);
    const securityName = secNames[index]!;
    const sec = cfg.securityKeys.has(securityName) ? cfg.securityKeys.get(securityName) : cfg.securityKeys.get(e.model_name);
    const secKey = sec ? firstKey(sec) : undefined;
    const key = sec ? secKey : inline;
    const entry: PicoEntry = {
      index,
      name: e.model_name,
      id: e.model_name.slice(prefix.length),
      model: e.model,
      upstream: upstreamOf(e),
      apiBase: e.api_base,
      key,
      keySource: sec ? 'security' : inline ? 'inline' : undefined,
      securityName,
      enabled: enabledOf(e, version, key),
    };
    if (sec && inline && inline.trim() !== secKey?.trim()) entry.shadowed = { inline, securityName: cfg.securityKeys.has(securityName) ? securityName : e.model_name };
    entries.push(entry);
  });
  const agents = isObject(cfg.value.agents) ? cfg.value.agents : {};
  const defaults = isObject(agents.defaults) ? agents.defaults : {};
  const legacy = defaults.model;
  const primary = typeof defaults.model_name === 'string' && defaults.model_name !== '' ? defaults.model_name : typeof legacy === 'string' && legacy !== '' ? legacy : undefined;
  const fallbacks = Array.isArray(defaults.model_fallbacks) ? defaults.model_fallbacks.filter((f): f is string => typeof f === 'string') : [];
  return { version, entries, allNames, primary, fallbacks, legacyModel: legacy };
}

/**
 * The default and fallbacks the file means, as written (repeats kept, for doctor to name): from
 * `model_name`/`model_fallbacks`, else from an object `agents.defaults.model` PicoClaw refuses.
 */
export function writtenDefaults(state: Pick<PicoState, 'primary' | 'fallbacks' | 'legacyModel'>): { primary: string | undefined; fallbacks: string[]; inObject: boolean } {
  const legacy = isObject(state.legacyModel) ? state.legacyModel : undefined;
  const primary = state.primary ?? (typeof legacy?.primary === 'string' ? legacy.primary : undefined);
  const fallbacks = state.fallbacks.length || !Array.isArray(legacy?.fallbacks) ? state.fallbacks : legacy.fallbacks.filter((f): f is string => typeof f === 'string');
  return { primary, fallbacks, inObject: state.primary === undefined && legacy !== undefined };
}

/** `"model": "openai/<id>"`, or the newer `"provider": "openai", "model": "<id>"`. */
function upstreamOf(e: Record<string, unknown>): string | undefined {
  if (typeof e.model !== 'string') return undefined;
  if (e.provider === 'openai' && !e.model.includes('/')) return e.model;
  return /^openai\/\S+$/.test(e.model) ? e.model.slice('openai/'.length) : undefined;
}

/**
 * Versions 0 and 1 infer `enabled` from a key when it is absent (migrateV1ToV2); version 2 and 3
 * take an absent one as false, and `picoclaw model` then hides and refuses the entry.
 */
function enabledOf(e: Record<string, unknown>, version: number, key: string | undefined): boolean {
  if (typeof e.enabled === 'boolean') return e.enabled;
  return version < 2 && key !== undefined;
}
