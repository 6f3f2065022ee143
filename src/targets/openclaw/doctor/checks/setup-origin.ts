import { listSep, t } from '../../../../i18n/index.js';
import type { Mark } from '../../arrivals/origin.js';
import { needConfig } from '../guards.js';
import type { Check } from '../check.js';

/** Says which of AIsa's own paths left this config, so the findings after it read in that light. */
export const setupOrigin: Check = {
  id: 'setup-origin',
  async run(facts) {
    const skip = needConfig(facts);
    if (skip) return skip;
    const a = t().arrivals;
    const found = facts.origin;
    if (!found) return { status: 'pass', message: a.originNone };
    const marks = found.marks.map(markText).join(listSep());
    return { status: 'warn', message: a.originFound(a.origin[found.origin] ?? found.origin, marks), fix: a.originFix };
  },
};

function markText(m: Mark): string {
  const a = t().arrivals;
  switch (m.kind) {
    case 'inline-key': return a.markInlineKey;
    case 'stamps': return a.markStamps;
    case 'opus-alias': return a.markOpusAlias;
    case 'env-key': return a.markEnvKey;
    case 'plugin-auth': return a.markPluginAuth;
    case 'placeholders': return a.markPlaceholders(m.count);
    case 'id-name-only': return a.markIdNameOnly(m.count);
    case 'old-default': return a.markOldDefault(m.ref);
    case 'plugin': return a.markPlugin(m.name);
  }
}
