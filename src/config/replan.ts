// A plan nobody confirmed (a script, --yes, `models set`) is not bound to the text it was made
// from: when another run (or OpenClaw's own Gateway) changed the files since they were read, it
// is made again on them, under the lock, and written. A plan a person confirmed is only ever
// written as it was shown, so it takes commitLocked alone and is refused on a change.
import { CliError } from '../errors.js';
import { withConfigLock } from './lock.js';

/**
 * `first()` commits the plan as made; on "changed on disk" `again()` re-reads, re-plans and
 * commits. Both run holding the config's lock, so nothing else writes between the re-read and
 * the write; the run fails only when the lock stays held (exit 3, naming the lock).
 */
export function commitOrReplan<T>(lockTarget: string, first: () => Promise<T>, again: () => Promise<T>): Promise<T> {
  return withConfigLock(lockTarget, async () => {
    try {
      return await first();
    } catch (e) {
      if (!(e instanceof CliError && e.kind === 'config-changed')) throw e;
      return again();
    }
  });
}
