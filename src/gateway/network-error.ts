import { ExitCode } from '../errors.js';
import { GatewayError } from './error.js';
import { t } from '../i18n/index.js';
import type { DiagnoseContext } from './diagnose.js';
import { DEFAULT_BASE_URL } from './url.js';

// Failures where no HTTP answer came back at all: DNS, TLS, refused, reset, timeout, a proxy, or
// bytes that are not HTTP.

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Every `code` on the error, its causes and aggregated errors (happy eyeballs gives AggregateError). */
function codesOf(err: unknown, seen = new Set<unknown>()): string[] {
  if (err === null || typeof err !== 'object' || seen.has(err)) return [];
  seen.add(err);
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown; message?: unknown };
  const out: string[] = typeof e.code === 'string' ? [e.code] : [];
  const msg = typeof e.message === 'string' ? e.message : '';
  // undici reports a refused CONNECT only in its message: "Proxy response (407) !== 200 when HTTP Tunneling".
  const proxy = msg.match(/Proxy response \((\d+)\)|Proxy Authentication Required \((\d+)\)/);
  if (proxy) out.push(`PROXY_${proxy[1] ?? proxy[2]}`);
  out.push(...codesOf(e.cause, seen));
  if (Array.isArray(e.errors)) for (const x of e.errors) out.push(...codesOf(x, seen));
  return out;
}

const UNTRUSTED = new Set([
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_UNTRUSTED',
]);

/** Turns a thrown network error (no HTTP answer at all) into the error a user can act on. */
export function errorFromNetwork(error: unknown, ctx: DiagnoseContext): GatewayError {
  const m = t().gateway;
  const host = hostOf(ctx.baseUrl);
  const proxy = ctx.proxy ?? '?';
  const codes = codesOf(error);
  const has = (...c: string[]): boolean => codes.some((x) => c.includes(x));
  const mk = (kind: string, message: string, fix: string): GatewayError =>
    new GatewayError(kind, ExitCode.network, message, fix, {}, error);

  if (has('AISA_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT')) {
    return mk('timeout', m.timeout(Math.round(ctx.timeoutMs / 100) / 10, host), m.timeoutFix);
  }
  if (has('PROXY_407')) return mk('proxy-auth', m.proxyAuth(proxy), m.proxyAuthFix);
  const proxyStatus = codes.find((c) => c.startsWith('PROXY_'));
  if (proxyStatus) return mk('proxy-failed', m.proxyFailed(proxy, `HTTP ${proxyStatus.slice(6)}`), m.proxyFailedFix);
  const tls = codes.find((c) => UNTRUSTED.has(c));
  if (tls) return mk('tls-untrusted', m.tlsUntrusted(host, tls), m.tlsUntrustedFix);
  if (has('CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID')) return mk('tls-expired', m.tlsExpired(host), m.tlsExpiredFix);
  if (has('ERR_TLS_CERT_ALTNAME_INVALID')) return mk('tls-hostname', m.tlsHostname(host), m.tlsHostnameFix);
  if (has('ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME')) {
    // The default address is spelled right: only a chosen one (--base-url, AISA_BASE_URL, config) may be mistyped.
    return mk('dns-failure', m.dns(host, !has('ENOTFOUND', 'EAI_NONAME')), ctx.baseUrl === DEFAULT_BASE_URL ? m.dnsFixDefault : m.dnsFix(ctx.baseUrl));
  }
  if (has('ECONNREFUSED')) {
    const fix = ctx.proxy || !ctx.baseUrlFromEnv ? m.refusedFix : m.refusedFixEnv(ctx.baseUrl);
    return mk('connection-refused', m.refused(ctx.proxy ? proxy : host), fix);
  }
  if (has('ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE')) return mk('connection-reset', m.reset(host), m.resetFix);
  // node:http's parser (HPE_*) and undici's (UND_ERR_INFO, "Parse Error"): bytes came, but not HTTP.
  if (codes.some((c) => c.startsWith('HPE_')) || has('UND_ERR_INFO', 'UND_ERR_RESPONSE')) {
    return mk('not-http', t().answers.notHttp(host), t().answers.notHttpFix);
  }
  return mk('network', m.network(host, codes[0] ?? (error instanceof Error ? error.name : 'unknown')), m.networkFix);
}

/** The proxy undici will use for this URL under these settings, without its credentials. */
export function proxyShownFor(url: string, cfg: { httpProxy?: string; httpsProxy?: string; noProxy?: string }): string | undefined {
  const u = new URL(url);
  const p = u.protocol === 'https:' ? (cfg.httpsProxy ?? cfg.httpProxy) : cfg.httpProxy;
  if (!p) return undefined;
  const host = u.hostname.toLowerCase();
  const bypass = (cfg.noProxy ?? '').split(/[,\s]+/).filter(Boolean).some((e) => {
    const h = e.replace(/^\*?\./, '').replace(/:\d+$/, '').toLowerCase();
    return e === '*' || host === h || host.endsWith(`.${h}`);
  });
  if (bypass) return undefined;
  try {
    const pu = new URL(p);
    return `${pu.protocol}//${pu.host}`;
  } catch {
    return p.replace(/\/\/[^@/]*@/, '//');
  }
}
