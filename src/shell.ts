/** A path as it can be pasted into a POSIX shell: bare when safe, else single-quoted. */
export function shellQuote(p: string): string {
  return /^[\w./~:@%+=-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}
