// Reading and writing OpenClaw's files safely: refuse what we must not touch (directories, symlinks,
// non-UTF-8), never write over a change we did not see, keep a backup, replace atomically, verify.
import { constants, type Stats } from 'node:fs';
import { open, readFile, readlink } from './fs-async.js';
import { dirname, resolve } from 'node:path';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { modeFor, removeLeftoverTemps, writeFileAtomic, type Owner } from './atomic.js';
import { backupPrevious } from './backup.js';
import { ensureConfigDir, errnoCode, reasonOf } from './fsx.js';

import { withConfigLock } from './lock.js';

export { withConfigLock, lockPathFor } from './lock.js';

export interface FileWrite {
  path: string;
  /** The text we read; null = the file did not exist. */
  before: string | null;
  after: string;
  /** Holds a key: 0600 regardless of the existing mode. */
  secret?: boolean;
}
export interface WriteResult {
  path: string;
  changed: boolean;
  backupPath: string | null;
}

const MAX_BYTES = 5 * 1024 * 1024;
// fatal: refuse bytes that are not UTF-8 rather than rewrite them as U+FFFD; ignoreBOM: keep the BOM.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

interface Read {
  text: string;
  bytes: Uint8Array;
  stat: Stats;
}

export interface ReadOptions {
  /**
   * Read through a symlink instead of refusing it. Only for read-only diagnosis (doctor): anything
   * that may write the file later must read it with the default, so a link is refused up front.
   */
  followSymlink?: boolean;
}

export async function readTextFile(path: string, opts: ReadOptions = {}): Promise<string | null> {
  return (await readExisting(resolve(path), opts.followSymlink === true))?.text ?? null;
}

async function readExisting(file: string, followSymlink = false): Promise<Read | null> {
  const m = t().write;
  // NOFOLLOW: a symlink is refused, not followed; NONBLOCK: a FIFO must not hang us.
  const flags = constants.O_RDONLY | (followSymlink ? 0 : (constants.O_NOFOLLOW ?? 0)) | (constants.O_NONBLOCK ?? 0);
  let handle;
  try {
    handle = await open(file, flags);
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP' || code === 'EMLINK') throw await symlinkError(file, e);
    if (code === 'ENOTDIR') throw new CliError('config-parent-not-dir', ExitCode.config, m.parentNotDir(file), m.fixParentNotDir, { cause: e });
    if (code === 'EISDIR') throw new CliError('config-is-directory', ExitCode.config, m.isDirectory(file), m.fixIsDirectory, { cause: e });
    throw new CliError('config-unreadable', ExitCode.config, m.unreadable(file, reasonOf(e)), m.fixUnreadable(file), { cause: e });
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new CliError('config-is-directory', ExitCode.config, m.isDirectory(file), m.fixIsDirectory);
    if (!stat.isFile()) throw new CliError('config-not-regular', ExitCode.config, m.notRegular(file), m.fixNotRegular);
    if (stat.size > MAX_BYTES) {
      throw new CliError('config-too-large', ExitCode.config, m.tooLarge(file, (stat.size / 1048576).toFixed(1)), m.fixTooLarge);
    }
    const bytes = await handle.readFile().catch((e: unknown) => {
      throw new CliError('config-unreadable', ExitCode.config, m.unreadable(file, reasonOf(e)), m.fixUnreadable(file), { cause: e });
    });
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch (e) {
      throw new CliError('config-not-utf8', ExitCode.config, m.notUtf8(file), m.fixNotUtf8, { cause: e });
    }
    return { text, bytes, stat };
  } finally {
    await handle.close().catch(() => {});
  }
}

async function symlinkError(file: string, cause: unknown): Promise<CliError> {
  const m = t().write;
  const link = await readlink(file).catch(() => null);
  const target = link === null ? file : resolve(dirname(file), link);
  return new CliError('config-symlink', ExitCode.config, m.symlink(file, target), m.fixSymlink(target), { cause });
}

/**
 * A plan's writes committed under the lock of its main file (the config): what changed, and the
 * main file's backup. The writes carry the text they were planned from, so a change since is refused.
 */
export async function commitLocked(mainPath: string, writes: FileWrite[]): Promise<{ changed: boolean; backupPath: string | null; results: WriteResult[] }> {
  const results = await withConfigLock(mainPath, () => commitWrites(writes));
  return { changed: results.some((r) => r.changed), backupPath: results.find((r) => r.path === resolve(mainPath))?.backupPath ?? null, results };
}

export async function commitWrites(writes: FileWrite[]): Promise<WriteResult[]> {
  const m = t().write;
  // Check every file before touching any, so a refusal leaves all of them as they were.
  const checked: { w: FileWrite; file: string; current: Read | null }[] = [];
  for (const w of writes) {
    const file = resolve(w.path);
    const current = await readExisting(file);
    if ((current?.text ?? null) !== w.before) {
      throw changedOnDisk(file);
    }
    checked.push({ w, file, current });
  }

  const results: WriteResult[] = [];
  for (const { w, file, current } of checked) {
    // Idempotence: same bytes → no write, no backup, mtime untouched.
    if (current !== null && current.text === w.after) {
      results.push({ path: file, changed: false, backupPath: null });
      continue;
    }
    const dir = dirname(file);
    await ensureConfigDir(dir);
    await removeLeftoverTemps(file);
    const owner = ownerToKeep(current?.stat);

    let backupPath: string | null = null;
    if (current !== null) {
      try {
        backupPath = await backupPrevious(file, current.bytes, owner);
      } catch (e) {
        throw new CliError('config-backup-failed', ExitCode.config, m.backupFailed(file, reasonOf(e)), m.fixBackupFailed(dir), { cause: e });
      }
    }

    const bytes = Buffer.from(w.after, 'utf8');
    try {
      await writeFileAtomic(file, bytes, modeFor(current ? current.stat.mode & 0o777 : null, w.secret === true), owner);
    } catch (e) {
      const code = errnoCode(e);
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
        throw new CliError('config-not-writable', ExitCode.config, m.dirNotWritable(dir, reasonOf(e)), m.fixDirNotWritable(dir), { cause: e });
      }
      throw new CliError('config-write-failed', ExitCode.config, m.writeFailed(file, reasonOf(e)), m.fixWriteFailed(backupPath), { cause: e });
    }

    const readBack = await readFile(file).catch(() => null);
    if (!readBack || !bytes.equals(readBack)) {
      throw new CliError('config-verify-failed', ExitCode.config, m.verifyFailed(file), m.fixVerifyFailed(file, backupPath));
    }
    results.push({ path: file, changed: true, backupPath });
  }
  return results;
}

/** The refusal of a plan whose file changed since it was read (exit 3). */
export function changedOnDisk(file: string): CliError {
  const m = t().write;
  return new CliError('config-changed', ExitCode.config, m.changedOnDisk(resolve(file)), m.fixChangedOnDisk);
}

/** Only root can give a file away; do so when root rewrites a file that belongs to someone else. */
function ownerToKeep(stat: Stats | undefined): Owner | undefined {
  if (!stat || process.getuid?.() !== 0) return undefined;
  return stat.uid === 0 && stat.gid === 0 ? undefined : { uid: stat.uid, gid: stat.gid };
}
