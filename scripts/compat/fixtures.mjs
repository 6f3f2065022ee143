// Configs the compat gate starts from. The seed examples are copied verbatim from the product seeds
// (000: the original provider doc, still recommending the stale `qwen3-plus`; 001: the skill whose
// example puts `supportsDeveloperRole` on each model and prefixes ids with `aisa/`, which the real
// OpenClaw 2026.9.6 rejects). Kept here so CI does not need the seeds folder.

import { readFileSync } from 'node:fs';

/** Seed 000's example `openclaw.json` (valid for OpenClaw, but uses the stale id qwen3-plus and has no apiKey). */
export const SEED_000_EXAMPLE = `{
  models: {
    providers: {
      aisa: {
        baseUrl: "https://api.aisa.one/v1",
        api: "openai-completions",
        models: [
          { id: "qwen3-plus", name: "Qwen3 Plus" },
          { id: "claude-sonnet-4-5", name: "Claude Sonnet 4.5" },
          { id: "gemini-2.5-flash", name: "Gemini 2.5 Flash" }
        ]
      }
    }
  },
  agents: {
    defaults: {
      model: { primary: "aisa/qwen3-plus" }
    }
  }
}
`;

/** Seed 001's example `openclaw.json` (invalid: `supportsDeveloperRole` on models, `aisa/` inside ids). */
export const SEED_001_EXAMPLE = `{
  "models": {
    "providers": {
      "aisa": {
        "baseUrl": "https://api.aisa.one/v1",
        "apiKey": "\${AISA_API_KEY}",
        "api": "openai-completions",
        "models": [
          {
            "id": "aisa/qwen3-max",
            "name": "Qwen3 Max",
            "reasoning": true,
            "input": ["text", "image"],
            "contextWindow": 256000,
            "maxTokens": 16384,
            "supportsDeveloperRole": false,
            "cost": {
              "input": 1.20,
              "output": 4.80,
              "cacheRead": 0,
              "cacheWrite": 0
            }
          },
          {
            "id": "aisa/qwen-plus-2025-12-01",
            "name": "Qwen Plus",
            "reasoning": true,
            "input": ["text", "image"],
            "contextWindow": 256000,
            "maxTokens": 16384,
            "supportsDeveloperRole": false,
            "cost": {
              "input": 0.30,
              "output": 0.90,
              "cacheRead": 0,
              "cacheWrite": 0
            }
          },
          {
            "id": "aisa/qwen-mt-flash",
            "name": "Qwen MT Flash",
            "reasoning": true,
            "input": ["text"],
            "contextWindow": 256000,
            "maxTokens": 8192,
            "supportsDeveloperRole": false,
            "cost": {
              "input": 0.05,
              "output": 0.30,
              "cacheRead": 0,
              "cacheWrite": 0
            }
          },
          {
            "id": "aisa/deepseek-v3.1",
            "name": "DeepSeek V3.1",
            "reasoning": true,
            "input": ["text"],
            "contextWindow": 131072,
            "maxTokens": 8192,
            "supportsDeveloperRole": false,
            "cost": {
              "input": 0.27,
              "output": 1.10,
              "cacheRead": 0.07,
              "cacheWrite": 0
            }
          },
          {
            "id": "aisa/kimi-k2.5",
            "name": "Kimi K2.5",
            "reasoning": true,
            "input": ["text"],
            "contextWindow": 131072,
            "maxTokens": 8192,
            "supportsDeveloperRole": false,
            "cost": {
              "input": 0.60,
              "output": 2.40,
              "cacheRead": 0,
              "cacheWrite": 0
            }
          }
        ]
      }
    }
  },
  "agents": {
    "defaults": {
      "model": {
        "primary": "aisa/qwen3-max"
      }
    }
  }
}
`;

/** A hand-written config: comments of every kind, single quotes, unquoted keys, trailing commas,
 *  two other providers, channels, a gateway block and a default model that is not AIsa's. */
