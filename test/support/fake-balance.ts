// The balance routes of the fake gateway: AIsa's own `GET /v1/credits/balance` (facts.md, "AIsa
// today": integer micro-dollars, the key's cap and the account's wallet apart) and new-api's copies of
// OpenAI's old billing routes (facts.md, "Gateway answers"), each answering as its gateway does.
import type http from 'node:http';
import { PORTAL } from './fake-bodies.js';

/** new-api's billing routes. `error`: HTTP 200 `{ error }`, as new-api fails there. `html`: a page. */
export type BillingOption = { hardLimitUsd: number; totalUsageCents: number; accessUntil?: number; delayMs?: number } | { error: string } | 'html';

/**
 * AIsa's credits route. Amounts are micro-dollars, as numbers or (for amounts past 2^53) digit
 * strings; `key` absent: an unlimited key. `status`: that HTTP answer in AIsa's error shape.
 */
export type CreditsOption =
  | { availableMicros: number | string; accountMicros?: number | string; key?: { remainingMicros: number | string; usedMicros?: number | string }; delayMs?: number }
  | { status: number; code: string }
  | 'html';

type Send = (res: http.ServerResponse, status: number, body: unknown) => void;

export async function billingAnswer(b: BillingOption, res: http.ServerResponse, path: string, keyOk: boolean, invalid: string, send: Send): Promise<void> {
  if (b === 'html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(PORTAL);
  // new-api answers its billing routes with HTTP 200 even on failure: `{ error: { message, type } }`.
  if ('error' in b || !keyOk) return send(res, 200, { error: { message: 'error' in b ? b.error : invalid, type: 'upstream_error' } });
  if (b.delayMs) await new Promise((r) => setTimeout(r, b.delayMs));
  if (path.endsWith('/usage')) return send(res, 200, { object: 'list', total_usage: b.totalUsageCents });
  send(res, 200, {
    object: 'billing_subscription',
    has_payment_method: true,
    soft_limit_usd: b.hardLimitUsd,
    hard_limit_usd: b.hardLimitUsd,
    system_hard_limit_usd: b.hardLimitUsd,
    access_until: b.accessUntil ?? 0,
  });
}

/** Numbers stay numbers; a digit string is written into the JSON as a bare integer (past 2^53). */
const raw = (v: number | string): string => String(v);

export async function creditsAnswer(c: CreditsOption, res: http.ServerResponse, keyOk: boolean, requestId: string, send: Send): Promise<void> {
  if (c === 'html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(PORTAL);
  if ('status' in c) return send(res, c.status, { code: c.code, error: c.code.replaceAll('_', ' '), request_id: requestId });
  if (!keyOk) return send(res, 401, { code: 'invalid_api_key', error: 'AISA API key is invalid.', request_id: requestId });
  if (c.delayMs) await new Promise((r) => setTimeout(r, c.delayMs));
  const key = c.key
    ? `{"unlimited":false,"remaining_micros_usd":${raw(c.key.remainingMicros)},"used_micros_usd":${raw(c.key.usedMicros ?? 0)}}`
    : '{"unlimited":true,"remaining_micros_usd":null,"used_micros_usd":1250000}';
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    `{"currency":"USD","account_balance_micros_usd":${raw(c.accountMicros ?? c.availableMicros)},"available_balance_micros_usd":${raw(c.availableMicros)},` +
      `"go_to_market_balance_micros_usd":0,"gtm":{},"api_key":${key},"as_of":"2026-10-01T12:00:00Z"}`,
  );
}
