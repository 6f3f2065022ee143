// Small file-system helpers shared by the lock, the backups and the atomic writer.
import { readFileSync } from 'node:fs';
import { mkdir, open } from './fs-async.js';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';

export function errnoCode(e: unknown): string | undefined {
  return e && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

export function reasonOf(e: unknown): string {
  const code = errnoCode(e);
  return code ? t().write.reason(code) : e instanceof Error ? e.message : String(e);
}

/** Creates the config directory (and missing parents) 0700, as OpenClaw does; an existing one is left alone. */
export async function ensureConfigDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    const m = t().write;
    const code = errnoCode(e);
    if (code === 'ENOTDIR' || code === 'EEXIST') {
      throw new CliError('config-parent-not-dir', ExitCode.config, m.parentNotDir(dir), m.fixParentNotDir, { cause: e });
    }
    throw new CliError('config-dir-create', ExitCode.config, m.cannotCreateDir(dir, reasonOf(e)), m.fixCannotCreateDir(dir), { cause: e });
  }
}

/**
 * Makes a rename in `dir` durable. Without it a power cut right after rename can bring back the old
 * directory entry. Windows and some file systems cannot open or fsync a directory: skip there.
 */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort: the data itself was already fsynced before the rename
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Whether a process exists. EPERM: it does, under another user. An unreaped zombie counts as gone. */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return errnoCode(e) === 'EPERM';
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true; // no /proc (macOS, Windows): signal 0 is all we know
  }
}
