// A cross-process lock on a config file, compatible with OpenClaw's own: OpenClaw serializes config
// mutations with an exclusively created regular file `<config>.lock` holding {pid, createdAt,
// starttime?} and reclaims abandoned ones under a `<lock>.reclaim` directory guard. Using the same
// file means aisa-setup and a running OpenClaw never interleave writes either. proper-lockfile uses
// a `.lock` *directory* and mtime-only staleness, which OpenClaw would not see and which makes a run
// wait ~10 s after a crashed one, so this is hand-written.
import { AsyncLocalStorage } from 'node:async_hooks';
import { readFileSync } from 'node:fs';
import { mkdir, open, readFile, rmdir, stat, unlink } from './fs-async.js';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { Stats } from 'node:fs';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { ensureConfigDir, errnoCode, pidAlive } from './fsx.js';

const TOOL = 'aisa-setup';
/** A lock without any pid ages out like OpenClaw's (30 s); so does an abandoned reclaim guard. */
const OWNERLESS_STALE_MS = 30_000;
/** A lock file with no readable payload: its creator died between create and write (microseconds). */
const EMPTY_STALE_MS = 2_000;
/** A live pid that old is taken to be a recycled pid where /proc start times are not available. */
const MAX_HOLD_MS = 10 * 60_000;

interface Payload {
  pid?: number;
  createdAt?: string;
  starttime?: number;
  tool?: string;
  host?: string;
}
interface Snapshot {
  raw: string;
  payload: Payload | null;
  stat: Stats;
}

/** Locks this process holds, so a nested withConfigLock on the same file does not wait for itself. */
const held = new AsyncLocalStorage<Set<string>>();

export function lockPathFor(target: string): string {
  return `${resolve(target)}.lock`;
}

export async function withConfigLock<T>(lockTarget: string, fn: () => Promise<T>, opts?: { waitMs?: number }): Promise<T> {
  const lockPath = lockPathFor(lockTarget);
  const mine = held.getStore();
  if (mine?.has(lockPath)) return fn();
  await ensureConfigDir(dirname(lockPath));
  const identity = await acquire(lockPath, opts?.waitMs ?? 5000);
  try {
    return await held.run(new Set([...(mine ?? []), lockPath]), fn);
  } finally {
    await release(lockPath, identity);
  }
}

async function acquire(lockPath: string, waitMs: number): Promise<Stats> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    const identity = await tryCreate(lockPath);
    if (identity) return identity;
    // Anything odd at the lock path (a directory, an unreadable file) is treated as held: we wait,
    // then say which path to remove.
    if (await reclaimIfStale(lockPath).catch(() => false)) continue;
    if (Date.now() >= deadline) {
      const snap = await readSnapshot(lockPath).catch(() => null);
      // Caught between a holder's create and its payload write (or its release): look again
      // shortly, so the message can say who holds the lock.
      if (!snap?.payload && Date.now() < deadline + 500) {
        await new Promise((r) => setTimeout(r, 10));
        continue;
      }
      throw busyError(lockPath, snap);
    }
    // Same back-off as OpenClaw: quick first retries, then at most 4 polls a second.
    await new Promise((r) => setTimeout(r, Math.min(250, Math.round(25 * 1.2 ** attempt), Math.max(1, deadline - Date.now()))));
  }
}

/** O_EXCL create: the one atomic step that decides who holds the lock. null = someone else does. */
async function tryCreate(lockPath: string): Promise<Stats | null> {
  let handle;
  try {
    handle = await open(lockPath, 'wx', 0o600);
  } catch (e) {
    if (errnoCode(e) === 'EEXIST') return null;
    throw lockFailed(lockPath, e);
  }
  let failed = false;
  try {
    const starttime = processStartTime(process.pid);
    const payload: Payload = { pid: process.pid, createdAt: new Date().toISOString(), tool: TOOL, host: hostname() };
    if (starttime !== null) payload.starttime = starttime;
    await handle.writeFile(`${JSON.stringify(payload)}\n`);
    return await handle.stat();
  } catch (e) {
    failed = true;
    throw lockFailed(lockPath, e);
  } finally {
    await handle.close().catch(() => {});
    if (failed) await unlink(lockPath).catch(() => {});
  }
}

