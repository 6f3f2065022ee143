/**
 * A context window as model cards state it, used by the onboarding picker and `models list` alike
 * so one model never shows two sizes: 256000 → 256K, 131072 → 128K, 1000000 → 1M, 1048576 → 1M.
 *
 * Decision: whichever of decimal or binary divides the number exactly, decimal first (256000 is
 * "256K" on every price page, though it is also 250 × 1024). A plain /1024 would print 256000 as
 * 250K, and a plain /1000 prints 131072 as 131K, which no card says. A size that is a round
 * number in neither is printed as it is rather than rounded into a size nobody quotes, except past
 * a million, where two decimals of M are what cards quote (1047576 → 1.05M).
 */
export function formatContextWindow(tokens: number): string {
  if (tokens >= 1_000_000 && (tokens % 1_000_000 === 0 || tokens % 1_048_576 === 0)) return `${tokens % 1_000_000 === 0 ? tokens / 1_000_000 : tokens / 1_048_576}M`;
  // GPT-4.1's 1047576, GPT-5.4's 1050000: past a million, seven digits (or "1050K") read as noise
  // beside "256K"; two decimals of M say it.
  if (tokens >= 1_000_000) return `${Number((tokens / 1_000_000).toFixed(2))}M`;
  for (const unit of [1000, 1024]) if (tokens >= unit && tokens % unit === 0) return `${tokens / unit}K`;
  return String(tokens);
}

/** A list price in USD per 1M tokens: cents, or a tenth of a cent below $0.10 ($0.05 → $0.05, $0.015). */
export function formatUsd(n: number): string {
  return `$${n < 0.1 && n > 0 ? n.toFixed(3).replace(/0$/, '') : n.toFixed(2)}`;
}

// East Asian wide and full-width characters take two columns of a terminal. Code points, not a
// regex: a minified regex literal holds the characters themselves, and the entry chunk (which
// wraps Chinese help) must hold no Chinese character (test/cli/startup.test.ts).
const WIDE_RANGES: [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6],
];
const isWide = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return WIDE_RANGES.some(([a, b]) => c >= a && c <= b);
};

/** Columns `text` takes on a terminal (no escape codes expected). */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += isWide(ch) ? 2 : 1;
  return n;
}

/** `text` padded with spaces to `width` columns (String#padEnd counts characters: 当前 is 2 of them, 4 columns). */
export function padEndWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `text` cut to at most `max` columns, ending in `…` when cut: a list row that wraps breaks the list. */
export function fitWidth(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let n = 0;
  for (const ch of text) {
    const w = isWide(ch) ? 2 : 1;
    if (n + w > max - 1) break;
    out += ch;
    n += w;
  }
  return out.trimEnd() + '…';
}
