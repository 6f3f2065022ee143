import type { Context } from '../context.js';
import { openclaw } from './openclaw/target.js';
import { picoclaw } from './picoclaw/target.js';
import type { Target, TargetId } from './target.js';

const TARGETS: Record<TargetId, Target> = { openclaw, picoclaw };

/** The target a run edits: --target, else OpenClaw. */
export function targetOf(ctx: Pick<Context, 'opts'>): Target {
  return TARGETS[ctx.opts.target ?? 'openclaw'];
}
