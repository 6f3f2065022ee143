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

function aisaProvider() {
  return {
    id: PROVIDER_ID,
    label: 'AIsa',
    envVars: ['AISA_API_KEY'],
    auth: [aisaAuthMethod()],
    catalog: { order: 'simple' as const, run: liveCatalog },
    staticCatalog: { order: 'simple' as const, run: staticCatalog },
    prepareExtraParams,
    normalizeResolvedModel: (ctx: Parameters<typeof normalizeResolvedModel>[0]) => normalizeResolvedModel(ctx),
  };
}

/**
 * The same provider for OpenClaw's discovery pass (manifest `providerCatalogEntry`, via
 * dist/plugin/discovery.js): with `discovery: "static"` OpenClaw 2026.9.6 lists the manifest's rows
 * offline but asks a provider's live `catalog` on `models list --refresh` only when a discovery
 * entry supplies it (checked in the compat gate).
 */
export const providers = [aisaProvider()];

export default definePluginEntry({
  id: PROVIDER_ID,
  name: 'AIsa',
  description: 'AIsa gateway: Qwen, DeepSeek, Kimi, GLM, Claude, GPT and Gemini with one key',
  register(api) {
    setLang(detectLang(undefined, process.env));
    api.registerProvider(aisaProvider());
  },
});
