import { CliError, ExitCode } from '../../errors.js';
import { t, listSep } from '../../i18n/index.js';
import { providerOf } from '../../context.js';
import { doctorSession } from '../../doctor/session.js';
import type { CheckId } from '../../doctor/types.js';
import type { DoctorTarget } from '../target.js';
import { PICO_CHECK_IDS, PICO_CHECKS } from './doctor-checks.js';
import { runPicoFix } from './doctor-fix.js';
import { gatherPicoFacts } from './doctor-facts.js';
import { locatePicoclaw } from './locate.js';

/**
 * PicoClaw's doctor: the same runner, rendering, `--json` schema, `--fix` flow and exit codes as
 * OpenClaw's, over PicoClaw's checks (with `probe` when --probe asks).
 */
export const picoclawDoctor: DoctorTarget = {
  ids: PICO_CHECK_IDS as readonly CheckId[],
  refuseIds(flag, ids) {
    const other = ids.filter((id) => !PICO_CHECK_IDS.includes(id));
    if (other.length) throw new CliError('usage', ExitCode.usage, t().picoclaw.idsNotForPico(flag, other.join(listSep())), t().doctor.validIds(PICO_CHECK_IDS.join(listSep())));
  },
  // Our entries are named `<provider>/<id>`: any gateway's are checked by the same rules.
  otherGateways: true,
  jsonFields: { target: 'picoclaw' },
  run(ctx, sel, input) {
    const loc = locatePicoclaw({ config: ctx.opts.config, env: ctx.io.env, cwd: ctx.io.cwd });
    const providerId = providerOf(ctx).id;
    const facts = { timeoutMs: ctx.opts.timeoutMs, offline: sel.offline, env: ctx.io.env, baseUrl: ctx.opts.baseUrl };
    return doctorSession(ctx, sel, {
      checks: PICO_CHECKS,
      gather: () => gatherPicoFacts(loc, facts, providerId, input.nodeVersion ?? process.versions.node),
      unreadable: (f) => f.config.state === 'error',
      configPath: () => loc.path,
      fix: runPicoFix,
    });
  },
};
