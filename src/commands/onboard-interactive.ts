import type { Context } from '../context.js';
import type { OnboardFlags } from './onboard-flags.js';
import { runScriptedOnboard } from './onboard.js';

/** Placeholder until the prompt-driven flow lands: behaves like the scripted twin. */
export async function runInteractiveOnboard(ctx: Context, flags: OnboardFlags): Promise<number> {
  return runScriptedOnboard(ctx, flags);
}
