// What PicoClaw's loader (pkg/config: config.go, migration.go, diagnostics.go) refuses, for doctor.
// Field names are its JSON tags; an unknown one at any level stops PicoClaw from starting
// ("config.json contains unknown field(s): …"). Only the levels that hold model settings are
// checked here; the rest of the file (channels, tools, gateway…) is the user's and PicoClaw's.
import { isObject } from './config.js';
import { CURRENT_VERSION } from './state.js';

const DEFAULTS = [
  'workspace', 'restrict_to_workspace', 'allow_read_outside_workspace', 'provider', 'model_name', 'model_fallbacks',
  'image_model', 'image_model_fallbacks', 'max_tokens', 'context_window', 'temperature', 'max_tool_iterations',
  'summarize_message_threshold', 'summarize_token_percent', 'max_media_size', 'routing', 'steering_mode',
  'max_parallel_turns', 'subturn', 'tool_feedback', 'split_on_marker', 'context_manager', 'context_manager_config',
  'turn_profile', 'max_llm_retries', 'llm_retry_backoff_secs',
];
const ENTRY = [
  'model_name', 'provider', 'model', 'api_base', 'proxy', 'fallbacks', 'auth_method', 'connect_mode', 'workspace', 'rpm',
  'max_tokens_field', 'request_timeout', 'thinking_level', 'tool_schema_transform', 'streaming', 'extra_body',
  'custom_headers', 'api_keys', 'enabled', 'user_agent',
];
const TOP_V3 = ['version', 'isolation', 'agents', 'session', 'evolution', 'channel_list', 'model_list', 'gateway', 'events', 'hooks', 'tools', 'heartbeat', 'devices', 'voice', 'build_info'];
const TOP_LEGACY = ['version', 'isolation', 'agents', 'session', 'channels', 'channel_list', 'model_list', 'gateway', 'hooks', 'tools', 'heartbeat', 'devices', 'voice', 'bindings', 'providers'];
const AGENTS = ['defaults', 'list', 'dispatch'];

/** The kinds of value PicoClaw's loader expects, named in each language by the messages (typeNames). */
export type ValueType = 'string' | 'string-list' | 'list' | 'object' | 'boolean';

export type LoaderProblem =
  | { kind: 'version'; path: 'version'; value: string }
  | { kind: 'unknown'; path: string; field: string }
  | { kind: 'type'; path: string; expected: ValueType }
  /** `agents.defaults.model`: an object (never loaded) or, in version 3, any value (no such field). */
  | { kind: 'legacy-model'; path: 'agents.defaults.model'; object: boolean };

const unknownIn = (value: Record<string, unknown>, allowed: readonly string[], at: string, out: LoaderProblem[]) => {
  for (const field of Object.keys(value)) if (!allowed.includes(field)) out.push({ kind: 'unknown', path: at ? `${at}.${field}` : field, field });
};

const isStringList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Every reason PicoClaw would refuse to start with this config.json, in file order of the levels. */
export function loaderProblems(value: Record<string, unknown>): LoaderProblem[] {
  const out: LoaderProblem[] = [];
  const version = value.version ?? 0;
  if (!(typeof version === 'number' && Number.isInteger(version) && version >= 0 && version <= CURRENT_VERSION)) {
    out.push({ kind: 'version', path: 'version', value: JSON.stringify(version) });
    return out;
  }
  const v3 = version === CURRENT_VERSION;
  unknownIn(value, v3 ? TOP_V3 : TOP_LEGACY, '', out);
  const agents = value.agents;
  if (agents !== undefined && !isObject(agents)) out.push({ kind: 'type', path: 'agents', expected: 'object' });
  if (isObject(agents)) {
    unknownIn(agents, AGENTS, 'agents', out);
    const d = agents.defaults;
    if (d !== undefined && !isObject(d)) out.push({ kind: 'type', path: 'agents.defaults', expected: 'object' });
    if (isObject(d)) {
      if ('model' in d && (v3 || typeof d.model !== 'string')) out.push({ kind: 'legacy-model', path: 'agents.defaults.model', object: isObject(d.model) });
      unknownIn(d, [...DEFAULTS, 'model'], 'agents.defaults', out);
      if ('model_name' in d && typeof d.model_name !== 'string') out.push({ kind: 'type', path: 'agents.defaults.model_name', expected: 'string' });
      if ('model_fallbacks' in d && d.model_fallbacks !== null && !isStringList(d.model_fallbacks)) out.push({ kind: 'type', path: 'agents.defaults.model_fallbacks', expected: 'string-list' });
    }
  }
  const list = value.model_list;
  if (list !== undefined && list !== null && !Array.isArray(list)) out.push({ kind: 'type', path: 'model_list', expected: 'list' });
  if (Array.isArray(list)) {
    list.forEach((e, i) => {
      const at = `model_list[${i}]`;
      if (!isObject(e)) return out.push({ kind: 'type', path: at, expected: 'object' });
      // A legacy `api_key` is folded into `api_keys` by the migration; version 3 decodes strictly.
      unknownIn(e, v3 ? ENTRY : [...ENTRY, 'api_key'], at, out);
      for (const f of ['model_name', 'model', 'api_base', 'provider'] as const) if (f in e && typeof e[f] !== 'string') out.push({ kind: 'type', path: `${at}.${f}`, expected: 'string' });
      if ('api_keys' in e && e.api_keys !== null && !isStringList(e.api_keys)) out.push({ kind: 'type', path: `${at}.api_keys`, expected: 'string-list' });
      if ('enabled' in e && typeof e.enabled !== 'boolean') out.push({ kind: 'type', path: `${at}.enabled`, expected: 'boolean' });
      return undefined;
    });
  }
  return out;
}
