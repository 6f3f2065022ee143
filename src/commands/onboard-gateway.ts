import { lookupModel } from '../catalog.js';
import type { Context } from '../context.js';
import { t } from '../i18n/index.js';
import { DEFAULT_BASE_URL, checkKeyShape, normalizeBaseUrl } from '../gateway/url.js';
import { entryFor, type ProviderModelEntry } from '../openclaw/provider.js';

export interface GatewayView {
  baseUrl: string;
  /** Ids the key can use, or undefined when validation was skipped. */
  liveIds: string[] | undefined;
}

/**
 * Checks the key's shape, then asks the gateway which models it can use. The HTTP client is
 * loaded only here, so `--skip-validation` and `--help` never pay for it.
 */
export async function validateKey(ctx: Context, key: string, opts: { skip: boolean }): Promise<GatewayView> {
  const baseUrl = normalizeBaseUrl(ctx.opts.baseUrl ?? DEFAULT_BASE_URL);
  checkKeyShape(key);
  if (opts.skip) return { baseUrl, liveIds: undefined };
  const { listModels } = await import('../gateway/client.js');
  const res = await listModels({ baseUrl, apiKey: key, timeoutMs: ctx.opts.timeoutMs, env: ctx.io.env });
  return { baseUrl, liveIds: res.models.map((m) => m.id) };
}

/** Provider entries for the declared ids: catalog metadata, or conservative values said out loud. */
export function buildEntries(declared: string[], warn: (s: string) => void): ProviderModelEntry[] {
  return declared.map((id) => {
    const known = lookupModel(id);
    if (!known || known.metadataKnown === false) warn(t().onboard.unknownModel(id));
    return entryFor(id);
  });
}
