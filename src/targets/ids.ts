// The targets' names alone, with no import: the entry (`--target` in --help), the context and the
// invocation name a target without loading the interface every target implements.

/** Every target, the first the default; `--target` takes these. */
export const TARGET_IDS = ['openclaw', 'picoclaw'] as const;
export type TargetId = (typeof TARGET_IDS)[number];
