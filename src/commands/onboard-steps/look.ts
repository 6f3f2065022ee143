import type { Flow } from './flow.js';

/** First: where the config is and what is already set up, said before any question. */
export async function introStep({ ctx, session, c, warn }: Pick<Flow, 'ctx' | 'session' | 'c' | 'warn'>): Promise<void> {
  const [first, ...rest] = await session.intro(ctx);
  if (first !== undefined) ctx.out.say(c.bold(first));
  for (const line of rest) ctx.out.say(line);
  for (const w of session.seen.warnings) warn(w);
  if (first !== undefined) ctx.out.say('');
}
