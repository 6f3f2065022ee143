import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diffLines } from 'diff';

export const PICO_FIXTURES = resolve(import.meta.dirname, '../fixtures/picoclaw');

/** A temp home with PicoClaw's folder, optionally seeded from a fixture (and its .security.yml). */
export function picoHome(home: string, fixture?: 'seed-002' | 'newer'): { dir: string; config: string; security: string } {
  const dir = join(home, '.picoclaw');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const config = join(dir, 'config.json');
  const security = join(dir, '.security.yml');
  if (fixture) copyFileSync(join(PICO_FIXTURES, `${fixture}.json`), config);
  if (fixture === 'newer') copyFileSync(join(PICO_FIXTURES, 'newer.security.yml'), security);
  return { dir, config, security };
}

/**
 * The lines of `before` that `after` no longer has, except those an edit may touch: the values
 * named in `edited` (matched by key) and a closing brace that only gained a comma because
 * something was appended after it. An empty result means nothing else moved.
 */
export function unexpectedRemovals(before: string, after: string, edited: string[]): string[] {
  const parts = diffLines(before, after);
  const added = new Set(parts.filter((p) => p.added).flatMap((p) => p.value.split('\n')));
  return parts
    .filter((p) => p.removed)
    .flatMap((p) => p.value.split('\n'))
    .filter((line) => line !== '' && !added.has(`${line},`) && !edited.some((k) => line.includes(`"${k}"`)));
}

/** Strict JSON as Go's encoding/json reads it, and none of JSON5's extras. */
export function looksStrict(text: string): boolean {
  JSON.parse(text);
  return !/,\s*[}\]]/.test(text) && !/^\s*\/\//m.test(text) && !/'/.test(text.replace(/"(?:[^"\\]|\\.)*"/g, ''));
}
