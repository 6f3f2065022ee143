import type { ChalkInstance } from 'chalk';

export type Colors = ChalkInstance;

type ChalkUnit = typeof import('../load/color.js');
let chalk: ChalkUnit | undefined;

/**
 * chalk, for a run whose output is coloured, loaded by the entry (src/cli.ts) beside the command
 * and handed in here: imported by this module, it would be a chunk shared with the entry.
 */
export function useChalk(unit: ChalkUnit): void {
  chalk = unit;
}

/**
 * What chalk at level 0 gives, without loading chalk: every style, chained or called, hands the
 * text back unchanged (several arguments joined by a space, as chalk joins them).
 */
const plain: Colors = new Proxy(((...text: unknown[]) => text.join(' ')) as unknown as Colors, {
  get: (_, key) => (key === 'level' ? 0 : plain),
});

/**
 * A chalk of our own, switched by `ctx.opts.color`: chalk 5 ignores NO_COLOR and knows nothing of
 * --no-color, so the global instance cannot be trusted to stay quiet when asked.
 */
export function makeColors(enabled: boolean): Colors {
  if (!enabled) return plain;
  if (!chalk) throw new Error('internal error: colours are used before chalk is loaded (the entry loads it for a run that colours)');
  const { Chalk, supportsColor } = chalk;
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
