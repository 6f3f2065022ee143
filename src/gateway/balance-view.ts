import { t } from '../i18n/index.js';

// Light on purpose (no zod, no HTTP): the summary and doctor's check show a balance without
// loading the client; ./balance.ts fetches it.

/**
 * AIsa's own account API, `GET {base}/credits/balance` (facts.md, "AIsa today"): what the KEY may
 * still spend (its own cap, or none) and what the ACCOUNT's wallet has, apart. Amounts are integer
 * micro-dollars kept as decimal strings: exact however large, and JSON-safe in `--json`.
 */
export interface CreditsBalance {
  source: 'credits';
  /** Which figures this holds: both the key's and the account's. */
  figures: ['key', 'account'];
  currency: string;
  key: { unlimited: boolean; remainingMicros: string | null; usedMicros: string | null };
  account: { availableMicros: string };
  asOf: string | null;
}

/**
 * new-api's copies of OpenAI's old billing routes, asked only where /credits/balance is not served:
 * by default they report the KEY's quota, not the account's (facts.md). `hard_limit_usd` is the whole
 * quota line (left + used) in the gateway's display currency, `total_usage` the used part in cents.
 */
export interface QuotaBalance {
  source: 'billing';
  figures: ['key'];
  left: number;
  total: number;
  /** Epoch seconds; null when the key never expires. */
  accessUntil: number | null;
  /** new-api reports an unlimited key as a huge limit: then `left` means nothing. */
  unlimited: boolean;
}

export type Balance = CreditsBalance | QuotaBalance;

const MICROS = 1_000_000n;
/** Under a dollar is worth a warning. */
const LOW_MICROS = MICROS;

/** 12500000 → `$12.50`, 1 → `$0.000001`: every digit AIsa sent, never a float's rounding. */
export function dollarsOf(micros: string): string {
  const n = BigInt(micros);
  const abs = n < 0n ? -n : n;
  const frac = (abs % MICROS).toString().padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${n < 0n ? '-' : ''}$${abs / MICROS}.${frac}`;
}

const money = (n: number) => `${n < 0 ? '-' : ''}$${Math.abs(n).toFixed(2)}`;

/** What is short or out, per figure: `empty` wins over `low`. */
export interface BalanceState {
  key: 'ok' | 'low' | 'empty';
  account: 'ok' | 'low' | 'empty';
}

export function balanceState(b: Balance): BalanceState {
  if (b.source === 'billing') {
    const key = b.unlimited ? 'ok' : b.left <= 0 ? 'empty' : b.left < 1 || b.left < b.total * 0.05 ? 'low' : 'ok';
    return { key, account: 'ok' };
  }
  const level = (micros: bigint, total: bigint) => (micros <= 0n ? 'empty' : micros < LOW_MICROS || micros * 20n < total ? 'low' : 'ok');
  const left = b.key.remainingMicros;
  const key = b.key.unlimited || left === null ? 'ok' : level(BigInt(left), BigInt(left) + BigInt(b.key.usedMicros ?? '0'));
  return { key, account: level(BigInt(b.account.availableMicros), 0n) };
}

/** Each figure said for what it is: the key's own cap apart from the account's wallet. */
export function balanceText(b: Balance, now = Date.now()): string {
  const m = t().balance;
  if (b.source === 'credits') {
    const left = b.key.remainingMicros;
    const key = b.key.unlimited || left === null ? m.keyUnlimited : m.keyLeft(dollarsOf(left));
    return [key, m.accountHas(dollarsOf(b.account.availableMicros))].join(m.join);
  }
  const parts = [b.unlimited ? m.quotaUnlimited : m.quotaLeft(money(b.left), money(b.total))];
  if (b.accessUntil !== null) {
    const date = new Date(b.accessUntil * 1000).toISOString().slice(0, 10);
    parts.push(b.accessUntil * 1000 < now ? m.expired(date) : m.expires(date));
  }
  return parts.join(m.join);
}

/** The fix for what is short: raise the key's cap, top up the account, or both. */
export function balanceFix(b: Balance, s: BalanceState = balanceState(b)): string {
  const m = t().balance;
  if (b.source === 'billing') return m.quotaFix;
  const fixes = [...(s.key !== 'ok' ? [m.raiseKeyCap] : []), ...(s.account !== 'ok' ? [m.topUp] : [])];
  return fixes.join(t().gateway.sentenceJoin);
}

/** The warning for a low (or empty) balance, with its fix; undefined when nothing is short. */
export function lowBalanceWarning(b: Balance): string | undefined {
  const s = balanceState(b);
  if (s.key === 'ok' && s.account === 'ok') return undefined;
  const m = t().balance;
  const said = s.key === 'empty' || s.account === 'empty' ? m.empty(balanceText(b)) : m.low(balanceText(b));
  return `${said}${t().gateway.sentenceJoin}${balanceFix(b, s)}`;
}
