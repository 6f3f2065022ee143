import { replacementFor } from '../catalog.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import { GatewayError, type GatewayErrorDetails as Details } from './error.js';
import { t } from '../i18n/index.js';
import { maskKey, redact } from '../secret.js';
import { parseErrorBody, tryJson } from './schema.js';
import type { RawResponse } from './transport.js';
import { DEFAULT_BASE_URL } from './url.js';

export interface DiagnoseContext {
  /** Normalized base URL (…/v1). */
  baseUrl: string;
  /** Only ever shown masked; also scrubbed from anything the gateway echoes back. */
  key: string;
  path: '/models' | '/chat/completions';
  model?: string;
  timeoutMs: number;
  /** The proxy in use for this URL, if any (shown without credentials). */
  proxy?: string;
}

/** Gateways sometimes echo the token back ("invalid token sk-…"): never let it through. */
function scrub(text: string, key: string): string {
  return redact(text, [key, key.trim()]).replace(/\bsk-[A-Za-z0-9_-]{8,}/g, (m) => maskKey(m));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const REQUEST_ID = /request[ _-]?id[:：]?\s*([A-Za-z0-9_-]+)/i;

/** Our sentence, then the gateway's own words and request id: support traces a failure by that id. */
function withGateway(message: string, d: Details): string {
  const parts = [message];
  if (d.gatewayMessage) parts.push(t().gateway.gatewaySaid(d.gatewayMessage));
  if (d.requestId && !d.gatewayMessage?.includes(d.requestId)) parts.push(`(${t().gateway.requestId(d.requestId)})`);
  return parts.join(t().gateway.sentenceJoin);
}

/** The model a "no channel" message names: `…for model qwen3-plus…` / `…对于模型 qwen3-plus 无可用渠道`. */
function modelInMessage(text: string | undefined): string | undefined {
  return text?.match(/(?:model|模型)[\s:：]*[`'"“]?([A-Za-z0-9][\w.:/-]*[A-Za-z0-9])/i)?.[1];
}

const CHANNEL = /no available channel|无可用渠道|无可用通道|model_not_found|no channel/i;

/** Turns any non-2xx answer (or a 2xx that is not JSON) into the error a user can act on. */
export function errorFromResponse(res: RawResponse, ctx: DiagnoseContext): GatewayError {
  const m = t().gateway;
  const json = tryJson(res.body);
  const parsed = json === undefined ? undefined : parseErrorBody(json);
  const type = res.headers['content-type']?.split(';')[0]?.trim() ?? '';
  const d: Details = { status: res.status };
  if (parsed?.message) d.gatewayMessage = scrub(parsed.message.trim(), ctx.key);
  const rid = d.gatewayMessage?.match(REQUEST_ID)?.[1] ?? res.headers['x-request-id'] ?? res.headers['x-oneapi-request-id'];
  if (rid) d.requestId = rid;
  const text = `${parsed?.message ?? ''} ${parsed?.type ?? ''} ${parsed?.code ?? ''}`;
  const masked = maskKey(ctx.key.trim());
  const err = (kind: string, code: ExitCodeValue, message: string, fix: string): GatewayError =>
    new GatewayError(kind, code, withGateway(message, d), fix, d);

  if (res.status === 407) return err('proxy-auth', ExitCode.network, m.proxyAuth(ctx.proxy ?? '?'), m.proxyAuthFix);
  if (res.status === 404 && ctx.path === '/models') {
    // Our own default answering 404 is the gateway's fault, not a wrong flag: 5, else the user's URL is wrong: 2.
    const code = ctx.baseUrl === DEFAULT_BASE_URL ? ExitCode.network : ExitCode.usage;
    return err('base-url-not-found', code, m.baseUrlNotFound(ctx.baseUrl), m.baseUrlNotFoundFix);
  }
  const isHtml = /html|xml/i.test(type) || /^\s*</.test(res.body);
  // A portal or proxy answers 200/302/403/511 with a page; a 5xx page is the gateway's own load balancer.
  const portal = (res.status < 500 || res.status === 511) && res.status !== 429;
  if (json === undefined && portal && (isHtml || res.status < 400 || res.body.trim() !== '')) {
    const what = isHtml ? 'HTML' : type || (res.body.trim() ? 'text' : '');
    // The page to open is on the host actually asked (--base-url or the config's), not always AIsa's.
    return err('not-json', ExitCode.network, m.notJson(res.status, what), m.notJsonFix(`${ctx.baseUrl}/models`));
  }
  if (res.status === 401) {
    if (/expired|过期/i.test(text)) return err('key-expired', ExitCode.auth, m.keyExpired(masked), m.keyExpiredFix);
    if (/quota|额度/i.test(text)) return err('key-quota-exhausted', ExitCode.auth, m.keyQuota(masked), m.keyQuotaFix);
    return err('key-invalid', ExitCode.auth, m.keyInvalid(masked), m.keyInvalidFix);
  }
  if (res.status === 403) {
    if (/banned|disabled|封禁|禁用/i.test(text)) return err('account-banned', ExitCode.auth, m.banned, m.bannedFix);
    if (/balance|quota|insufficient|not enough|余额|额度|欠费/i.test(text)) return err('balance-exhausted', ExitCode.auth, m.balance, m.balanceFix);
    if (/model|group|分组|模型|无权/i.test(text)) {
      d.model = modelInMessage(parsed?.message) ?? ctx.model;
      return err('model-not-allowed', ExitCode.auth, m.modelNotAllowed(d.model), m.modelNotAllowedFix);
    }
    return err('key-forbidden', ExitCode.auth, m.forbidden, m.forbiddenFix);
  }
  if (CHANNEL.test(text) || (res.status === 404 && ctx.path === '/chat/completions')) {
    d.model = ctx.model ?? modelInMessage(parsed?.message);
    const replacement = d.model ? replacementFor(d.model) : undefined;
    if (replacement) d.replacement = replacement;
    const fix = d.model && replacement ? m.modelUnavailableReplace(d.model, replacement) : m.modelUnavailableFix;
    return err('model-unavailable', ExitCode.network, m.modelUnavailable(d.model), fix);
  }
  if (res.status === 429) {
    const after = Number(res.headers['retry-after']);
    return err('rate-limited', ExitCode.network, m.rateLimited(Number.isFinite(after) && after > 0 ? Math.ceil(after) : undefined), m.rateLimitedFix);
  }
  if (/temperature/i.test(text) && /only 1|只.*1/i.test(text)) {
    d.model = ctx.model;
    return err('temperature-one', ExitCode.failure, m.temperatureOne(ctx.model), m.temperatureOneFix(ctx.model));
  }
  if (res.status >= 500) return err('server-error', ExitCode.network, m.serverError(res.status), m.serverErrorFix);
  return err('request-rejected', ExitCode.failure, m.requestRejected(res.status), m.requestRejectedFix);
}

/** A 2xx JSON answer that zod refused: the URL probably points at something that is not the gateway. */
export function badResponse(res: RawResponse, detail: string, gatewayMessage?: string, key = ''): GatewayError {
  const m = t().gateway;
  const d: Details = { status: res.status };
  if (gatewayMessage) d.gatewayMessage = scrub(gatewayMessage, key);
  return new GatewayError('bad-response', ExitCode.network, withGateway(m.badResponse(detail), d), m.badResponseFix, d);
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
  if (has('ECONNREFUSED')) return mk('connection-refused', m.refused(ctx.proxy ? proxy : host), m.refusedFix);
  if (has('ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE')) return mk('connection-reset', m.reset(host), m.resetFix);
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
