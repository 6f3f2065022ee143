import type { Context } from '../context.js';
import type { DoctorSession } from '../targets/target.js';
import type { FileDiff, FixFlags, FixOutcome } from './fix-types.js';
import type { Ask } from './prompt.js';
import { runChecks, selectChecks, type Selection } from './runner.js';
import type { GenericCheck } from './types.js';

/** What a target tells the doctor about its facts: how to gather them, judge them and mend them. */
export interface DoctorSpec<F> {
  checks: readonly GenericCheck<F>[];
  gather(): Promise<F>;
  unreadable(facts: F): boolean;
  configPath(facts: F): string;
  /** `again` gathers the facts afresh: a fix nobody confirmed (--yes) is planned again on a file changed meanwhile. */
  fix(facts: F, flags: FixFlags, ask: Ask, show: (d: FileDiff[], chmod: string[]) => void, again: () => Promise<F>): Promise<FixOutcome>;
}

/** Gathers once, runs the selected checks concurrently, and keeps the facts for --fix. */
export async function doctorSession<F>(ctx: Context, sel: Selection, spec: DoctorSpec<F>): Promise<DoctorSession> {
  const facts = await spec.gather();
  return {
    results: await runChecks(facts, selectChecks(spec.checks, sel), { offline: sel.offline, timeoutMs: ctx.opts.timeoutMs }),
    configPath: spec.configPath(facts),
    unreadable: spec.unreadable(facts),
    fix: (flags, ask, show) => spec.fix(facts, flags, ask, show, () => spec.gather()),
  };
}
