import { t } from '../../i18n/index.js';
import type { Target } from '../target.js';
import { openclawDoctor } from './doctor/target.js';
import { openclawModels } from './models.js';
import { openclawOnboard } from './onboard.js';

export const openclaw: Target = {
  id: 'openclaw',
  checkOptions: () => undefined,
  onboard: openclawOnboard,
  models: openclawModels,
  doctor: openclawDoctor,
  otherGatewayFix: (providerId) => t().gateways.notForCommandFix(providerId),
};
