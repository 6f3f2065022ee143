// Backups as OpenClaw keeps them: the previous file in `<file>.bak`, older ones shifted to
// `.bak.1` … `.bak.4`, the oldest dropped. All 0600: a config may hold a key.
import { chmod, lstat, rename, unlink } from './fs-async.js';
import { errnoCode } from './fsx.js';
import { writeFileAtomic, type Owner } from './atomic.js';

export const BACKUP_ROTATIONS = 4;

export function backupPaths(file: string): string[] {
  return [`${file}.bak`, ...Array.from({ length: BACKUP_ROTATIONS }, (_, i) => `${file}.bak.${i + 1}`)];
}

/** Rotates the backups and writes `previous` (the bytes on disk now) to `<file>.bak`; returns its path. */
export async function backupPrevious(file: string, previous: Uint8Array, owner?: Owner): Promise<string> {
  const paths = backupPaths(file);
  await ignoreMissing(unlink(paths[paths.length - 1]!));
  for (let i = paths.length - 2; i >= 0; i--) {
    const to = paths[i + 1]!;
    if (await ignoreMissing(rename(paths[i]!, to))) {
      // Older tools may have left a 0644 backup of a file that holds a key. Never chmod through a link.
      const st = await lstat(to).catch(() => null);
      if (st?.isFile() && (st.mode & 0o077) !== 0) await chmod(to, 0o600).catch(() => {});
    }
  }
  await writeFileAtomic(paths[0]!, previous, 0o600, owner);
  return paths[0]!;
}

/** true when the operation ran, false when its source did not exist. */
async function ignoreMissing(op: Promise<void>): Promise<boolean> {
  try {
    await op;
    return true;
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return false;
    throw e;
  }
}
