import * as z from 'zod/mini';
import { prepare, type GatewayOptions } from './client.js';
import { tryJson } from './schema.js';
import { send } from './transport.js';
import type { Balance } from './balance-view.js';

const num = z.pipe(z.union([z.number(), z.pipe(z.string().check(z.regex(/^-?\d+(\.\d+)?$/)), z.transform(Number))]), z.number());
const SubscriptionSchema = z.looseObject({ hard_limit_usd: num, access_until: z.catch(z.optional(num), undefined) });
const UsageSchema = z.looseObject({ total_usage: num });

/** Above this the quota line is new-api's stand-in for "no limit" (it reports 100000000). */
const UNLIMITED = 1e7;

async function getJson(opts: GatewayOptions, path: string, signal?: AbortSignal): Promise<unknown> {
  const ctx = prepare(opts, '/models');
  const res = await send({ method: 'GET', url: ctx.baseUrl + path, key: opts.apiKey, ...(signal ? { signal } : {}) }, { ...opts, noRetry: true });
  // Failures come as HTTP 200 `{ error }`; a gateway without the routes answers 404 or a page.
  return res.status === 200 ? tryJson(res.body) : undefined;
}

/**
 * Both routes at once, one attempt each, with the caller's timeout. Never throws: anything but two
 * readable answers (404, a page, `{ error }`, a timeout) is "not reported", which is no failure.
 */
export async function fetchBalance(opts: GatewayOptions, signal?: AbortSignal): Promise<Balance | undefined> {
  try {
    const [sub, usage] = await Promise.all([getJson(opts, '/dashboard/billing/subscription', signal), getJson(opts, '/dashboard/billing/usage', signal)]);
    const s = SubscriptionSchema.safeParse(sub);
    const u = UsageSchema.safeParse(usage);
    if (!s.success || !u.success || (sub as { error?: unknown }).error !== undefined) return undefined;
    const total = s.data.hard_limit_usd;
    // Cents to the display unit, rounded to the cent so 25.5 - 1234/100 reads 13.16, not 13.160000000000002.
    const left = Math.round((total - u.data.total_usage / 100) * 100) / 100;
    const until = s.data.access_until;
    return { left, total, accessUntil: until && until > 0 ? until : null, unlimited: total >= UNLIMITED };
  } catch {
    return undefined;
  }
}

/** How long the balance may still take once /models has answered: it must never make a run longer. */
export const BALANCE_GRACE_MS = 300;

/**
 * The balance, asked at the same time as `models` (the caller's GET /models): whatever has not
 * come BALANCE_GRACE_MS after that settles is dropped, its requests ended, so hung billing routes
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
