// PicoClaw's config loader, as its source has it (pkg/config: config.go, migration.go,
// diagnostics.go, security.go, config_struct.go; summarised in facts.md "PicoClaw"), written for the
// tests alone. It shares nothing with src/targets/picoclaw: what we write is judged by the reader's rules,
// never by asking our own writer. .security.yml is read with a real YAML parser.
import { parse as parseYaml } from 'yaml';

const TOP_V3 = ['version', 'isolation', 'agents', 'session', 'evolution', 'channel_list', 'model_list', 'gateway', 'events', 'hooks', 'tools', 'heartbeat', 'devices', 'voice', 'build_info'];
const TOP_LEGACY = ['version', 'isolation', 'agents', 'session', 'channels', 'channel_list', 'model_list', 'gateway', 'hooks', 'tools', 'heartbeat', 'devices', 'voice', 'bindings', 'providers'];
const AGENTS = ['defaults', 'list', 'dispatch'];
const DEFAULTS = [
  'workspace', 'restrict_to_workspace', 'allow_read_outside_workspace', 'provider', 'model_name', 'model_fallbacks', 'image_model',
  'image_model_fallbacks', 'max_tokens', 'context_window', 'temperature', 'max_tool_iterations', 'summarize_message_threshold',
  'summarize_token_percent', 'max_media_size', 'routing', 'steering_mode', 'max_parallel_turns', 'subturn', 'tool_feedback',
  'split_on_marker', 'context_manager', 'context_manager_config', 'turn_profile', 'max_llm_retries', 'llm_retry_backoff_secs',
];
const ENTRY = [
  'model_name', 'provider', 'model', 'api_base', 'proxy', 'fallbacks', 'auth_method', 'connect_mode', 'workspace', 'rpm',
  'max_tokens_field', 'request_timeout', 'thinking_level', 'tool_schema_transform', 'streaming', 'extra_body', 'custom_headers',
  'api_keys', 'enabled', 'user_agent',
];
/** Protocol prefixes PicoClaw's provider factory knows (a few; `openai` is the one that matters here). */
const PROTOCOLS = new Set(['openai', 'anthropic', 'gemini', 'deepseek', 'groq', 'openrouter', 'ollama', 'zhipu', 'moonshot', 'qwen', 'nvidia']);

export interface PicoModel {
  name: string;
  protocol: string | undefined;
  upstream: string;
  apiBase: string | undefined;
  key: string | undefined;
  enabled: boolean;
}

