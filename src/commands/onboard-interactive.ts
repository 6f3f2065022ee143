import type { Context } from '../context.js';
import { makeColors } from '../ui/color.js';
import { inquirerPrompts, type Prompts } from '../ui/prompts.js';
import type { OnboardFlags } from './onboard-flags.js';
import type { Flow, Step } from './onboard-steps/flow.js';
import { keyStep, validateStep } from './onboard-steps/key.js';
import { lookStep } from './onboard-steps/look.js';
import { declaredStep, defaultModelStep, fallbacksStep } from './onboard-steps/models.js';
import { nextStep, probeStep, storageStep, writeStep } from './onboard-steps/write.js';

/**
 * The questions, in order. Each step answers from its flag when one was given and asks only
 * otherwise, so `onboard --model x` on a terminal skips exactly that question.
 */
export const STEPS: readonly Step[] = [
  lookStep,
  keyStep,
  validateStep,
  defaultModelStep,
  fallbacksStep,
  declaredStep,
  storageStep,
  writeStep,
  probeStep,
  nextStep,
];

/**
 * onboard on a terminal. The caller has already decided this is interactive (both streams are
 * TTYs, no --json or --non-interactive): no prompt is created on a pipe.
 */
export async function runInteractiveOnboard(ctx: Context, flags: OnboardFlags, deps: { prompts?: Prompts } = {}): Promise<number> {
  const flow: Flow = {
    ctx,
    flags,
    prompts: deps.prompts ?? inquirerPrompts(ctx.io, { color: ctx.opts.color }),
    c: makeColors(ctx.opts.color),
    state: { exitCode: 0 },
    warn: (s) => ctx.out.warn(`! ${s}`),
  };
  for (const step of STEPS) {
    await step(flow);
    // A dry run stops after the preview: nothing was written, so there is nothing to probe for.
    if (step === writeStep && flags.dryRun) break;
  }
  return flow.state.exitCode ?? 0;
}
