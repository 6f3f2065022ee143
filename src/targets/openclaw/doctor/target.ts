import type { DoctorTarget } from '../../target.js';
import { doctorSession } from '../../../doctor/session.js';
import { locationFlags, pointAtSameConfig } from '../../../doctor/same-config.js';
import { gatherFacts } from './facts.js';
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
      gather: () =>
        gatherFacts({
          config: ctx.opts.config,
          profile: ctx.opts.profile,
          baseUrl: ctx.opts.baseUrl,
          timeoutMs: ctx.opts.timeoutMs,
          offline: sel.offline,
          env: ctx.io.env,
          cwd: ctx.io.cwd,
          ...(input.nodeVersion ? { nodeVersion: input.nodeVersion } : {}),
        }),
      polish: (results, facts) => pointAtSameConfig(results, { flags: locationFlags(ctx.opts), realFile: facts.link }),
      unreadable: (facts) => facts.config.state === 'error',
      configPath: (facts) => facts.loc.path,
      fix: runFix,
    }),
};
