// Atomic replace: temp file in the same directory (rename is atomic only within one file system),
// write, fsync, rename over the target, fsync the directory. A crash at any moment leaves either the
// old or the new file, never a mix. write-file-atomic@6 does the same minus the directory fsync, but
// hooks process signals (signal-exit) to remove its temp file, which would interfere with the CLI's
// own Ctrl-C handling; the 40 lines below are all we need, and they clean temps up on the next run.
import { open, readdir, rename, unlink } from './fs-async.js';
import { basename, dirname, join } from 'node:path';
import { fsyncDir, pidAlive } from './fsx.js';

export interface Owner {
  uid: number;
  gid: number;
}

/**
 * The mode to write with. New files and files holding a key get 0600 like OpenClaw's; an existing
 * file keeps what it had minus group/other and execute bits (0644 → 0600, 0400 stays 0400), and
 * always owner-read so we can read it back to verify.
 */
export function modeFor(existingMode: number | null, secret: boolean): number {
  if (existingMode === null || secret) return 0o600;
  return (existingMode & 0o600) | 0o400;
}

const TEMP_TAG = 'aisa-tmp';

function tempPathFor(file: string): string {
  // Unique enough, not secret: the file is opened with O_EXCL, so a clash fails and never clobbers.
  // (node:crypto would cost ~3 ms of start-up for these 8 hex digits.)
  const tag = Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return join(dirname(file), `.${basename(file)}.${TEMP_TAG}-${process.pid}-${tag}`);
}

export async function writeFileAtomic(file: string, data: Uint8Array, mode: number, owner?: Owner): Promise<void> {
  const temp = tempPathFor(file);
  // 'wx': never reuse or follow anything already at the temp path.
  const handle = await open(temp, 'wx', mode);
  let renamed = false;
  try {
    // The umask may have dropped bits from `mode`; set it exactly.
    await handle.chmod(mode);
    // Running as root on someone's file (sudo): keep it theirs, or their OpenClaw could not read it.
    if (owner) await handle.chown(owner.uid, owner.gid);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    await rename(temp, file);
    renamed = true;
    await fsyncDir(dirname(file));
  } finally {
    if (!renamed) {
      await handle.close().catch(() => {});
      await unlink(temp).catch(() => {});
    }
  }
}

/** Temp files left by runs that were killed mid-write (their pid is gone), of the file or its .bak. */
export async function removeLeftoverTemps(file: string): Promise<void> {
  const dir = dirname(file);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = leftoverPid(name, basename(file));
    if (pid !== null && pid !== process.pid && !pidAlive(pid)) await unlink(join(dir, name)).catch(() => {});
  }
}

function leftoverPid(name: string, base: string): number | null {
  for (const owner of [base, `${base}.bak`]) {
    const prefix = `.${owner}.${TEMP_TAG}-`;
    if (name.startsWith(prefix)) {
      const pid = Number(name.slice(prefix.length).split('-')[0]);
      return Number.isInteger(pid) && pid > 0 ? pid : null;
    }
  }
  return null;
}
