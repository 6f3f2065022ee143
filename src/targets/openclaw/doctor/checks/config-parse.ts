import { t } from '../../../../i18n/index.js';
import { duplicateKeyWarnings } from '../../tree.js';
import type { Check } from '../check.js';

export const configParse: Check = {
  id: 'config-parse',
  async run(facts) {
    const m = t().doctor;
    const { config } = facts;
    if (config.state === 'missing' || (config.state === 'error' && config.stage === 'read')) return { status: 'skip', message: m.skipNoConfig };
    if (config.state === 'error') {
      return { status: 'fail', message: config.error.message, file: facts.loc.path, ...(config.error.fix ? { fix: config.error.fix } : {}) };
    }
    const files = config.tree.all().map((f) => f.path);
    // json5 reads a key written twice (OpenClaw uses the last): legal, but rarely what was meant.
    const twice = duplicateKeyWarnings(config.tree);
    if (twice.length) return { status: 'warn', message: twice.join(' '), file: facts.loc.path };
    return { status: 'pass', message: files.length > 1 ? m.parseOkIncludes(files.length) : m.parseOk, file: facts.loc.path };
  },
};
