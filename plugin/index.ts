/**
 * AIsa as an OpenClaw provider plugin (id `aisa`): `openclaw onboard --auth-choice aisa-api-key`,
 * `AISA_API_KEY` alone, the key's live chat models on `openclaw models list --refresh`, and
 * kimi-k2.5's temperature. Built only on OpenClaw's typed public SDK subpaths; bundled by
 * scripts/build.mjs into dist/plugin/index.js with those subpaths left for OpenClaw to provide.
 */
import type { CatalogContext, CatalogResult } from 'openclaw-plugin-types';
import { definePluginEntry } from 'openclaw/plugin-sdk/plugin-entry';
import { setLang } from '../src/i18n/both.js';
import { detectLang } from '../src/i18n/lang.js';
import { aisaAuthMethod } from './auth.js';
import { normalizeResolvedModel, prepareExtraParams } from './hooks.js';
import { baseUrlFrom, catalogFor } from './catalog.js';
import { offlineModels, PROVIDER_ID, providerConfig } from './models.js';

function forUs(ctx: CatalogContext): boolean {
  return ctx.providerIds === undefined || ctx.providerIds.includes(PROVIDER_ID);
}

async function liveCatalog(ctx: CatalogContext): Promise<CatalogResult> {
  if (!forUs(ctx)) return null;
  const auth = ctx.resolveProviderApiKey(PROVIDER_ID);
  const key = auth.discoveryApiKey ?? auth.apiKey;
  if (!key || !auth.apiKey) return null;
  const provider = await catalogFor(key, ctx.env);
  return { provider: { ...provider, apiKey: auth.apiKey } };
}

async function staticCatalog(ctx: CatalogContext): Promise<CatalogResult> {
  if (!forUs(ctx)) return null;
  return { provider: providerConfig(baseUrlFrom(ctx.env), offlineModels()) };
}

export default definePluginEntry({
  id: PROVIDER_ID,
  name: 'AIsa',
  description: 'AIsa gateway: Qwen, DeepSeek, Kimi, GLM, Claude, GPT and Gemini with one key',
  register(api) {
    setLang(detectLang(undefined, process.env));
    api.registerProvider({
      id: PROVIDER_ID,
      label: 'AIsa',
      envVars: ['AISA_API_KEY'],
      auth: [aisaAuthMethod()],
      catalog: { order: 'simple', run: liveCatalog },
      staticCatalog: { order: 'simple', run: staticCatalog },
      prepareExtraParams,
      normalizeResolvedModel: (ctx) => normalizeResolvedModel(ctx),
    });
  },
});
