/**
 * openclaw.plugin.json, as data: what OpenClaw reads without loading the plugin (the auth choice
 * and its `--aisa-api-key` flag, the env var, the offline model rows, the skill). The file at the
 * package root is written from this by `node scripts/plugin-manifest.mjs`; a unit test keeps the two
 * equal, so the curated rows never drift from src/catalog.ts.
 */
import { DEFAULT_MODEL } from '../src/catalog.js';
import { DEFAULT_BASE_URL } from '../src/gateway/url.js';
import { offlineModels, PROVIDER_ID } from './models.js';

export const SKILL_DIR = 'skills/aisa';

export function buildManifest(): Record<string, unknown> {
  return {
    id: PROVIDER_ID,
    name: 'AIsa',
    description: 'AIsa gateway for OpenClaw: Qwen, DeepSeek, Kimi, GLM, Claude, GPT and Gemini with one key (shipped by aisa-setup)',
    categories: ['models'],
    providers: [PROVIDER_ID],
    setup: { providers: [{ id: PROVIDER_ID, envVars: ['AISA_API_KEY'] }] },
    providerAuthChoices: [
      {
        provider: PROVIDER_ID,
        method: 'api-key',
        choiceId: 'aisa-api-key',
        choiceLabel: 'AIsa API key',
        choiceHint: 'one key for Qwen, DeepSeek, Kimi, GLM, Claude, GPT, Gemini',
        groupId: PROVIDER_ID,
        groupLabel: 'AIsa',
        groupHint: 'API key',
        optionKey: 'aisaApiKey',
        cliFlag: '--aisa-api-key',
        cliOption: '--aisa-api-key <key>',
        cliDescription: 'AIsa API key (checked against the gateway before it is saved)',
      },
    ],
    modelCatalog: {
      providers: {
        [PROVIDER_ID]: { baseUrl: DEFAULT_BASE_URL, api: 'openai-completions', defaultModel: DEFAULT_MODEL, models: offlineModels() },
      },
      // static: the curated rows are listed offline (after onboarding, or with AISA_API_KEY alone);
      // the discovery entry's live catalog still answers `models list --refresh`.
      discovery: { [PROVIDER_ID]: 'static' },
    },
    providerCatalogEntry: './dist/plugin/discovery.js',
    skills: [SKILL_DIR],
    configSchema: { type: 'object', additionalProperties: false, properties: {} },
  };
}
