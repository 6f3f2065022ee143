import { t } from '../../../../i18n/index.js';
import type { LostSection } from '../../arrivals/backup.js';
import { needConfig } from '../guards.js';
import type { Check } from '../check.js';

/** Sections AIsa's script overwrote that its timestamped backup still holds: named, never merged silently. */
export const lostSections: Check = {
  id: 'lost-sections',
  async run(facts) {
    const skip = needConfig(facts);
    if (skip) return skip;
    const a = t().arrivals;
    const backup = facts.arrival.backup;
    if (!backup) return { status: 'pass', message: a.backupNone };
    return { status: 'warn', message: a.backupLost(backup.file, backup.lost.map(sectionText)), file: backup.file, fix: a.backupFix(backup.file) };
  },
};

export function sectionText(s: LostSection): string {
  const a = t().arrivals;
  const by = { channels: a.sectionChannels, providers: a.sectionProviders, profiles: a.sectionProfiles, env: a.sectionEnv, plugins: a.sectionPlugins };
  return by[s.kind](s.names);
}