async function release(lockPath: string, identity: Stats): Promise<void> {
  // Remove it only if it is still our file: after a takeover (we were judged stale) it is not.
  const current = await readSnapshot(lockPath).catch(() => null);
  if (current && sameFile(current.stat, identity)) await unlink(lockPath).catch(() => {});
}

async function readSnapshot(lockPath: string): Promise<Snapshot | null> {
  try {
    const [raw, st] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    let payload: Payload | null = null;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === 'object') payload = parsed as Payload;
    } catch {
      payload = null;
    }
    return { raw, payload, stat: st };
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return null;
    throw e;
  }
}

function isStale(snap: Snapshot, now = Date.now()): boolean {
  const p = snap.payload;
  const created = typeof p?.createdAt === 'string' ? Date.parse(p.createdAt) : Number.NaN;
  const age = now - (Number.isFinite(created) ? created : snap.stat.mtimeMs);
  if (!p) return now - snap.stat.mtimeMs > EMPTY_STALE_MS;
  const pid = typeof p.pid === 'number' && Number.isInteger(p.pid) && p.pid > 0 ? p.pid : null;
  if (pid === null) return age > OWNERLESS_STALE_MS;
  // A pid means nothing on another machine sharing the directory: only age counts there.
  if (typeof p.host === 'string' && p.host !== hostname()) return age > MAX_HOLD_MS;
  if (!pidAlive(pid)) return true;
  if (typeof p.starttime === 'number') {
    const current = processStartTime(pid);
    if (current !== null && current !== p.starttime) return true; // the pid was recycled
  }
  return age > MAX_HOLD_MS;
}

/**
 * Remove a lock proven stale. The guard directory makes reclaimers take turns, and the lock is
 * unlinked only if it is still the very file (inode and bytes) judged stale, so a fresh lock created
 * meanwhile by a faster process is never deleted.
 */
async function reclaimIfStale(lockPath: string): Promise<boolean> {
  const observed = await readSnapshot(lockPath);
  if (!observed) return true; // released meanwhile: try again at once
  if (!isStale(observed)) return false;
  const guard = `${lockPath}.reclaim`;
  try {
    await mkdir(guard);
  } catch (e) {
    if (errnoCode(e) !== 'EEXIST') return false;
    // A guard is held for milliseconds; an old one was left by a crash mid-reclaim.
    const st = await stat(guard).catch(() => null);
    if (st && Date.now() - st.mtimeMs > OWNERLESS_STALE_MS) await rmdir(guard).catch(() => {});
    return false;
  }
  try {
    const current = await readSnapshot(lockPath);
    if (!current || !sameFile(current.stat, observed.stat) || current.raw !== observed.raw) return false;
    await unlink(lockPath).catch((e: unknown) => {
      if (errnoCode(e) !== 'ENOENT') throw e;
    });
    return true;
  } finally {
    await rmdir(guard).catch(() => {});
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** Linux start time of a process (field 22 of /proc/<pid>/stat), the same value OpenClaw records. */
function processStartTime(pid: number): number | null {
  if (process.platform !== 'linux') return null;
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const value = Number(fields[19]);
    return Number.isInteger(value) ? value : null;
  } catch {
    return null;
  }
}

function busyError(lockPath: string, snap: Snapshot | null): CliError {
  const file = lockPath.slice(0, -'.lock'.length);
  const pid = typeof snap?.payload?.pid === 'number' ? snap.payload.pid : null;
  const since = typeof snap?.payload?.createdAt === 'string' ? snap.payload.createdAt : null;
  const m = t().write;
  const message = snap?.payload?.tool === TOOL ? m.lockBusyOurs(file, pid, since) : m.lockBusyOther(file, pid, since);
  return new CliError('config-locked', ExitCode.config, message, m.fixLockBusy(lockPath));
}

function lockFailed(lockPath: string, e: unknown): CliError {
  const m = t().write;
  return new CliError('config-lock-failed', ExitCode.config, m.lockFailed(lockPath, m.reason(errnoCode(e) ?? String(e))), m.fixLockFailed(dirname(lockPath)), { cause: e });
}
