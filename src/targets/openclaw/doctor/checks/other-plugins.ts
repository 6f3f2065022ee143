import { t } from '../../../../i18n/index.js';
import { shellQuote } from '../../../../shell.js';
import type { Check } from '../check.js';

/** Another installed plugin claiming the provider `aisa`: where OpenClaw keeps it, and what the clash does. */
export const otherPlugins: Check = {
  id: 'other-plugins',
  async run(facts) {
    const a = t().arrivals;
    const found = facts.arrival.otherPlugins;
    if (!found.length) return { status: 'pass', message: a.pluginNone };
    const named = a.pluginOther(found.map((p) => a.pluginItem(p.name, p.dir)));
    const uninstall = found.map((p) => `openclaw plugins uninstall ${shellQuote(p.id)}`).join('\n');
    return { status: 'warn', message: `${named}${t().gateway.sentenceJoin}${a.pluginCollision}`, file: found[0]!.dir, fix: a.pluginOtherFix(uninstall) };
  },
};
