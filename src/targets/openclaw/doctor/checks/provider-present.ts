import { t } from '../../../../i18n/index.js';
import { pluginMessages } from '../../../../i18n/plugin.js';
import { pluginState } from '../../plugin-state.js';
import { PROVIDER_PATH } from '../facts.js';
import { isObject, needConfig } from '../guards.js';
import { formatPath } from '../../../../doctor/types.js';
import type { Check } from '../check.js';

export const providerPresent: Check = {
  id: 'provider-present',
  async run(facts) {
    const m = t().doctor;
    const skip = needConfig(facts);
    if (skip) return skip;
    const path = formatPath(PROVIDER_PATH);
    const file = await facts.fileOf(PROVIDER_PATH);
    if (facts.provider === undefined) {
      // OpenClaw's AIsa plugin provides `aisa` without a block (see openclaw-plugin): nothing is missing.
      const plugin = await pluginState(facts.loc.stateDir, facts.link ?? facts.loc.path);
      if (plugin.installed && plugin.enabled === true) return { status: 'pass', message: pluginMessages().providerFromPlugin, path, file };
      return { status: 'fail', message: m.providerMissing(path), path, file, fix: m.providerMissingFix };
    }
    if (!isObject(facts.provider)) return { status: 'fail', message: m.providerNotObject(path), path, file, fix: m.providerMissingFix };
    const models = facts.provider.models;
    // `aisa` is not built into OpenClaw: without its own model list it offers nothing.
    if (!Array.isArray(models) || models.length === 0) {
      return { status: 'fail', message: m.providerNoModels(`${path}.models`), path: `${path}.models`, file, fix: m.providerMissingFix };
    }
    return { status: 'pass', message: m.providerOk(models.length), path, file };
  },
};
