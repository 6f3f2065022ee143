import { createTwoFilesPatch } from 'diff';
import type { FileWrite } from './config/write.js';
import { maskSecretsInText, redact } from './secret.js';

/**
 * A unified diff of one planned file change, with every known key masked. Line endings are
 * normalised for display only, so a CRLF file shows real changes rather than every line.
 */
export function unifiedDiff(path: string, before: string | null, after: string, secrets: readonly string[] = []): string {
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

type Write = Pick<FileWrite, 'path' | 'before' | 'after'>;
/** One file's change as a person sees it: the path and its masked unified diff. */
export interface FileDiff {
  path: string;
  diff: string;
}

/** The masked diff of each planned write: what a preview shows and a person confirms. */
export function diffsOf(writes: readonly Write[], secrets: readonly string[] = []): FileDiff[] {
  return writes.map((w) => ({ path: w.path, diff: unifiedDiff(w.path, w.before, w.after, secrets) }));
}

/**
 * `plan` with its `diffs` made on first read and kept: a script that writes without showing them
 * never runs jsdiff (~4 ms on a cold start). Object.assign onto the plan keeps this; a spread reads it.
 */
export function withDiffs<T extends { writes: readonly Write[] }>(plan: T, secrets: readonly string[] = []): T & { readonly diffs: FileDiff[] } {
  let made: FileDiff[] | undefined;
  return Object.defineProperty(plan, 'diffs', { get: () => (made ??= diffsOf(plan.writes, secrets)), enumerable: true }) as T & { readonly diffs: FileDiff[] };
}
