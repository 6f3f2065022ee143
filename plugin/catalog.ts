/** The catalog hooks' network side: which base URL, and the key's live list with a curated fallback. */
import type { ProviderConfig } from 'openclaw-plugin-types';
import { DEFAULT_BASE_URL, listModels, normalizeBaseUrl } from '../src/gateway/client.js';
import { liveChatModels, offlineModels, providerConfig } from './models.js';

/**
 * `AISA_BASE_URL` (normalized like the CLI's `--base-url`) when set, else AIsa's. A value the CLI
 * would refuse (plain http:// to a remote host) throws: the key must never travel in clear.
 */
export function baseUrlFrom(env: NodeJS.ProcessEnv): string {
  const v = env.AISA_BASE_URL?.trim();
  return v ? normalizeBaseUrl(v) : DEFAULT_BASE_URL;
}

/** Live rows for this key; on any failure the curated rows, so a turn never depends on `/models`. */
export async function catalogFor(apiKey: string, env: NodeJS.ProcessEnv): Promise<ProviderConfig> {
  const baseUrl = baseUrlFrom(env);
  try {
    const list = await listModels({ baseUrl, apiKey, env, timeoutMs: 10_000 });
    const models = liveChatModels(list.models);
    return providerConfig(baseUrl, models.length > 0 ? models : offlineModels(), apiKey);
  } catch {
    return providerConfig(baseUrl, offlineModels(), apiKey);
  }
}
