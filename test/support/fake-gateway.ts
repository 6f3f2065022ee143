// A stand-in for the AIsa gateway on 127.0.0.1: real sockets, the gateway's status codes and error
// bodies (`{ error: { message: "… (request id: …)", type, code } }`), and hooks for the ugly cases
// (hung answers, reset connections, HTML portals, TLS with a self-signed certificate).
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { CURATED, STALE_IDS, needsTemperatureOne } from '../../src/catalog.js';
import { PORTAL, streamBig } from './fake-bodies.js';
import { GATEWAY_ANSWERS, keyFor } from './gateway-answers.js';

export { hasOpenssl, makeSelfSignedCert } from './tls-cert.js';

/** Test-only keys: long enough to be masked as sk-…abcd, obviously fake. */
export const TEST_KEYS = {
  good: 'sk-fakeGood0123456789abcdefGHIJKLMNOPqrstuvwx',
  invalid: 'sk-fakeInvalid0123456789abcdefGHIJKLMNOPqrst',
  expired: 'sk-fakeExpired0123456789abcdefGHIJKLMNOPqrst',
  keyQuota: 'sk-fakeKeyQuota0123456789abcdefGHIJKLMNOPqrs',
  balance: 'sk-fakeBalance0123456789abcdefGHIJKLMNOPqrst',
  banned: 'sk-fakeBanned0123456789abcdefGHIJKLMNOPqrstu',
  group: 'sk-fakeGroup0123456789abcdefGHIJKLMNOPqrstuvw',
} as const;

/** What a key gets: `ok`, or an error on every route, or an error on chat only (balance, group). */
export type KeyBehaviour = 'ok' | { status: number; message: string; messageZh?: string; type?: string; code?: string; chatOnly?: boolean };

/** Every row of facts.md's table, each for its own key (keyFor(row)): added to whatever `keys` says. */
const ROW_KEYS: Record<string, KeyBehaviour> = Object.fromEntries(
  GATEWAY_ANSWERS.map((r) => {
    const b: KeyBehaviour = { status: r.status, message: r.en, messageZh: r.zh, type: r.type ?? 'new_api_error', chatOnly: r.where === 'chat' };
    if (r.code) b.code = r.code;
    return [keyFor(r), b];
  }),
);

const DEFAULT_KEYS: Record<string, KeyBehaviour> = {
  [TEST_KEYS.good]: 'ok',
  [TEST_KEYS.invalid]: { status: 401, message: 'Invalid token', messageZh: '无效的令牌', type: 'new_api_error' },
  [TEST_KEYS.expired]: { status: 401, message: 'This token has expired', messageZh: '该令牌已过期', type: 'new_api_error' },
  [TEST_KEYS.keyQuota]: { status: 401, message: 'This token quota is exhausted', messageZh: '该令牌额度已用尽', type: 'new_api_error' },
  // /v1/models does not check the balance (facts.md): only chat does.
  [TEST_KEYS.balance]: { status: 403, message: 'user quota is not enough', messageZh: '用户额度不足', type: 'new_api_error', code: 'insufficient_user_quota', chatOnly: true },
  [TEST_KEYS.banned]: { status: 403, message: 'User has been banned', messageZh: '用户已被封禁', type: 'new_api_error' },
  [TEST_KEYS.group]: { status: 403, message: 'This token has no access to model {model}', messageZh: '该令牌无权访问模型 {model}', type: 'new_api_error', chatOnly: true },
};

export const DEFAULT_LIVE_MODELS: readonly string[] = [
  ...CURATED,
  'qwen-mt-flash', // listed by AIsa, a translation model: it cannot run an agent
  'deepseek-r1',
  'gpt-4.1',
  'claude-sonnet-4-5',
  'qwen-vl-max',
  'some-new-model-2027',
  'qwen3-plus', // stale: listed, but chat answers 503 "no available channel"
];

