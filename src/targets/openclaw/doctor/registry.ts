import { apiKeyPresent } from './checks/api-key-present.js';
import { apiKeyValid } from './checks/api-key-valid.js';
import { apiMode } from './checks/api-mode.js';
import { balance } from './checks/balance.js';
import { baseUrl } from './checks/base-url.js';
import { configFound } from './checks/config-found.js';
import { configParse } from './checks/config-parse.js';
import { configPermissions } from './checks/config-permissions.js';
import { defaultModel } from './checks/default-model.js';
import { kimiTemperature } from './checks/kimi-temperature.js';
import { modelIds } from './checks/model-ids.js';
import { modelPrefix } from './checks/model-prefix.js';
import { network } from './checks/network.js';
import { nodeVersion } from '../../../doctor/checks/node-version.js';
import { openclawPlugin } from './checks/openclaw-plugin.js';
import { probe } from './checks/probe.js';
import { providerPresent } from './checks/provider-present.js';
import { schemaCompat } from './checks/schema-compat.js';
import { chatModels } from './checks/chat-models.js';
import { envKey } from './checks/env-key.js';
import { lostSections } from './checks/lost-sections.js';
import { modelMetadata } from './checks/model-metadata.js';
import { otherPlugins } from './checks/other-plugins.js';
import { setupOrigin } from './checks/setup-origin.js';
import type { Check } from './check.js';

/** Every check in printed order; `probe` last, and only with --probe. */
export const CHECKS: readonly Check[] = [
  nodeVersion,
  configFound,
  configParse,
  configPermissions,
  providerPresent,
  baseUrl,
  apiMode,
  apiKeyPresent,
  apiKeyValid,
  network,
  modelIds,
  modelPrefix,
  defaultModel,
  schemaCompat,
  kimiTemperature,
  setupOrigin,
  envKey,
  modelMetadata,
  chatModels,
  lostSections,
  balance,
  openclawPlugin,
  otherPlugins,
  probe,
];