export interface PicoLoad {
  /** The errors PicoClaw would stop with; empty means it starts. */
  errors: string[];
  version: number;
  /** Versions 0–2 are migrated and the files rewritten on the next start. */
  migrates: boolean;
  defaultModel: PicoModel | undefined;
  /** In the order PicoClaw tries them (names with no entry are in `unresolved`). */
  fallbacks: PicoModel[];
  /** Every entry as the runtime sees it. */
  models: PicoModel[];
  /** Names the default or a fallback gives that no entry has: PicoClaw starts, then fails the first turn. */
  unresolved: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

export function loadLikePicoClaw(configText: string, securityText: string | null = null): PicoLoad {
  const errors: string[] = [];
  const out: PicoLoad = { errors, version: 0, migrates: false, defaultModel: undefined, fallbacks: [], models: [], unresolved: [] };
  let cfg: unknown;
  try {
    cfg = JSON.parse(configText.replace(/^\uFEFF/, ''));
  } catch (e) {
    errors.push(`syntax error: ${(e as Error).message}`);
    return out;
  }
  if (!isObj(cfg)) return (errors.push('config.json is not an object'), out);
  const version = cfg.version ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0 || version > 3) return (errors.push(`unsupported config version: ${String(version)}`), out);
  out.version = version;
  out.migrates = version < 3;
  const v3 = version === 3;
  const unknown = (o: Obj, allowed: string[], at: string) => {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) errors.push(`unknown field ${at}${k}`);
  };
  unknown(cfg, v3 ? TOP_V3 : TOP_LEGACY, '');
  const agents = cfg.agents ?? {};
  const defaults = isObj(agents) ? (agents.defaults ?? {}) : {};
  if (!isObj(agents)) errors.push('agents: expected object');
  else unknown(agents, AGENTS, 'agents.');
  let modelName: string | undefined;
  let fallbackNames: string[] = [];
  if (!isObj(defaults)) errors.push('agents.defaults: expected object');
  else {
    unknown(defaults, v3 ? DEFAULTS : [...DEFAULTS, 'model'], 'agents.defaults.');
    if ('model' in defaults && !v3 && typeof defaults.model !== 'string') errors.push('type error for field "agents.defaults.model": expected string');
    if ('model_name' in defaults && typeof defaults.model_name !== 'string') errors.push('type error for field "agents.defaults.model_name": expected string');
    if ('model_fallbacks' in defaults && defaults.model_fallbacks !== null && !strings(defaults.model_fallbacks)) errors.push('type error for field "agents.defaults.model_fallbacks": expected []string');
    modelName = typeof defaults.model_name === 'string' && defaults.model_name !== '' ? defaults.model_name : undefined;
    // Migration: a legacy string model becomes model_name unless model_name is there already.
    if (!v3 && modelName === undefined && typeof defaults.model === 'string' && defaults.model !== '') modelName = defaults.model;
    fallbackNames = strings(defaults.model_fallbacks) ? defaults.model_fallbacks : [];
  }
  const list = cfg.model_list ?? [];
  if (!Array.isArray(list)) return (errors.push('model_list: expected array'), out);
  const security = securityText ? (parseYaml(securityText) as Obj | null) : null;
  const secList = isObj(security) && isObj(security.model_list) ? security.model_list : {};
  const seen = new Map<string, number>();
  list.forEach((e, i) => {
    if (!isObj(e)) return errors.push(`model_list[${i}]: expected object`);
    unknown(e, v3 ? ENTRY : [...ENTRY, 'api_key'], `model_list[${i}].`);
    for (const f of ['model_name', 'model', 'api_base', 'provider']) if (f in e && typeof e[f] !== 'string') errors.push(`model_list[${i}].${f}: expected string`);
    if ('api_keys' in e && e.api_keys !== null && !strings(e.api_keys)) errors.push(`model_list[${i}].api_keys: expected []string`);
    if ('enabled' in e && typeof e.enabled !== 'boolean') errors.push(`model_list[${i}].enabled: expected bool`);
    const name = typeof e.model_name === 'string' ? e.model_name : '';
    const model = typeof e.model === 'string' ? e.model : '';
    if (!name) errors.push(`model_list[${i}]: model_name is required`);
    if (!model) errors.push(`model_list[${i}]: model is required`);
    if (/\s/.test(model) || model.startsWith('/') || model.includes('//')) errors.push(`model_list[${i}]: bad model identifier`);
    const index = seen.get(name) ?? 0;
    seen.set(name, index + 1);
    const inline = [...(!v3 && typeof e.api_key === 'string' && e.api_key ? [e.api_key] : []), ...(strings(e.api_keys) ? e.api_keys : [])].map((k) => k.trim()).filter(Boolean);
    const sec = (secList[`${name}:${index}`] ?? secList[name]) as Obj | undefined;
    const keys = isObj(sec) ? (strings(sec.api_keys) ? sec.api_keys : []) : inline;
    const enabled = typeof e.enabled === 'boolean' ? e.enabled : version < 2 && keys.length > 0;
    const [protocol, upstream] = typeof e.provider === 'string' && e.provider ? [e.provider, model] : splitProtocol(model);
    out.models.push({ name, protocol, upstream, apiBase: typeof e.api_base === 'string' ? e.api_base : undefined, key: keys[0], enabled });
    return undefined;
  });
  const find = (n: string) => out.models.find((m) => m.name === n);
  if (modelName !== undefined) {
    out.defaultModel = find(modelName);
    if (!out.defaultModel) out.unresolved.push(modelName);
  }
  for (const n of fallbackNames) {
    const m = find(n);
    if (m) out.fallbacks.push(m);
    else out.unresolved.push(n);
  }
  return out;
}

function splitProtocol(model: string): [string | undefined, string] {
  const slash = model.indexOf('/');
  if (slash > 0 && PROTOCOLS.has(model.slice(0, slash))) return [model.slice(0, slash), model.slice(slash + 1)];
  return [undefined, model];
}
