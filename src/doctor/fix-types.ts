import type { WriteResult } from '../config/write.js';
import type { FileDiff } from '../diff.js';

/** What `doctor --fix` did, for every target: the report and the exit code are made from this. */
export interface FixFlags {
  yes: boolean;
  dryRun: boolean;
  /** A person can answer: decided once by the caller, before any prompt exists. */
  interactive: boolean;
}

export type FixOutcome = FixResult & {
  /** Lines said after the outcome (a second, separate repair offered and its answer). */
  notes?: string[];
};

type FixResult =
  /** `exitCode`: when the refusal is itself the contract's config problem (a symlinked config: 3). */
  | { kind: 'impossible'; reason: string; exitCode?: number }
  | { kind: 'nothing' }
  | { kind: 'preview'; reason: 'dry-run' | 'needs-yes' | 'declined'; diffs: FileDiff[]; chmod: string[] }
  | { kind: 'applied'; diffs: FileDiff[]; chmod: string[]; results: WriteResult[]; movedKey: boolean };

export type { FileDiff };
