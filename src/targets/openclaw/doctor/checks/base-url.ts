import { DEFAULT_BASE_URL, normalizeBaseUrl } from '../../../../gateway/url.js';
import { withBaseUrlAsked } from '../../../../doctor/base-url-asked.js';
import { t } from '../../../../i18n/index.js';
import { needProvider, providerField } from '../guards.js';
import type { Check } from '../check.js';

/** What `--fix` writes for baseUrl, or undefined when only a person can choose (an invalid or insecure URL). */
export function fixedBaseUrl(raw: unknown): string | undefined {
  if (raw === undefined || raw === '') return DEFAULT_BASE_URL;
  if (typeof raw !== 'string') return undefined;
  try {
    const norm = normalizeBaseUrl(raw);
    return norm === raw ? undefined : norm;
  } catch {
    return undefined;
  }
}

export const baseUrl: Check = {
  id: 'base-url',
  async run(facts) {
    const m = t().doctor;
    const skip = needProvider(facts);
    if (skip) return skip;
    const { path, file } = await providerField(facts, 'baseUrl');
    const raw = (facts.provider as { baseUrl?: unknown }).baseUrl;
    if (raw === undefined || raw === '') return { status: 'fail', message: m.baseUrlMissing, path, file, fix: m.setFix(file, path, DEFAULT_BASE_URL) };
    if (typeof raw !== 'string') return { status: 'fail', message: m.baseUrlInvalid(JSON.stringify(raw)), path, file, fix: m.setFixManual(file, path, DEFAULT_BASE_URL) };
    let norm: string;
    try {
      norm = normalizeBaseUrl(raw);
    } catch (e) {
      return { status: 'fail', message: (e as Error).message, path, file, fix: m.setFixManual(file, path, DEFAULT_BASE_URL) };
    }
    if (norm === raw) return { status: 'pass', message: withBaseUrlAsked(m.baseUrlOk(raw), raw, facts.input.baseUrl, facts.input.env), path, file };
    // Without /v1 every request 404s; a trailing slash or a pasted /models only looks untidy.
    const noV1 = !/\/v1\/?$/.test(new URL(raw.trim()).pathname.replace(/\/(models|chat\/completions)\/?$/, ''));
    return { status: noV1 ? 'fail' : 'warn', message: noV1 ? m.baseUrlNoV1(raw) : m.baseUrlUntidy(raw, norm), path, file, fix: m.setFix(file, path, norm) };
  },
};
