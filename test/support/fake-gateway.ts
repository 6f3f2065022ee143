// A stand-in for the AIsa gateway on 127.0.0.1: real sockets, the gateway's status codes and error
// bodies (`{ error: { message: "… (request id: …)", type, code } }`), and hooks for the ugly cases
// (hung answers, reset connections, HTML portals, TLS with a self-signed certificate).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOG, STALE_IDS, needsTemperatureOne } from '../../src/catalog.js';

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
export type KeyBehaviour = 'ok' | { status: number; message: string; type?: string; code?: string; chatOnly?: boolean };

const DEFAULT_KEYS: Record<string, KeyBehaviour> = {
  [TEST_KEYS.good]: 'ok',
  [TEST_KEYS.invalid]: { status: 401, message: 'Invalid token', type: 'aisa_api_error' },
  [TEST_KEYS.expired]: { status: 401, message: 'This token has expired', type: 'aisa_api_error' },
  [TEST_KEYS.keyQuota]: { status: 401, message: 'This token quota is exhausted', type: 'aisa_api_error' },
  // /v1/models does not check the balance (facts.md): only chat does.
  [TEST_KEYS.balance]: { status: 403, message: 'user quota is not enough', type: 'aisa_api_error', code: 'insufficient_user_quota', chatOnly: true },
  [TEST_KEYS.banned]: { status: 403, message: 'user has been banned', type: 'aisa_api_error' },
  [TEST_KEYS.group]: { status: 403, message: 'this token has no access to model {model} in group default', type: 'aisa_api_error', chatOnly: true },
};

export const DEFAULT_LIVE_MODELS: readonly string[] = [
  ...CATALOG.filter((m) => m.core).map((m) => m.id),
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
  /** Answer "no available channel" in Chinese, as the gateway does for some groups. */
  chineseErrors?: boolean;
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

const PORTAL = '<!DOCTYPE html><html><head><title>Wi-Fi login</title></head><body><form>Accept terms</form></body></html>';

export async function startFakeGateway(opts: FakeGatewayOptions = {}): Promise<FakeGateway> {
  const keys = opts.keys ?? DEFAULT_KEYS;
  const models = opts.models ?? DEFAULT_LIVE_MODELS;
  const routes = new Map<string, RouteOverride>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const sendJson = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const sendError = (res: http.ServerResponse, status: number, message: string, type = 'aisa_api_error', code: string | null = null): void =>
    sendJson(res, status, { error: { message: `${message} (request id: ${requestId()})`, type, code } });

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
      if (override.status !== undefined || override.body !== undefined) {
        const b = override.body ?? '';
        const type = typeof b === 'string' && !/^\s*[{[]/.test(b) ? 'text/plain' : 'application/json';
        res.writeHead(override.status ?? 200, { 'content-type': type, ...override.headers });
        return void res.end(typeof b === 'string' ? b : JSON.stringify(b));
      }
    }
    const isModels = req.method === 'GET' && path === '/v1/models';
    const isChat = req.method === 'POST' && path === '/v1/chat/completions';
    if (!isModels && !isChat) return sendError(res, 404, `Invalid URL (${req.method} ${path})`, 'invalid_request_error');
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ')) return sendError(res, 401, 'No token provided');
    const behaviour = keys[auth.slice(7)];
    if (!behaviour) return sendError(res, 401, 'Invalid token');
    let chat: { model?: string; temperature?: number } = {};
    if (isChat) {
      try {
        chat = JSON.parse(body) as typeof chat;
      } catch {
        return sendError(res, 400, 'invalid request body', 'invalid_request_error');
      }
    }
    if (behaviour !== 'ok' && (!behaviour.chatOnly || isChat)) {
      return sendError(res, behaviour.status, behaviour.message.replace('{model}', chat.model ?? ''), behaviour.type, behaviour.code ?? null);
    }
    if (isModels) {
      const data = models.map((id) => {
        const m: Record<string, unknown> = { id, object: 'model', created: 1735689600, owned_by: 'aisa' };
        if (opts.variant === 'endpoint-types') m.supported_endpoint_types = ['openai'];
        return m;
      });
      return sendJson(res, 200, opts.variant === 'success' ? { success: true, object: 'list', data } : { object: 'list', data });
    }
    const model = chat.model ?? '';
    if (!models.includes(model) || model in STALE_IDS) {
      const msg = opts.chineseErrors ? `当前分组 default 下对于模型 ${model} 无可用渠道` : `no available channel for model ${model} under group default`;
      return sendError(res, 503, msg, 'aisa_api_error', 'model_not_found');
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

/** Whether the openssl CLI is here to make a test certificate. */
export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A throwaway self-signed certificate for `hosts` (DNS names or IPs), generated at test time so
 * no private key is ever committed. Returns PEM strings; the temporary files are removed.
 */
export function makeSelfSignedCert(hosts: readonly string[] = ['localhost', '127.0.0.1']): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'aisa-fake-tls-'));
  try {
    const san = hosts.map((h) => (/^[\d.]+$|:/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', `/CN=${hosts[0] ?? 'localhost'}`,
        '-addext', `subjectAltName=${san}`, '-keyout', keyPath, '-out', certPath],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
