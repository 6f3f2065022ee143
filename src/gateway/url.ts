import { CliError, ExitCode } from '../errors.js';
import { listSep, t } from '../i18n/index.js';
import { maskKey } from '../secret.js';

export const DEFAULT_BASE_URL = 'https://api.aisa.one/v1';

/** Hosts where plain http:// cannot be sniffed on the way: the key never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(h) || h === '::1';
}

/**
 * `https://api.aisa.one` → `https://api.aisa.one/v1`; a trailing slash, query or fragment is dropped.
 * Plain http:// to anything but loopback is refused here, before a request could carry the key.
 */
export function normalizeBaseUrl(input: string): string {
  const raw = input.trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError('base-url-invalid', ExitCode.usage, t().gateway.baseUrlInvalid(raw), t().gateway.baseUrlFix);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CliError('base-url-invalid', ExitCode.usage, t().gateway.baseUrlInvalid(raw), t().gateway.baseUrlFix);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new CliError('base-url-insecure', ExitCode.usage, t().gateway.baseUrlInsecure(url.host), t().gateway.baseUrlInsecureFix);
  }
  // Credentials in the URL would be sent as Basic auth next to our Bearer header, and printed in messages.
  url.username = '';
  url.password = '';
  let path = url.pathname.replace(/\/+$/, '');
  // Users paste the endpoint they saw in docs; the base is everything before it.
  path = path.replace(/\/(models|chat\/completions)$/, '');
  if (!/\/v1$/.test(path)) path += '/v1';
  return `${url.protocol}//${url.host}${path}`;
}

export type KeyProblem = 'empty' | 'bearer' | 'assignment' | 'space' | 'newline' | 'quote' | 'nonAscii' | 'control';

/** What is wrong with a key's shape, in a stable order; an empty list means it may be sent. */
export function keyShapeProblems(key: string): KeyProblem[] {
  const found: KeyProblem[] = [];
  if (key.length === 0) return ['empty'];
  if (/^\s*bearer\s/i.test(key)) found.push('bearer');
  // A whole `AISA_API_KEY=…` line: the CLI reduces it to the key (tidyKey); OpenClaw's own prompt does not.
  if (/^\s*(export\s+|\$env:)?[A-Za-z_][A-Za-z0-9_]*\s*=/.test(key)) found.push('assignment');
  // The space after "Bearer" is part of that mistake, not a second one.
  if (/[ \t\u00a0\u3000]/.test(key.replace(/^\s*bearer\s+/i, ''))) found.push('space');
  if (/[\r\n]/.test(key)) found.push('newline');
  if (/["'`\u2018\u2019\u201c\u201d]/.test(key)) found.push('quote');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(key)) found.push('control');
  // Full-width letters, zero-width spaces and smart quotes come from chat apps and PDFs.
  if (/[^\u0000-\u007f]/.test(key.replace(/[\u00a0\u3000\u2018\u2019\u201c\u201d]/g, ''))) found.push('nonAscii');
  return found;
}

/**
 * Refuses a key that cannot be right before it is sent: undici would throw on a newline in a
 * header anyway, and a pasted `Bearer sk-…` yields a confusing 401. The key itself is never printed.
 */
export function checkKeyShape(key: string): void {
  const problems = keyShapeProblems(key);
  if (problems.length === 0) return;
  const m = t().gateway;
  if (problems[0] === 'empty') throw new CliError('key-missing', ExitCode.usage, m.keyEmpty, m.keyEmptyFix);
  const what = problems.map((p) => m.keyProblem[p as Exclude<KeyProblem, 'empty'>]).join(listSep());
  // Mask what the key probably is (without the wrapping) so the user recognises it: sk-…abcd.
  const core = key.trim().replace(/^bearer\s+/i, '').replace(/^(export\s+|\$env:)?[A-Za-z_][A-Za-z0-9_]*\s*=\s*/, '').replace(/^["'`\u201c\u2018]+|["'`\u201d\u2019]+$/g, '');
  throw new CliError('key-shape', ExitCode.usage, m.keyShape(maskKey(core), what), m.keyShapeFix);
}
