import { canBeChatModel, lookupModel, replacementFor } from '../catalog.js';
import { ExitCode, type ExitCodeValue } from '../errors.js';
import { GatewayError, type GatewayErrorDetails as Details } from './error.js';
import { t, listSep } from '../i18n/index.js';
import { maskKey, redact } from '../secret.js';
import { classifyAnswer, kindOfText, PARTY, type AnswerKind, type Party } from './answers.js';
import { whatArrived } from './body.js';
import { parseErrorBody, tryJson } from './schema.js';
import { MAX_BODY, type RawResponse } from './transport.js';
import { DEFAULT_BASE_URL } from './url.js';

export interface DiagnoseContext {
  /** Normalized base URL (…/v1). */
  baseUrl: string;
  /** Only ever shown masked; also scrubbed from anything the gateway echoes back. */
  key: string;
  path: '/models' | '/chat/completions';
  model?: string;
  timeoutMs: number;
  /** The base came from AISA_BASE_URL: a fix names the variable, not --base-url. */
  baseUrlFromEnv?: boolean;
  /** The proxy in use for this URL, if any (shown without credentials). */
  proxy?: string;
  /**
   * The ids the key's `/models` lists, where the caller has them (onboard's and doctor's probes):
   * a 503 "no channel" for a listed id is a dead upstream, for an unlisted one a stale id.
   */
  listed?: readonly string[];
}

/** Gateways sometimes echo the token back ("invalid token sk-…"): never let it through. */
function scrub(text: string, key: string): string {
  return redact(text, [key, key.trim()]).replace(/\bsk-[A-Za-z0-9_-]{8,}/g, (m) => maskKey(m));
}

const REQUEST_ID = /request[ _-]?id[:：]?\s*([A-Za-z0-9_-]+)/i;

/** Our sentence, then the gateway's own words and request id: support traces a failure by that id. */
function withGateway(message: string, d: Details): string {
  const parts = [message];
  if (d.gatewayMessage) parts.push(t().gateway.gatewaySaid(d.gatewayMessage));
  if (d.requestId && !d.gatewayMessage?.includes(d.requestId)) parts.push(t().gateway.requestId(d.requestId));
  return parts.join(t().gateway.sentenceJoin);
}