export const COMMENTED_CONFIG = `// OpenClaw config — hand-written, keep my comments!
{
  /* gateway settings */
  gateway: { mode: 'local', port: 18789 },
  models: {
    mode: 'merge', // keep built-in catalog too
    providers: {
      // my local llama box
      ollama: {
        baseUrl: 'http://127.0.0.1:11434/v1',
        apiKey: 'ollama-local',
        api: 'openai-completions',
        models: [{ id: 'llama3.3', name: 'Llama 3.3', contextWindow: 32768, maxTokens: 4096 }],
      },
      openrouter: {
        baseUrl: 'https://openrouter.ai/api/v1',
        apiKey: '\${OPENROUTER_API_KEY}',
        api: 'openai-completions',
        models: [{ id: 'anthropic/claude-sonnet-4.5', name: 'Claude Sonnet 4.5 (OR)' }],
      },
    },
  },
  channels: {
    // telegram bot, disabled for now
    telegram: { enabled: false, botToken: '123456:ABCDEF', dmPolicy: 'pairing' },
    discord: { enabled: false },
  },
  agents: {
    defaults: {
      model: { primary: 'ollama/llama3.3', fallbacks: ['openrouter/anthropic/claude-sonnet-4.5'] },
      models: { 'ollama/llama3.3': { alias: 'llama' } },
      workspace: '~/clawd', // my workspace
    },
  },
}

`;

/** Lines of COMMENTED_CONFIG that must survive any edit byte for byte. */
export const COMMENTED_MARKERS = [
  '// OpenClaw config — hand-written, keep my comments!',
  '/* gateway settings */',
  "mode: 'merge', // keep built-in catalog too",
  '// my local llama box',
  "// telegram bot, disabled for now",
  "telegram: { enabled: false, botToken: '123456:ABCDEF', dmPolicy: 'pairing' },",
  "workspace: '~/clawd', // my workspace",
];

/** A config whose `models` block lives in another file through `$include`. */
export const INCLUDE_MAIN = `// main file: models are kept in a separate file
{
  models: { $include: './models.json5' },
  agents: { defaults: { model: { primary: 'local/llama3.3' } } },
}
`;

export const INCLUDE_MODELS = `// included: provider definitions
{
  providers: {
    local: {
      baseUrl: 'http://127.0.0.1:11434/v1',
      apiKey: 'ollama-local',
      api: 'openai-completions',
      models: [{ id: 'llama3.3', name: 'Llama 3.3' }],
    },
  },
}
`;

/** Every id of AIsa's 2026-09-30 catalog (data/catalog/aisa-models.json): what a key listed then. */
export const SEPTEMBER_IDS = JSON.parse(readFileSync(new URL('../../data/catalog/aisa-models.json', import.meta.url), 'utf8'))
  .filter((m) => m.listed.includes('2026-09-30'))
  .map((m) => m.id);

/** A config from AIsa's February script era, naming ids AIsa has since retired. */
export const RETIRED_IDS_EXAMPLE = `// set up in February
{
  models: {
    providers: {
      aisa: {
        baseUrl: "https://api.aisa.one/v1",
        apiKey: "\${AISA_API_KEY}",
        api: "openai-completions",
        models: [
          { id: "gpt-5", name: "GPT-5 (AISA)", contextWindow: 128000, maxTokens: 8192 },
          { id: "gpt-5-mini", name: "GPT-5 Mini (AISA)" },
          { id: "claude-opus-4-1-20250805", name: "Claude Opus 4.1 (AISA)" },
          { id: "gemini-3-pro-preview", name: "Gemini 3 Pro Preview (AISA)" },
          { id: "gpt-oss-120b", name: "GPT OSS 120B (AISA)" },
          { id: "qwen3-max", name: "Qwen3 Max (AISA)" },
        ],
      },
    },
  },
  agents: {
    defaults: {
      model: { primary: "aisa/gpt-5", fallbacks: ["aisa/claude-opus-4-1-20250805", "aisa/gpt-oss-120b", "aisa/gemini-3-pro-preview"] },
      models: { "aisa/gpt-5": {}, "aisa/gpt-5-mini": {}, "aisa/qwen3-max": {} },
    },
  },
}
`;
