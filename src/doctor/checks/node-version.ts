import { t } from '../../i18n/index.js';
import type { GenericCheck } from '../types.js';

/** The same floor as bin/aisa-setup.js (the agents themselves are run and tested on Node 24). */
const MIN: [number, number] = [20, 18];

/** The one check every target has: it reads only the Node that runs us. */
export const nodeVersion: GenericCheck<{ nodeVersion: string }> = {
  id: 'node-version',
  async run(facts) {
    const m = t().doctor;
    const [major = 0, minor = 0] = facts.nodeVersion.split('.').map(Number);
    const ok = major > MIN[0] || (major === MIN[0] && minor >= MIN[1]);
    if (ok) return { status: 'pass', message: m.nodeOk(facts.nodeVersion) };
    return { status: 'fail', message: m.nodeOld(facts.nodeVersion, MIN.join('.')), fix: m.nodeOldFix };
  },
};