/** The model a message names: `…for model qwen3-plus…` / `…对于模型 qwen3-plus 无可用渠道`. */
function modelInMessage(text: string | undefined): string | undefined {
  return text?.match(/(?:model|模型)[\s:：]*[`'"“]?([A-Za-z0-9][\w.:/-]*[A-Za-z0-9])/i)?.[1];
}

function groupInMessage(text: string | undefined): string | undefined {
  return text?.match(/分组\s*([^\s，,。]+?)\s*(?:已被|下)|group\s+([\w.-]+)\s+(?:has|is)/i)?.slice(1).find(Boolean);
}

/** A few ids the key lists that can run an agent, the catalog's core ones first: "use …". */
function chatIdsListed(listed: readonly string[]): string[] {
  const usable = listed.filter((id) => !replacementFor(id) && canBeChatModel(id));
  const core = usable.filter((id) => lookupModel(id)?.core);
  return [...new Set([...core, ...usable])].slice(0, 3);
}

type Make = (kind: string, party: Party | undefined, code: ExitCodeValue, message: string, fix: string) => GatewayError;

/** Exit codes that do not follow from the party: a wait (5), a model that does not chat (2: choose another). */
const EXIT_OF: Partial<Record<AnswerKind, ExitCodeValue>> = { 'rate-limited': ExitCode.network, 'model-route-not-supported': ExitCode.usage };

/** What a chat answer of AIsa's may add to its words: how long to wait, which routes a model serves. */
export interface AnswerExtra {
  retryAfter?: number | undefined;
  raw?: unknown;
}

/** The error for a kind facts.md's table names; `text` is the gateway's message. */
function fromKind(kind: AnswerKind, status: number, ctx: DiagnoseContext, d: Details, text: string | undefined, make: Make, extra: AnswerExtra = {}): GatewayError {
  const m = t().gateway;
  const a = t().answers;
  const masked = maskKey(ctx.key.trim());
  const exit = EXIT_OF[kind] ?? (PARTY[kind] === 'gateway' ? ExitCode.network : ExitCode.auth);
  const err = (k: string, message: string, fix: string) => make(k, PARTY[kind], exit, message, fix);
  switch (kind) {
    case 'key-invalid':
      return err(kind, m.keyInvalid(masked, status), m.keyInvalidFix);
    case 'key-expired':
      return err(kind, m.keyExpired(masked), a.keyExpiredFix);
    case 'key-quota-exhausted':
      return err(kind, m.keyQuota(masked, status), m.keyQuotaFix);
    case 'key-not-received':
      return err(kind, a.keyNotReceived(status), a.keyNotReceivedFix);
    case 'key-revoked':
      return err(kind, a.keyRevoked(masked, status), m.keyExpiredFix);
    case 'price-over-max':
      d.model = ctx.model;
      return err(kind, a.priceOverMax(ctx.model, status), a.priceOverMaxFix);
    case 'spend-cap-reached':
      return err(kind, a.spendCap(masked, status), a.spendCapFix);
    case 'auth-unavailable':
      return err(kind, a.authUnavailable(status), a.gatewayFix);
    case 'rate-limited':
      return err(kind, m.rateLimited(extra.retryAfter), a.rateLimitedFix);
    case 'model-route-not-supported':
      return notChat(kind, ctx, d, text, extra.raw, err);
    case 'key-quota-low':
      return err(kind, a.keyQuotaLow(masked), m.keyQuotaFix);
    case 'key-disabled':
      return err(kind, a.keyDisabled(masked, status), a.keyDisabledFix);
    case 'key-ip-not-allowed':
      return err(kind, a.keyIp(masked), a.keyIpFix);
    case 'key-group-disabled':
      return err(kind, a.keyGroup(groupInMessage(text)), a.keyGroupFix);
    case 'model-not-allowed':
      d.model = modelInMessage(text) ?? ctx.model;
      return err(kind, a.modelNotAllowed(d.model), a.modelNotAllowedFix(d.model));
    case 'balance-exhausted':
      return err(kind, m.balance(status), m.balanceFix);
    case 'account-banned':
      return err(kind, a.banned(status), m.bannedFix);
    case 'gateway-database':
      return err(kind, a.database(status), a.gatewayFix);
    case 'model-no-price':
      d.model = ctx.model ?? modelInMessage(text);
      return err(kind, a.noPrice(d.model), a.noPriceFix);
    case 'upstream-saturated':
      return err(kind, a.saturated, a.saturatedFix);
    case 'upstream-error':
      d.model = ctx.model;
      return err(kind, a.upstream(ctx.model, status), a.upstreamFix);
    case 'no-channel':
      // On GET /models no model is asked for: the gateway itself is failing, and "see whether the key lists it" would meet the same answer.
      if (ctx.path === '/models') return make('server-error', 'gateway', ExitCode.network, m.serverError(status), m.serverErrorFix);
      return noChannel(ctx, d, text, (k, message, fix) => make(k, 'gateway', ExitCode.network, message, fix));
  }
}

/** `/v1/images/generations`-like routes in the words and in any route list of the error object. */
function routesIn(text: string | undefined, raw: unknown, asked: string): string[] {
  const found = [...(text ?? '').matchAll(/\/v1\/[a-z][\w/.-]*[a-z]/gi)].map((x) => x[0]);
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) {
      if (/route|endpoint/i.test(k) && Array.isArray(v)) found.push(...v.filter((r): r is string => typeof r === 'string'));
    }
  }
  return [...new Set(found)].filter((r) => !r.endsWith(asked));
}

/** 400 model_route_not_supported on chat: the model is not a chat model; say what it serves and what to use. */
function notChat(kind: string, ctx: DiagnoseContext, d: Details, text: string | undefined, raw: unknown, err: (k: string, message: string, fix: string) => GatewayError): GatewayError {
  const a = t().answers;
  d.model = ctx.model ?? modelInMessage(text);
  const routes = routesIn(text, raw, ctx.path);
  const use = ctx.listed ? chatIdsListed(ctx.listed.filter((id) => id !== d.model)) : [];
  return err(kind, a.notChat(d.model, routes.join(listSep())), use.length ? a.modelUse(use.join(listSep())) : a.notChatFix);
}

/**
 * 503 "no available channel": a stale id we know the successor of, an id the key lists whose
 * upstream is down now, or an id the key does not list (stale or unknown). Without the list we
 * cannot tell the last two apart, and say so.
 */
function noChannel(ctx: DiagnoseContext, d: Details, text: string | undefined, err: (k: string, message: string, fix: string) => GatewayError): GatewayError {
  const m = t().gateway;
  const a = t().answers;
  d.model = ctx.model ?? modelInMessage(text);
  const model = d.model;
  const replacement = model ? replacementFor(model) : undefined;
  if (model && replacement) {
    d.replacement = replacement;
    return err('model-unavailable', m.modelUnavailable(model), m.modelUnavailableReplace(model, replacement));
  }
  if (model && ctx.listed?.includes(model)) return err('model-down', a.modelDown(model), a.modelDownFix(model));
  if (model && ctx.listed) {
    const use = chatIdsListed(ctx.listed);
    return err('model-unavailable', a.modelUnlisted(model), use.length ? a.modelUse(use.join(listSep())) : m.modelUnavailableFix);
  }
  return err('model-unavailable', a.modelNoChannel(model), a.modelNoChannelFix);
}

/** A body that is not the JSON asked for, named for what it is. */
function fromBody(res: RawResponse, ctx: DiagnoseContext, make: Make): GatewayError {
  const a = t().answers;
  const arrived = whatArrived(res);
  const err = (kind: string, message: string, fix: string) => make(kind, undefined, ExitCode.network, message, fix);
  switch (arrived.what) {
    case 'html':
      // The page to open is on the host actually asked (--base-url or the config's), not always AIsa's.
      return err('not-json', a.htmlPage(res.status), t().gateway.notJsonFix(`${ctx.baseUrl}/models`));
    case 'too-large':
      return err('body-too-large', a.tooLarge(res.status, MAX_BODY / 1024 / 1024), a.tooLargeFix);
    case 'cut-off-json':
      return err('body-cut-off', a.cutOff(res.status, arrived.bytes), a.cutOffFix);
    case 'binary':
      return err('not-json', a.otherBody(res.status, a.what.binary(arrived.bytes)), a.otherBodyFix);
    case 'text':
      return err('not-json', a.otherBody(res.status, a.what.text(arrived.bytes, arrived.type)), a.otherBodyFix);
    case 'empty':
      return err('not-json', a.otherBody(res.status, a.what.empty), a.otherBodyFix);
  }
}

/** Turns any non-2xx answer (or a 2xx that is not JSON) into the error a user can act on. */
export function errorFromResponse(res: RawResponse, ctx: DiagnoseContext): GatewayError {
  const m = t().gateway;
  const json = res.truncated ? undefined : tryJson(res.body);
  const parsed = json === undefined ? undefined : parseErrorBody(json);
  const d: Details = { status: res.status };
  if (parsed?.message) d.gatewayMessage = scrub(parsed.message.trim(), ctx.key);
  const rid = parsed?.requestId ?? d.gatewayMessage?.match(REQUEST_ID)?.[1] ?? res.headers['x-request-id'] ?? res.headers['x-oneapi-request-id'];
  if (rid) d.requestId = rid;
  const make: Make = (kind, party, code, message, fix) => {
    if (party) d.party = party;
    return new GatewayError(kind, code, withGateway(message, d), fix, d);
  };
  const plain = (kind: string, code: ExitCodeValue, message: string, fix: string) => make(kind, undefined, code, message, fix);

  if (res.status === 407) return plain('proxy-auth', ExitCode.network, m.proxyAuth(ctx.proxy ?? '?'), m.proxyAuthFix);
  if (res.status === 404 && ctx.path === '/models') {
    // Our own default answering 404 is the gateway's fault, not a wrong flag: 5, else the user's URL is wrong: 2.
    const code = ctx.baseUrl === DEFAULT_BASE_URL ? ExitCode.network : ExitCode.usage;
    return plain('base-url-not-found', code, m.baseUrlNotFound(ctx.baseUrl), m.baseUrlNotFoundFix);
  }
  // A portal or proxy answers 200/302/403/511 with a page; a 5xx page is the gateway's own load balancer.
  const portal = (res.status < 500 || res.status === 511) && res.status !== 429;
  if (json === undefined && (res.truncated || (portal && (res.status < 400 || res.body.trim() !== '')))) return fromBody(res, ctx, make);
  const text = `${parsed?.message ?? ''} ${parsed?.type ?? ''} ${parsed?.code ?? ''}`;
  // Before the table: an upstream's 400 about temperature is its own rule, with its own fix.
  if (/temperature/i.test(text) && /only 1|只.*1/i.test(text)) {
    d.model = ctx.model;
    return plain('temperature-one', ExitCode.failure, m.temperatureOne(ctx.model), m.temperatureOneFix(ctx.model));
  }
  const kind = classifyAnswer({ status: res.status, message: parsed?.message, type: parsed?.type, code: parsed?.code, topLevelCode: parsed?.topLevelCode, path: ctx.path });
  const after = Number(res.headers['retry-after']);
  const extra: AnswerExtra = { retryAfter: Number.isFinite(after) && after > 0 ? Math.ceil(after) : undefined, raw: parsed?.raw };
  if (kind) return fromKind(kind, res.status, ctx, d, parsed?.message, make, extra);
  // Newer builds say only "Invalid token" (or nothing) for most token errors.
  if (res.status === 401) return fromKind('key-invalid', 401, ctx, d, parsed?.message, make);
  if (res.status === 403) return make('key-forbidden', 'key', ExitCode.auth, m.forbidden, m.forbiddenFix);
  if (res.status === 404 && ctx.path === '/chat/completions') return fromKind('no-channel', 404, ctx, d, parsed?.message, make);
  // AIsa's other 402s are all money the account or the key lacks: the account's is the likelier one.
  if (res.status === 402) return fromKind('balance-exhausted', 402, ctx, d, parsed?.message, make);
  if (res.status === 429) return fromKind('rate-limited', 429, ctx, d, parsed?.message, make, extra);
  if (res.status >= 500) return make('server-error', 'gateway', ExitCode.network, m.serverError(res.status), m.serverErrorFix);
  return plain('request-rejected', ExitCode.failure, m.requestRejected(res.status), m.requestRejectedFix);
}

/**
 * A 2xx JSON answer that zod refused, or `{ "success": false, "message" }` (new-api's other way to
 * fail on /models): read by its words first, then said for what it is.
 */
export function badResponse(res: RawResponse, detail: string, gatewayMessage?: string, key = '', ctx?: DiagnoseContext): GatewayError {
  const m = t().gateway;
  const d: Details = { status: res.status };
  if (gatewayMessage) d.gatewayMessage = scrub(gatewayMessage, key);
  const kind = gatewayMessage ? kindOfText(gatewayMessage) : undefined;
  if (kind && ctx) {
    return fromKind(kind, res.status, ctx, d, gatewayMessage, (k, party, code, message, fix) => {
      if (party) d.party = party;
      return new GatewayError(k, code, withGateway(message, d), fix, d);
    });
  }
  return new GatewayError('bad-response', ExitCode.network, withGateway(m.badResponse(detail), d), m.badResponseFix, d);
}

/** An accepted key whose list is empty: no `--model` can fix that, only the key's settings. */
export function noModelsError(key: string): GatewayError {
  const a = t().answers;
  return new GatewayError('no-models', ExitCode.auth, a.noModels(maskKey(key.trim())), a.noModelsFix, { status: 200, party: 'key' });
}
