import { t, listSep } from '../../../../i18n/index.js';
import type { Check } from '../check.js';

export const configFound: Check = {
  id: 'config-found',
  async run(facts) {
    const m = t().doctor;
    const file = facts.loc.path;
    const { config, loc } = facts;
    if (config.state === 'error' && config.stage === 'read') {
      return { status: 'fail', message: config.error.message, file, ...(config.error.fix ? { fix: config.error.fix } : {}) };
    }
    if (config.state === 'missing') {
      const legacy = loc.legacy.length ? ' ' + m.legacyOnly(loc.legacy.join(listSep())) : '';
      return { status: 'fail', message: m.configMissing(file, m.source[loc.source]) + legacy, file, fix: m.configMissingFix };
    }
    // OpenClaw reads through a link, so the checks do too; only writing through it is refused (--fix).
    if (facts.link) return { status: 'warn', message: m.configSymlink(file, facts.link, m.source[loc.source]), file, fix: m.configSymlinkFix(facts.link) };
    // Old installs' files are never read by today's OpenClaw: worth knowing, never written by us.
    if (loc.legacy.length) {
      return { status: 'warn', message: m.configLegacy(file, loc.legacy.join(listSep())), file, fix: m.configLegacyFix(loc.legacy.join(' ')) };
    }
    return { status: 'pass', message: m.configFoundOk(file, m.source[loc.source]), file };
  },
};