export interface RouteOverride {
  status?: number;
  body?: string | object;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Accept the request and never answer. */
  hang?: boolean;
  /** Destroy the socket without an answer. */
  reset?: boolean;
  /** Answer 200 with a captive-portal HTML page. */
  html?: boolean;
  /** Write these bytes on the socket instead of an HTTP answer, then close it (not HTTP at all). */
  raw?: string | Buffer;
  /** Answer with these bytes as the body (with `status`, `headers`): binary garbage, cut-off JSON. */
  bytes?: Buffer;
  /** Answer 200 JSON with a body of this many bytes (a 50 MB dump), streamed. */
  size?: number;
  /** Apply this many times, then fall back to normal behaviour. Default: always. */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FakeGatewayOptions {
  keys?: Record<string, KeyBehaviour>;
  models?: readonly string[];
  /** `plain` is OpenAI's shape; the others add fields some gateways of this family send. */
  variant?: 'plain' | 'success' | 'endpoint-types';
  /** Models whose chat answer has empty content (kimi-k2.5 does this rarely). */
  emptyContent?: readonly string[];
  /** Answer "no available channel" in Chinese, as the gateway does for some groups (= lang 'zh'). */
  chineseErrors?: boolean;
  /** The language of the gateway's own error texts (older new-api builds always answer in Chinese). */
  lang?: 'en' | 'zh';
  /** /models failures as HTTP 200 `{ "success": false, "message" }`, as some builds answer. */
  successFalse?: boolean;
  /** Listed, but no working upstream now: chat answers 503 "no available channel". */
  downModels?: readonly string[];
  /** A chat to this model gets that row of GATEWAY_ANSWERS (no-price, upstream-saturated…). */
  modelAnswers?: Record<string, string>;
  /** `supported_endpoint_types` per id (variant 'endpoint-types' gives ['openai'] to the rest). */
  endpointTypes?: Record<string, readonly string[]>;
  /**
   * The billing routes (/v1/dashboard/billing/subscription and /usage). Absent: 404, as a gateway
   * that does not serve them. `error`: HTTP 200 `{ error }`, as new-api fails there. `html`: a page.
   */
  billing?: { hardLimitUsd: number; totalUsageCents: number; accessUntil?: number; delayMs?: number } | { error: string } | 'html';
  tls?: { key: string; cert: string };
  port?: number;
}

export interface FakeGateway {
  url: string;
  baseUrl: string;
  port: number;
  requests: RecordedRequest[];
  setRoute(method: string, path: string, override: RouteOverride | null): void;
  close(): Promise<void>;
}

let counter = 0;
const requestId = (): string => `20260301120000${String(++counter).padStart(6, '0')}fake${Math.random().toString(36).slice(2, 8)}`;


/** A loopback base URL where nothing listens (a fake gateway started and closed again): "unreachable". */
export async function closedGatewayUrl(): Promise<string> {
  const gw = await startFakeGateway();
  await gw.close();
  return gw.baseUrl;
}

export async function startFakeGateway(opts: FakeGatewayOptions = {}): Promise<FakeGateway> {
  const keys = { ...ROW_KEYS, ...(opts.keys ?? DEFAULT_KEYS) };
  const zh = opts.lang === 'zh' || opts.chineseErrors === true;
  const say = (en: string, zhText: string): string => (zh ? zhText : en);
  const fill = (text: string, model: string | undefined): string => text.replaceAll('{model}', model ?? '').replaceAll('{group}', 'vip');
  const models = opts.models ?? DEFAULT_LIVE_MODELS;
  const routes = new Map<string, RouteOverride>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const sendJson = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const sendError = (res: http.ServerResponse, status: number, message: string, type = 'new_api_error', code: string | null = null): void =>
    sendJson(res, status, { error: { message: `${message} (request id: ${requestId()})`, type, code } });

  // new-api answers its billing routes with HTTP 200 even on failure: `{ error: { message, type } }`.
  const billingAnswer = async (res: http.ServerResponse, path: string, behaviour: KeyBehaviour | undefined): Promise<void> => {
    const b = opts.billing!;
    if (b === 'html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(PORTAL);
    if ('error' in b || behaviour !== 'ok') {
      const message = 'error' in b ? b.error : say('Invalid token', '无效的令牌');
      return sendJson(res, 200, { error: { message, type: 'upstream_error' } });
    }
    if (b.delayMs) await new Promise((r) => setTimeout(r, b.delayMs));
    if (path.endsWith('/usage')) return sendJson(res, 200, { object: 'list', total_usage: b.totalUsageCents });
    sendJson(res, 200, {
      object: 'billing_subscription',
      has_payment_method: true,
      soft_limit_usd: b.hardLimitUsd,
      hard_limit_usd: b.hardLimitUsd,
      system_hard_limit_usd: b.hardLimitUsd,
      access_until: b.accessUntil ?? 0,
    });
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0]!;
    const routeKey = `${req.method} ${path}`;
    const override = routes.get(routeKey);
    if (override) {
      if (override.times !== undefined && --override.times <= 0) routes.delete(routeKey);
      if (override.delayMs) await new Promise((r) => setTimeout(r, override.delayMs));
      if (override.hang) return;
      if (override.reset) return void req.socket.destroy();
      if (override.html) return void res.writeHead(200, { 'content-type': 'text/html' }).end(PORTAL);
      if (override.raw !== undefined) return void req.socket.end(override.raw);
      if (override.bytes) return void res.writeHead(override.status ?? 200, { 'content-type': 'application/octet-stream', ...override.headers }).end(override.bytes);
      if (override.size !== undefined) return streamBig(res, override.size);
      if (override.status !== undefined || override.body !== undefined) {
        const b = override.body ?? '';
        const type = typeof b === 'string' && !/^\s*[{[]/.test(b) ? 'text/plain' : 'application/json';
        res.writeHead(override.status ?? 200, { 'content-type': type, ...override.headers });
        return void res.end(typeof b === 'string' ? b : JSON.stringify(b));
      }
    }
    const isModels = req.method === 'GET' && path === '/v1/models';
    const isChat = req.method === 'POST' && path === '/v1/chat/completions';
    const isBilling = req.method === 'GET' && (path === '/v1/dashboard/billing/subscription' || path === '/v1/dashboard/billing/usage');
    if (isBilling && opts.billing) return billingAnswer(res, path, keys[(req.headers.authorization ?? '').slice(7)]);
    if (!isModels && !isChat) return sendError(res, 404, `Invalid URL (${req.method} ${path})`, 'invalid_request_error');
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ')) return sendError(res, 401, say('No token provided', '未提供令牌'));
    const behaviour = keys[auth.slice(7)];
    if (!behaviour) return sendError(res, 401, say('Invalid token', '无效的令牌'));
    let chat: { model?: string; temperature?: number } = {};
    if (isChat) {
      try {
        chat = JSON.parse(body) as typeof chat;
      } catch {
        return sendError(res, 400, 'invalid request body', 'invalid_request_error');
      }
    }
    if (behaviour !== 'ok' && (!behaviour.chatOnly || isChat)) {
      const text = fill(say(behaviour.message, behaviour.messageZh ?? behaviour.message), chat.model);
      if (isModels && opts.successFalse) return sendJson(res, 200, { success: false, message: text });
      return sendError(res, behaviour.status, text, behaviour.type, behaviour.code ?? null);
    }
    if (isModels) {
      const data = models.map((id) => {
        const m: Record<string, unknown> = { id, object: 'model', created: 1735689600, owned_by: 'aisa' };
        const types = opts.endpointTypes?.[id] ?? (opts.variant === 'endpoint-types' ? ['openai'] : undefined);
        if (types) m.supported_endpoint_types = types;
        return m;
      });
      return sendJson(res, 200, opts.variant === 'success' ? { success: true, object: 'list', data } : { object: 'list', data });
    }
    const model = chat.model ?? '';
    const row = opts.modelAnswers?.[model] !== undefined ? GATEWAY_ANSWERS.find((r) => r.name === opts.modelAnswers![model]) : undefined;
    if (row) return sendError(res, row.status, fill(say(row.en, row.zh), model), row.type ?? 'new_api_error', row.code ?? null);
    if (!models.includes(model) || model in STALE_IDS || opts.downModels?.includes(model)) {
      const msg = say(`No available channel for model ${model} under group default (distributor)`, `当前分组 default 下对于模型 ${model} 无可用渠道`);
      return sendError(res, 503, msg, 'new_api_error', 'model_not_found');
    }
    if (needsTemperatureOne(model) && chat.temperature !== 1) {
      return sendError(res, 400, 'invalid temperature: only 1 is allowed for this model', 'invalid_request_error');
    }
    const content = opts.emptyContent?.includes(model) ? '' : 'pong';
    sendJson(res, 200, {
      id: `chatcmpl-${requestId()}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 8, completion_tokens: content ? 2 : 16, total_tokens: content ? 10 : 24 },
    });
  };

  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      handle(req, res, body).catch((err: unknown) => sendError(res, 500, String(err)));
    });
  };
  const server = opts.tls ? https.createServer({ key: opts.tls.key, cert: opts.tls.cert }, listener) : http.createServer(listener);
  // Track raw sockets so close() can end hung connections; TLS servers report the TCP socket here.
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('tlsClientError', () => undefined); // the client refusing our certificate is the point of TLS tests
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    url,
    baseUrl: `${url}/v1`,
    port,
    requests,
    setRoute(method, path, override) {
      const key = `${method.toUpperCase()} ${path}`;
      if (override) routes.set(key, { ...override });
      else routes.delete(key);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
