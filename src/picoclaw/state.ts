import { isObject, type PicoConfig } from './config.js';

/** One `model_list` entry this gateway owns: its model_name starts with `<provider id>/`. */
export interface PicoEntry {
  index: number;
  name: string;
  /** model_name after the prefix: the bare upstream id (`qwen3-max`) in the entries we write. */
  id: string;
  /** `openai/qwen3-max`, as written. */
  model: unknown;
  /** The upstream id the entry asks for (`model` without `openai/`); model_name is a free alias. */
  upstream: string | undefined;
  apiBase: unknown;
  /** The first key PicoClaw would use: inline `api_keys`/`api_key`, else `.security.yml`. */
  key: string | undefined;
}

/** What PicoClaw's config says about one gateway: read once, changes nothing. */
export interface PicoState {
  entries: PicoEntry[];
  /** Every model_name in `model_list` (any gateway's), to check that the default names one. */
  allNames: string[];
  /** The default model_name as written, from whichever layout the file uses. */
  primary: string | undefined;
  fallbacks: string[];
  /** Where the default lives: `agents.defaults.model_name` or `agents.defaults.model`. */
  primaryPath: string[];
}

/**
 * Model names for our entries mirror OpenClaw's references (`aisa/qwen3-max`): PicoClaw looks
 * names up by exact match, so the slash is harmless, and the prefix keeps our entries apart from
 * any the user named by hand (a `qwen3-max` pointing at DashScope stays theirs).
 */
/**
 * `AISA_API_KEY`, `$AISA_API_KEY`, `${AISA_API_KEY}` written where the key belongs: PicoClaw reads no
 * environment variable there and sends those characters as the key (facts.md's classic mistake).
 */
export const isVariableName = (key: string) => /^\$?\{?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\}?$/.test(key.trim());

export const nameFor = (providerId: string, id: string) => `${providerId}/${id}`;

export function readPicoState(cfg: Pick<PicoConfig, 'value' | 'securityKeys'>, providerId: string): PicoState {
  const list = Array.isArray(cfg.value.model_list) ? cfg.value.model_list : [];
  const prefix = `${providerId}/`;
  const entries: PicoEntry[] = [];
  const allNames: string[] = [];
  list.forEach((e, index) => {
    if (!isObject(e) || typeof e.model_name !== 'string') return;
    allNames.push(e.model_name);
    if (!e.model_name.startsWith(prefix)) return;
    const inline = Array.isArray(e.api_keys) ? e.api_keys.find((k): k is string => typeof k === 'string' && k !== '') : typeof e.api_key === 'string' ? e.api_key : undefined;
    const key = inline ?? cfg.securityKeys.get(e.model_name)?.[0];
    const upstream = typeof e.model === 'string' && /^openai\/\S+$/.test(e.model) ? e.model.slice('openai/'.length) : undefined;
    entries.push({ index, name: e.model_name, id: e.model_name.slice(prefix.length), model: e.model, upstream, apiBase: e.api_base, key });
  });
  const agents = isObject(cfg.value.agents) ? cfg.value.agents : {};
  const defaults = isObject(agents.defaults) ? agents.defaults : {};
  const model = defaults.model;
  let primary: string | undefined;
  let fallbacks: unknown = undefined;
  let primaryPath = ['agents', 'defaults', 'model'];
  if (typeof defaults.model_name === 'string') {
    primary = defaults.model_name;
    primaryPath = ['agents', 'defaults', 'model_name'];
    fallbacks = defaults.model_fallbacks;
  } else if (typeof model === 'string') primary = model;
  else if (isObject(model)) {
    primary = typeof model.primary === 'string' ? model.primary : undefined;
    primaryPath = ['agents', 'defaults', 'model', 'primary'];
    fallbacks = model.fallbacks;
  }
  const fb = Array.isArray(fallbacks) ? fallbacks.filter((f): f is string => typeof f === 'string') : [];
  return { entries, allNames, primary, fallbacks: fb, primaryPath };
}
