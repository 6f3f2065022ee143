// Messages of src/config/{write,lock,backup,atomic}.ts: reading, locking and writing config files.

const reasonsEn: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  EBUSY: 'resource busy',
  EIO: 'input/output error',
};

const en = {
  /** A short reason for a failed file operation, from its errno code. */
  reason: (code: string) => (reasonsEn[code] ? `${reasonsEn[code]} (${code})` : code),
  lockBusyOurs: (file: string, pid: number | null, since: string | null) =>
    `Another aisa-setup run${pid ? ` (pid ${pid}${since ? `, since ${since}` : ''})` : ''} holds the lock on ${file}.`,
  lockBusyOther: (file: string, pid: number | null, since: string | null) =>
    `Another program${pid ? ` (pid ${pid}${since ? `, since ${since}` : ''})` : ''}, probably OpenClaw or another aisa-setup run, holds the lock on ${file}.`,
  fixLockBusy: (lockPath: string) =>
    `Wait for it to finish and run the command again. If nothing else is running, the lock is stale: remove ${lockPath} and retry.`,
  lockFailed: (lockPath: string, reason: string) => `Cannot create the lock file ${lockPath}: ${reason}.`,
  fixLockFailed: (dir: string) => `Check that ${dir} exists and that you can write to it (ls -ld ${dir}).`,
  isDirectory: (file: string) => `${file} is a directory, not a config file.`,
  fixIsDirectory: 'Point --config at the openclaw.json file itself, or move the directory out of the way.',
  symlink: (file: string, target: string) =>
    `${file} is a symbolic link to ${target}. Writing through a symlinked config is not supported (OpenClaw does not support it either).`,
  fixSymlink: (target: string) =>
    `Run again with --config ${target} to edit the real file, or replace the link with a copy of the file.`,
  notRegular: (file: string) => `${file} is not a regular file (a device, socket or pipe?).`,
  fixNotRegular: 'Point --config at a regular openclaw.json file.',
  unreadable: (file: string, reason: string) => `Cannot read ${file}: ${reason}.`,
  fixUnreadable: (file: string) => `Check the permissions of ${file} (ls -l ${file}); it should belong to you with mode 600.`,
  tooLarge: (file: string, mib: string) => `${file} is ${mib} MiB; a config file over 5 MiB is not something to edit automatically.`,
  fixTooLarge: 'Check that --config points at the right file.',
  notUtf8: (file: string) => `${file} is not UTF-8 text; rewriting it could damage it.`,
  fixNotUtf8: 'Save the file as UTF-8 (OpenClaw reads UTF-8) and run again.',
  parentNotDir: (file: string) => `Cannot use ${file}: a part of its directory path is a file, not a directory.`,
  fixParentNotDir: 'Point --config at a path inside a real directory.',
  cannotCreateDir: (dir: string, reason: string) => `Cannot create the directory ${dir}: ${reason}.`,
  fixCannotCreateDir: (dir: string) => `Create ${dir} yourself (mkdir -m 700 -p ${dir}) or choose another --config.`,
  dirNotWritable: (dir: string, reason: string) => `Cannot write in ${dir}: ${reason}.`,
  fixDirNotWritable: (dir: string) =>
    `The file is written by creating a new one next to it, so the directory must be writable: check ls -ld ${dir}.`,
  changedOnDisk: (file: string) => `${file} changed on disk while aisa-setup was working (another program wrote it). Nothing was written.`,
  fixChangedOnDisk: 'Run the command again: it will start from the new content.',
  backupFailed: (file: string, reason: string) => `Cannot back up ${file} before writing it: ${reason}. Nothing was written.`,
  fixBackupFailed: (dir: string) => `Check the backups (.bak, .bak.1 … .bak.4) in ${dir} and that the directory is writable.`,
  writeFailed: (file: string, reason: string) => `Cannot write ${file}: ${reason}.`,
  fixWriteFailed: (backup: string | null) =>
    backup ? `The previous version is saved in ${backup}. Free space or fix permissions, then run again.` : 'Free space or fix permissions, then run again.',
  verifyFailed: (file: string) => `${file} does not read back as written: the disk or another program changed it.`,
  fixVerifyFailed: (file: string, backup: string | null) =>
    backup ? `Restore the previous version with: cp ${backup} ${file}` : `Remove ${file} and run again.`,
};

export default en;
