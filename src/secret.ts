/** Masks a key as `sk-…abcd` (first 3, last 4): enough to recognise it, never enough to use it. */
export function maskKey(key: string): string {
  // A short string would be mostly revealed by first-3/last-4, so show nothing of it.
  if (key.length < 12) return '****';
  return `${key.slice(0, 3)}…${key.slice(-4)}`;
}

const known = new Set<string>();

/**
 * Remembers a secret so every writer of output can mask it. This is the last line of defence:
 * code should never print a key in the first place.
 */
export function registerSecret(secret: string | undefined): void {
  if (secret && secret.length >= 4) known.add(secret);
}

/** Replaces every occurrence of each known (or given) secret in `text` with its masked form. */
export function redact(text: string, extra: Iterable<string | undefined> = []): string {
  let out = text;
  for (const s of [...known, ...extra]) {
    if (!s || s.length < 4) continue;
    if (out.includes(s)) out = out.split(s).join(maskKey(s));
  }
  return out;
}
