import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Target } from '../target.js';
import { picoclawDoctor } from './doctor.js';
import { picoclawModels } from './models.js';
import { picoclawOnboard } from './onboard.js';

export const picoclaw: Target = {
  id: 'picoclaw',
  checkOptions(ctx) {
    // PicoClaw has one config per home; OpenClaw's profiles mean nothing to it.
    if (ctx.opts.profile !== undefined) throw new CliError('usage', ExitCode.usage, t().picoclaw.noProfile, t().cli.seeHelp);
  },
  onboard: picoclawOnboard,
  models: picoclawModels,
  doctor: picoclawDoctor,
  otherGatewayFix: (providerId) => t().gateways.notForCommandFixPicoclaw(providerId),
};
