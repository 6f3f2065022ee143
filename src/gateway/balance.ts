import * as z from 'zod/mini';
import { prepare, type GatewayOptions } from './client.js';
import { whatArrived } from './body.js';
import { tryJson } from './schema.js';
import { send, type RawResponse } from './transport.js';
import type { Balance, CreditsBalance, QuotaBalance } from './balance-view.js';

const num = z.pipe(z.union([z.number(), z.pipe(z.string().check(z.regex(/^-?\d+(\.\d+)?$/)), z.transform(Number))]), z.number());
const SubscriptionSchema = z.looseObject({ hard_limit_usd: num, access_until: z.catch(z.optional(num), undefined) });
const UsageSchema = z.looseObject({ total_usage: num });

/** Integer micro-dollars, as a JSON number (past 2^53 too: the digits are read from the body) or a digit string. */
const micros = z.union([z.number().check(z.refine((n) => Number.isInteger(n))), z.string().check(z.regex(/^-?\d+$/))]);
const CreditsSchema = z.looseObject({
  currency: z.catch(z.optional(z.string()), undefined),
  available_balance_micros_usd: micros,
  api_key: z.catch(
    z.optional(z.looseObject({ unlimited: z.catch(z.optional(z.boolean()), undefined), remaining_micros_usd: z.optional(z.nullable(micros)), used_micros_usd: z.optional(z.nullable(micros)) })),
    undefined,
  ),
  as_of: z.catch(z.optional(z.string()), undefined),
});

/** Above this the quota line is new-api's stand-in for "no limit" (it reports 100000000). */
const UNLIMITED = 1e7;

async function get(opts: GatewayOptions, path: string, signal?: AbortSignal): Promise<RawResponse> {
  const ctx = prepare(opts, '/models');
  return send({ method: 'GET', url: ctx.baseUrl + path, key: opts.apiKey, ...(signal ? { signal } : {}) }, { ...opts, noRetry: true });
}

/**
 * The exact digits the body holds for `field`: JSON.parse would round an amount past 2^53, and a
 * balance is said exactly. The schema has already checked the field is an integer.
 */
function digitsOf(body: string, field: string, parsed: number | string | null | undefined): string | null {
  if (parsed === null || parsed === undefined) return null;
  if (typeof parsed === 'string') return parsed;
  return body.match(new RegExp(`"${field}"\\s*:\\s*(-?\\d+)`))?.[1] ?? String(parsed);
}

/** AIsa's answer read; `absent` when this gateway does not serve the route (404, a page): ask new-api's. */
async function credits(opts: GatewayOptions, signal?: AbortSignal): Promise<CreditsBalance | 'absent' | undefined> {
  const res = await get(opts, '/credits/balance', signal);
  const json = res.truncated ? undefined : tryJson(res.body);
  if (res.status === 404 || (json === undefined && whatArrived(res).what === 'html')) return 'absent';
  const c = CreditsSchema.safeParse(json);
  if (res.status !== 200 || !c.success) return undefined;
  const k = c.data.api_key;
  const remaining = digitsOf(res.body, 'remaining_micros_usd', k?.remaining_micros_usd);
  return {
    source: 'credits',
    figures: ['key', 'account'],
    currency: c.data.currency ?? 'USD',
    // No api_key part, or no remaining figure: the key has no cap of its own to report.
    key: { unlimited: k?.unlimited === true || remaining === null, remainingMicros: remaining, usedMicros: digitsOf(res.body, 'used_micros_usd', k?.used_micros_usd) },
    account: { availableMicros: digitsOf(res.body, 'available_balance_micros_usd', c.data.available_balance_micros_usd)! },
    asOf: c.data.as_of ?? null,
  };
}

/** new-api's two billing routes, at once. Failures come as HTTP 200 `{ error }`; absent ones as 404 or a page. */
async function billing(opts: GatewayOptions, signal?: AbortSignal): Promise<QuotaBalance | undefined> {
  const json = async (path: string) => {
    const res = await get(opts, path, signal);
    return res.status === 200 ? tryJson(res.body) : undefined;
  };
  const [sub, usage] = await Promise.all([json('/dashboard/billing/subscription'), json('/dashboard/billing/usage')]);
  const s = SubscriptionSchema.safeParse(sub);
  const u = UsageSchema.safeParse(usage);
  if (!s.success || !u.success || (sub as { error?: unknown }).error !== undefined) return undefined;
  const total = s.data.hard_limit_usd;
  // Cents to the display unit, rounded to the cent so 25.5 - 1234/100 reads 13.16, not 13.160000000000002.
  const left = Math.round((total - u.data.total_usage / 100) * 100) / 100;
  const until = s.data.access_until;
  return { source: 'billing', figures: ['key'], left, total, accessUntil: until && until > 0 ? until : null, unlimited: total >= UNLIMITED };
}

/**
 * AIsa's `/credits/balance` first; new-api's billing routes only where it is not served (another
 * gateway). One attempt per route, the caller's timeout. Never throws: anything but a readable
 * answer (an error, a timeout) is "not reported", which is no failure.
 */
export async function fetchBalance(opts: GatewayOptions, signal?: AbortSignal): Promise<Balance | undefined> {
  try {
    const own = await credits(opts, signal);
    return own === 'absent' ? await billing(opts, signal) : own;
  } catch {
    return undefined;
  }
}

/** How long the balance may still take once /models has answered: it must never make a run longer. */
export const BALANCE_GRACE_MS = 300;

/**
 * The balance, asked at the same time as `models` (the caller's GET /models): whatever has not
 * come BALANCE_GRACE_MS after that settles is dropped, its requests ended, so hung balance routes
 * cost at most that, never the whole timeout.
 */
export async function balanceBeside(models: Promise<unknown>, opts: GatewayOptions): Promise<Balance | undefined> {
  const stop = new AbortController();
  const balance = fetchBalance(opts, stop.signal);
  await models.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<undefined>((r) => (timer = setTimeout(r, BALANCE_GRACE_MS, undefined)));
  try {
    return await Promise.race([balance, grace]);
  } finally {
    clearTimeout(timer);
    stop.abort();
  }
}
