import { t } from '../i18n/index.js';

// Light on purpose (no zod, no HTTP): the summary and doctor's check show a balance without
// loading the client; ./balance.ts fetches it.

/**
 * What the key has left, from new-api's copies of OpenAI's old billing routes (facts.md):
 * `hard_limit_usd` is the whole quota line (left + used) in the gateway's display currency,
 * `total_usage` the used part in cents, `access_until` the key's expiry (0 = never).
 */
export interface Balance {
  left: number;
  total: number;
  /** Epoch seconds; null when the key never expires. */
  accessUntil: number | null;
  /** new-api reports an unlimited key as a huge limit: then `left` means nothing. */
  unlimited: boolean;
}

/** A balance worth a warning: under $1, or under 5% of the quota line. */
export function isLow(b: Balance): boolean {
  return !b.unlimited && (b.left < 1 || b.left < b.total * 0.05);
}

/** The warning for a low balance, with where to top up; undefined when it is not low. */
export function lowBalanceWarning(b: Balance): string | undefined {
  const a = t().answers;
  return isLow(b) ? `${a.balanceLow(balanceText(b))}${t().gateway.sentenceJoin}${a.balanceTopUp}` : undefined;
}

/** `$13.16 left of $25.50; the key expires on 2027-03-01`, in the user's language. */
export function balanceText(b: Balance, now = Date.now()): string {
  const a = t().answers;
  const money = (n: number) => `${n < 0 ? '-' : ''}$${Math.abs(n).toFixed(2)}`;
  const parts = [b.unlimited ? a.balanceUnlimited : a.balanceLeft(money(b.left), money(b.total))];
  if (b.accessUntil !== null) {
    const date = new Date(b.accessUntil * 1000).toISOString().slice(0, 10);
    parts.push(b.accessUntil * 1000 < now ? a.balanceExpired(date) : a.balanceExpires(date));
  }
  return parts.join(a.balanceJoin);
}
