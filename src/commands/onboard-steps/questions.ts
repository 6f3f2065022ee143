import type { Context } from '../../context.js';
import { makeColors } from '../../ui/color.js';
import type { Prompts } from '../../ui/prompts.js';
import type { Surroundings } from '../look-around.js';
import type { OnboardFlags } from '../onboard-flags.js';
import type { GatewayView } from '../onboard-gateway.js';
import type { Flow } from './flow.js';
import { validateStep } from './key.js';
import { declaredStep, defaultModelStep, fallbacksStep } from './models.js';

/**
 * The questions of the OpenClaw flow for a target that writes its own file (PicoClaw): the key is
 * checked (and asked again when refused), then the default, fallbacks and models to declare are
 * asked unless a flag gave them. The answers come back as the flags a script would have passed,
 * so the target's scripted path writes them.
 */
export async function askModelQuestions(
  ctx: Context,
  flags: OnboardFlags,
  prompts: Prompts,
  seed: { key: string; around: Pick<Surroundings, 'primary' | 'defaultRef' | 'fallbacks' | 'baseUrl'>; declaredNow: string[] },
): Promise<{ flags: OnboardFlags; key: string; gateway: GatewayView }> {
  const around: Surroundings = { configExists: true, hasProvider: seed.declaredNow.length > 0, envFileKey: undefined, keyStorage: undefined, duplicates: [], staleIds: [], ...seed.around };
  const flow: Flow = { ctx, flags, prompts, c: makeColors(ctx.opts.color), state: { key: seed.key, around, declaredNow: seed.declaredNow, exitCode: 0 }, warn: (s) => ctx.out.warn(`! ${s}`) };
  for (const step of [validateStep, defaultModelStep, fallbacksStep, declaredStep]) await step(flow);
  const s = flow.state;
  // "Keep <another provider's default>" answers null: the same as --keep-default.
  const primary = s.primary === null ? { keepDefault: true } : { model: s.primary! };
  const answered: OnboardFlags = { ...flags, ...primary, models: s.declared!, ...(s.fallbacks !== undefined ? { fallbacks: s.fallbacks } : {}) };
  return { flags: answered, key: s.key!, gateway: s.gateway! };
}
