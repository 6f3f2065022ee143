/**
 * Bringing back what AIsa's script overwrote, from its timestamped backup: offered on a terminal
 * only, after the main fix, as its own question with its own diff (never by --yes, never silently).
 * Only the keys the current file lacks come back; nothing already in the file is changed.
 */
import { diffsOf } from '../../../diff.js';
import { commitLocked } from '../../../config/write.js';
import { t } from '../../../i18n/index.js';
import type { Ask } from '../../../doctor/prompt.js';
import type { FileDiff, FixFlags } from '../../../doctor/fix-types.js';
import { configWrites, reconcileAt } from '../plan.js';
import { ConfigTree } from '../tree.js';
import type { DoctorFacts } from '../doctor/facts.js';
import { sectionText } from '../doctor/checks/lost-sections.js';

/** The note for the report, or undefined when nothing was offered. */
export async function offerRestore(facts: DoctorFacts, flags: FixFlags, ask: Ask, show: (d: FileDiff[], chmod: string[]) => void, secrets: string[]): Promise<string | undefined> {
  const backup = facts.arrival.backup;
  if (!backup || !flags.interactive || flags.dryRun) return undefined;
  const a = t().arrivals;
  // Read again: the main fix may just have written the file.
  const tree = await ConfigTree.load(facts.loc.path);
  for (const item of backup.restore) await reconcileAt(tree, item.path, () => item.value);
  const writes = configWrites(tree, false);
  if (!writes.length) return undefined;
  show(diffsOf(writes, secrets), []);
  const sections = backup.lost.map(sectionText);
  const question = `${a.restoreShown(backup.file)}\n  ${sections.join('\n  ')}\n${a.askRestore(backup.file)}`;
  if (!(await ask(question, false))) return a.restoreDeclined;
  await commitLocked(facts.loc.path, writes);
  return a.restored(sections);
}
