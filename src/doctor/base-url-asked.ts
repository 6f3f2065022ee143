import { normalizeBaseUrl } from '../gateway/url.js';
import { t } from '../i18n/index.js';

function normal(url: string | undefined): string | undefined {
  try {
    return url ? normalizeBaseUrl(url) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The base-url check reads the config's address, but the network checks ask --base-url or
 * AISA_BASE_URL when one is set: said beside the config's, so the report never shows one address
 * as checked while another was. Undefined when the two are the same (or none overrides).
 */
export function baseUrlAskedNote(configured: string, asked: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const requested = normal(asked);
  if (!requested || requested === normal(configured)) return undefined;
  const from = normal(env.AISA_BASE_URL) === requested ? 'AISA_BASE_URL' : '--base-url';
  return t().doctor.baseUrlAsked(requested, from);
}

/** `message` with the note after it, when there is one. */
export function withBaseUrlAsked(message: string, configured: string, asked: string | undefined, env: NodeJS.ProcessEnv): string {
  const note = baseUrlAskedNote(configured, asked, env);
  return note ? `${message}${t().gateway.sentenceJoin}${note}` : message;
}
