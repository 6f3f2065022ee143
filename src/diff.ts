import { createTwoFilesPatch } from 'diff';
import { maskSecretsInText, redact } from './secret.js';

/**
 * A unified diff of one planned file change, with every known key masked. Line endings are
 * normalised for display only, so a CRLF file shows real changes rather than every line.
 */
export function unifiedDiff(path: string, before: string | null, after: string, secrets: string[] = []): string {
  const a = (before ?? '').replace(/\r\n/g, '\n');
  const b = after.replace(/\r\n/g, '\n');
  const patch = createTwoFilesPatch(before === null ? '/dev/null' : path, path, a, b, '', '', { context: 3 });
  // Drop the "Index:"/"====" preamble that jsdiff adds; keep the ---/+++ headers git users know,
  // without the tab jsdiff puts before an (empty) timestamp.
  const body = patch
    .split('\n')
    .filter((l) => !l.startsWith('Index: ') && !/^=+$/.test(l))
    .map((l) => (l.startsWith('--- ') || l.startsWith('+++ ') ? l.replace(/\t$/, '') : l))
    .join('\n');
  // A diff shows the key being replaced and the file's other secrets too: mask by shape as well.
  return maskSecretsInText(redact(body, secrets));
}

/** The masked diff of each planned write: what a preview shows and a person confirms. */
export function diffsOf(writes: readonly { path: string; before: string | null; after: string }[], secrets: string[] = []): { path: string; diff: string }[] {
  return writes.map((w) => ({ path: w.path, diff: unifiedDiff(w.path, w.before, w.after, secrets) }));
}
