import type { Channel, ProxyConfig } from './channel.js';
export type { ProxyConfig } from './channel.js';
import { openDirectChannel } from './direct.js';
import { VERSION } from '../version.js';

export interface TransportOptions {
  /** Per attempt: connect + headers + body. Default 15000 (the contract's --timeout 15). */
  timeoutMs?: number;
  /** Where HTTPS_PROXY/HTTP_PROXY/NO_PROXY come from; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Extra trusted CA (PEM), for tests; users have NODE_EXTRA_CA_CERTS. */
  ca?: string;
  /** Wait before the one retry on a 5xx or a reset connection. Default 500. */
  retryDelayMs?: number;
  /** Longest Retry-After (429) we wait for before giving up. Default 5000. */
  maxRetryAfterMs?: number;
  /** One attempt only (the balance routes: never worth a longer run). */
  noRetry?: boolean;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  latencyMs: number;
  attempts: number;
  /** The body went past MAX_BODY: reading stopped there and `body` is its start. */
  truncated?: true;
  /** Bytes received (before decoding: undecodable bytes become U+FFFD, three bytes each). */
  bytes?: number;
}

export interface OutgoingRequest {
  method: 'GET' | 'POST';
  url: string;
  key: string;
  json?: unknown;
  /** Ends the attempt early (as a timeout): the caller no longer wants the answer. */
  signal?: AbortSignal;
}

/** Thrown when an attempt ran out of time; diagnose.ts turns it into the `timeout` error. */
export class TimeoutError extends Error {
  readonly code = 'AISA_TIMEOUT';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}


/** Lower case first, as curl and undici read them. Explicit so tests never touch process.env. */
export function proxyConfigFromEnv(env: NodeJS.ProcessEnv): ProxyConfig {
  const pick = (name: string): string | undefined => env[name.toLowerCase()] || env[name.toUpperCase()] || undefined;
  const out: ProxyConfig = {};
  const http = pick('http_proxy');
  const https = pick('https_proxy');
  const no = pick('no_proxy');
  if (http) out.httpProxy = http;
  if (https) out.httpsProxy = https;
  if (no) out.noProxy = no;
  return out;
}

/** node:http(s) for a direct connection; undici, loaded on demand, when a proxy variable is set. */
async function openChannel(opts: TransportOptions, timeoutMs: number): Promise<Channel> {
  const channelOpts = { timeoutMs, ...(opts.ca ? { ca: opts.ca } : {}) };
  const proxy = proxyConfigFromEnv(opts.env ?? process.env);
  if (!proxy.httpProxy && !proxy.httpsProxy) return openDirectChannel(channelOpts);
  const { openProxiedChannel } = await import('../load/proxy.js');
  return openProxiedChannel(channelOpts, proxy);
}

function headersOf(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/**
 * Bodies beyond this (bytes) are not the small JSON we expect (a portal page, a dump): keep the
 * start and stop reading, so a 50 MB answer costs no more time than a 2 MB one.
 */
export const MAX_BODY = 2 * 1024 * 1024;

async function attempt(req: OutgoingRequest, channel: Channel, timeoutMs: number): Promise<RawResponse> {
  const controller = new AbortController();
  const timeoutError = new TimeoutError(timeoutMs);
  // One timer covers connect, headers and body. The race matters: undici 7 does not abort a request
  // queued behind a proxy CONNECT that never answers (measured), so the signal alone would hang.
  const timedOut = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', () => reject(timeoutError), { once: true }));
  const timer = setTimeout(() => controller.abort(timeoutError), timeoutMs);
  const giveUp = () => controller.abort(timeoutError);
  if (req.signal?.aborted) giveUp();
  req.signal?.addEventListener('abort', giveUp, { once: true });
  // hrtime, not performance.now(): the global `performance` loads perf_hooks (~4 ms on Node 24).
  const started = process.hrtime.bigint();
  const work = (async (): Promise<RawResponse> => {
    const headers: Record<string, string> = { authorization: `Bearer ${req.key}`, 'user-agent': `aisa-setup/${VERSION}` };
    if (req.json !== undefined) headers['content-type'] = 'application/json';
    const body = req.json === undefined ? null : JSON.stringify(req.json);
    const res = await channel.exchange({ method: req.method, url: req.url, headers, body }, controller.signal);
    // Bytes first, decoded once: a UTF-8 character split between two packets must stay whole.
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    // Leaving the loop early destroys the stream (and its socket): the rest is never downloaded.
    for await (const chunk of res.body) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      chunks.push(bytes);
      size += bytes.length;
      if (size > MAX_BODY) {
        truncated = true;
        break;
      }
    }
    const text = Buffer.concat(chunks).subarray(0, MAX_BODY).toString('utf8');
    const out: RawResponse = { status: res.status, headers: headersOf(res.headers), body: text, latencyMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6), attempts: 1 };
    if (truncated) out.truncated = true;
    else out.bytes = size;
    return out;
  })();
  // The loser of the race rejects later (e.g. "client destroyed"): that is expected, not unhandled.
  work.catch(() => undefined);
  timedOut.catch(() => undefined);
  try {
    return await Promise.race([work, timedOut]);
  } catch (err) {
    if (controller.signal.aborted) throw timeoutError;
    throw err;
  } finally {
    clearTimeout(timer);
    req.signal?.removeEventListener('abort', giveUp);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** "No available channel" and "no price set" are facts about the model, not passing hiccups: retrying cannot help. */
function isChannelError(res: RawResponse): boolean {
  return /no available channel|无可用渠道|无可用通道|model_price_error|倍率或价格未配置|ratio or price not set/i.test(res.body);
}

function isResetError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE';
}

/**
 * One request, retried at most once: after a 5xx or a reset connection (a short backoff), or
 * after a 429 whose Retry-After is within the bound. Timeouts are not retried: the user asked
 * for an answer within --timeout, not twice that.
 */
export async function send(req: OutgoingRequest, opts: TransportOptions = {}): Promise<RawResponse> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const channel = await openChannel(opts, timeoutMs);
  const backoff = opts.retryDelayMs ?? 500;
  try {
    let first: RawResponse;
    try {
      first = await attempt(req, channel, timeoutMs);
    } catch (err) {
      if (!isResetError(err) || opts.noRetry) throw err;
      await sleep(backoff);
      return { ...(await attempt(req, channel, timeoutMs)), attempts: 2 };
    }
    let wait: number | undefined;
    if (first.status >= 500 && !isChannelError(first)) wait = backoff;
    if (first.status === 429) {
      const after = retryAfterMs(first.headers['retry-after']);
      if (after !== undefined && after <= (opts.maxRetryAfterMs ?? 5000)) wait = after;
    }
    if (wait === undefined || opts.noRetry) return first;
    await sleep(wait);
    return { ...(await attempt(req, channel, timeoutMs)), attempts: 2 };
  } finally {
    await channel.close();
  }
}
