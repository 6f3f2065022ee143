/**
 * The AIsa model rows OpenClaw shows: offline, the curated models that can chat; live, every model
 * the key lists that can chat, with our catalog's metadata where we have it. Translation, image,
 * embedding and other models are left out: an agent turn cannot run on them (model-kind.ts).
 * No network here: the manifest is built from this module too.
 */
import type { ModelDefinition, ProviderConfig } from 'openclaw-plugin-types';
import { canBeChatModel, CURATED, providerModelEntry } from '../src/catalog.js';
import type { LiveModel } from '../src/gateway/schema.js';

export const PROVIDER_ID = 'aisa';

/** A model an agent can run on: the gateway's explicit tags, AIsa's catalog, then the name (src/model-kind.ts). */
export function chatCapable(id: string, endpointTypes?: readonly string[]): boolean {
  return canBeChatModel(id, endpointTypes);
}

function definition(id: string): ModelDefinition {
  // A fresh copy: OpenClaw may normalise what it is given in place.
  return JSON.parse(JSON.stringify(providerModelEntry(id))) as ModelDefinition;
}

/** The curated core rows that can chat (checked here, not assumed from the core list). */
export function offlineModels(): ModelDefinition[] {
  return CURATED.filter((id) => chatCapable(id)).map(definition);
}

/** The key's live models that can chat, in the gateway's order. */
export function liveChatModels(models: readonly LiveModel[]): ModelDefinition[] {
  return models.filter((m) => chatCapable(m.id, m.supported_endpoint_types)).map((m) => definition(m.id));
}

export function providerConfig(baseUrl: string, models: ModelDefinition[], apiKey?: string): ProviderConfig {
  return { baseUrl, api: 'openai-completions', ...(apiKey ? { apiKey } : {}), models };
}
