import { pluginMessages } from '../../../../i18n/plugin.js';
import { findOnPath, isOlder, pluginState } from '../../plugin-state.js';
import { VERSION } from '../../../../version.js';
import type { Check } from '../check.js';

/**
 * The AIsa plugin in OpenClaw: absent (fine, the provider block works alone), enabled, disabled, or
 * older than this aisa-setup. Read from OpenClaw's files: no child process, nothing slow.
 */
export const openclawPlugin: Check = {
  id: 'openclaw-plugin',
  async run(facts) {
    const m = pluginMessages();
    const state = await pluginState(facts.loc.stateDir, facts.link ?? facts.loc.path);
    if (!state.installed) {
      return { status: 'skip', message: findOnPath('openclaw', facts.input.env) ? m.checkAbsent : m.checkNoOpenclaw };
    }
    const version = state.version ?? '?';
    if (state.enabled !== true) return { status: 'warn', message: m.checkDisabled(version), file: facts.loc.path, path: 'plugins.entries.aisa.enabled', fix: m.checkDisabledFix };
    if (state.version && isOlder(state.version, VERSION)) return { status: 'warn', message: m.checkOlder(state.version, VERSION), fix: m.checkOlderFix };
    return { status: 'pass', message: m.checkEnabled(version) };
  },
};
