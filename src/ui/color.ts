import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

export type Colors = ChalkInstance;

/**
 * A chalk of our own, switched by `ctx.opts.color`: chalk 5 ignores NO_COLOR and knows nothing of
 * --no-color, so the global instance cannot be trusted to stay quiet when asked.
 */
export function makeColors(enabled: boolean): Colors {
  if (!enabled) return new Chalk({ level: 0 });
  // FORCE_COLOR=1 into a pipe must still colour: never drop to level 0 once colour was decided.
  return new Chalk({ level: Math.max(1, supportsColor ? supportsColor.level : 0) as 1 | 2 | 3 });
}

/** A unified diff with added lines green, removed red and hunk headers cyan. */
export function colorDiff(diff: string, c: Colors): string {
  return diff
    .split('\n')
    .map((l) => (l.startsWith('+++') || l.startsWith('---') ? c.bold(l) : l.startsWith('+') ? c.green(l) : l.startsWith('-') ? c.red(l) : l.startsWith('@@') ? c.cyan(l) : l))
    .join('\n');
}
