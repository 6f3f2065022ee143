import { CliError, ExitCode } from './errors.js';
import { t } from './i18n/index.js';

/**
 * Which gateway a run sets up. AIsa is the default and the only one the catalog knows (metadata,
 * stale ids, kimi's temperature, the core set); any other id is an OpenAI-compatible gateway we
 * know nothing about, described only by what its own `/models` answers.
 */
export interface ProviderSpec {
  id: string;
  isAisa: boolean;
  /** `AISA_API_KEY`, `SEALOS_API_KEY`: the variable the config references and `.env` holds. */
  keyEnvVar: string;
  /** `{ source: "env", provider: "default", id: "AISA_API_KEY" }`: what the config holds instead of the key. */
  keyReference: EnvSecretRef;
}

/**
 * OpenClaw's SecretRef to an environment variable. OpenClaw 2026.6+'s own doctor calls the string
 * shorthand `"${AISA_API_KEY}"` a plaintext model credential; the object validates on every release
 * from 2026.3.28 to 2026.9.6 and says nothing (facts.md), so it is what we write.
 */
export interface EnvSecretRef {
  source: 'env';
  provider: 'default';
  id: string;
}

export function envSecretRef(varName: string): EnvSecretRef {
  return { source: 'env', provider: 'default', id: varName };
}

/** How the reference reads in a message or a suggested edit (JSON5, as the config holds it). */
export function secretRefText(varName: string): string {
  return `{ source: "env", provider: "default", id: "${varName}" }`;
}

/** AIsa's provider id: the default gateway, and the prefix of its model refs (`aisa/qwen3-max`). */
export const AISA_ID = 'aisa';
export const AISA_PROVIDER: ProviderSpec = providerSpecFor(AISA_ID);

/**
 * Ids OpenClaw 2026.9.6 ships a provider for (its docs/providers directory, plus the aliases its
 * model refs use). Declaring a block under one of these would merge with, or shadow, the built-in
 * provider's own models and auth: that is a different job from adding a gateway, so it is refused.
 */
export const BUILTIN_PROVIDER_IDS: readonly string[] = [
  'openai', 'openai-codex', 'anthropic', 'google', 'google-vertex', 'gemini', 'openrouter', 'deepseek', 'moonshot',
  'kimi', 'kimi-coding', 'qwen', 'qwen-portal', 'alibaba', 'zai', 'zhipu', 'mistral', 'groq', 'xai', 'together',
  'ollama', 'ollama-cloud', 'lmstudio', 'vllm', 'sglang', 'litellm', 'llama-cpp', 'bedrock', 'amazon-bedrock',
  'bedrock-mantle', 'azure', 'azure-openai', 'github-copilot', 'copilot', 'minimax', 'nvidia', 'cerebras',
  'fireworks', 'huggingface', 'venice', 'volcengine', 'byteplus', 'xiaomi', 'qianfan', 'cloudflare-ai-gateway',
  'vercel-ai-gateway', 'opencode', 'opencode-go', 'kilocode', 'novita', 'longcat', 'chutes', 'synthetic',
  'perplexity', 'cohere', 'deepinfra', 'baseten', 'stepfun', 'tencent', 'arcee', 'featherless', 'gmi', 'meta',
  'clawrouter', 'llmman', 'radius', 'ds4', 'anthropic-vertex', 'claude-cli', 'codex-cli',
];

// A letter first: the derived `<ID>_API_KEY` must be a variable name OpenClaw's `${VAR}` accepts.
const SHAPE = /^[a-z][a-z0-9-]{0,39}$/;

/** `sealos` → `SEALOS_API_KEY`, `my-gw` → `MY_GW_API_KEY`. */
export function keyEnvVarFor(id: string): string {
  return `${id.toUpperCase().replace(/-/g, '_')}_API_KEY`;
}

function providerSpecFor(id: string): ProviderSpec {
  const keyEnvVar = keyEnvVarFor(id);
  return { id, isAisa: id === 'aisa', keyEnvVar, keyReference: envSecretRef(keyEnvVar) };
}

/** `--provider-id`: absent → AIsa; otherwise checked, with a usage error (exit 2) that says why. */
export function parseProviderId(raw: unknown): ProviderSpec {
  if (raw === undefined) return AISA_PROVIDER;
  const id = String(raw).trim();
  const m = t().cli;
  if (!SHAPE.test(id) || id.endsWith('-')) {
    throw new CliError('usage', ExitCode.usage, m.invalidValue('--provider-id', id, m.providerIdShape), m.seeHelp);
  }
  if (BUILTIN_PROVIDER_IDS.includes(id)) throw new CliError('usage', ExitCode.usage, m.providerIdBuiltIn(id), m.providerIdBuiltInFix);
  return providerSpecFor(id);
}
