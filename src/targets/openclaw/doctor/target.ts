import type { Context } from '../../../context.js';
import type { DoctorTarget } from '../../target.js';
import { doctorSession } from '../../../doctor/session.js';
import { getInvocation, setInvocation } from '../../../invocation.js';
import { gatherFacts, type DoctorFacts } from './facts.js';
import { runFix } from './fix-flow.js';
import { CHECKS } from './registry.js';

/** OpenClaw's doctor: every check of the contract, over its config, `.env` and the gateway. */
export const openclawDoctor: DoctorTarget = {
  ids: CHECKS.map((c) => c.id),
  // Every id the contract names is one of OpenClaw's checks.
  refuseIds: () => undefined,
  // The checks read AIsa's catalog at every step (stale ids, kimi's temperature, the prefix).
  otherGateways: false,
  jsonFields: {},
  run: (ctx, sel, input) =>
    doctorSession(ctx, sel, {
      checks: CHECKS,
      gather: () => gatherThrough(ctx, sel.offline, input.nodeVersion),
      unreadable: (facts) => facts.config.state === 'error',
      configPath: (facts) => facts.loc.path,
      fix: runFix,
    }),
};

/**
 * The facts; read through a symlink, every command printed after this names the real file instead
 * (`doctor --fix` refuses to write through the link), whatever flags chose the link.
 */
async function gatherThrough(ctx: Context, offline: boolean, nodeVersion: string | undefined): Promise<DoctorFacts> {
  const facts = await gatherFacts({
    config: ctx.opts.config,
    profile: ctx.opts.profile,
    baseUrl: ctx.opts.baseUrl,
    timeoutMs: ctx.opts.timeoutMs,
    offline,
    env: ctx.io.env,
    cwd: ctx.io.cwd,
    ...(nodeVersion ? { nodeVersion } : {}),
  });
  if (facts.link) setInvocation({ ...getInvocation(), config: facts.link, profile: undefined });
  return facts;
}
