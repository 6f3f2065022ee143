/*
 * The promise-returning file calls the config code uses, made from node:fs's callback API with
 * util.promisify. node:fs/promises would do the same, but loading it costs ~5 ms on Node 24 (it
 * pulls in readline, the file watchers and file streams), paid by every command that reads a
 * config; node:fs and node:util are loaded by Node itself before any of our code runs.
 */
import {
  chmod as chmodCb,
  close as closeCb,
  fchmod,
  fchown,
  fstat,
  fsync,
  lstat as lstatCb,
  mkdir as mkdirCb,
  open as openCb,
  readdir as readdirCb,
  readFile as readFileCb,
  readlink as readlinkCb,
  realpath as realpathCb,
  rename as renameCb,
  rmdir as rmdirCb,
  stat as statCb,
  unlink as unlinkCb,
  writeFile as writeFileCb,
  type Mode,
  type OpenMode,
  type PathLike,
  type Stats,
} from 'node:fs';
import { promisify } from 'node:util';

export const chmod = promisify(chmodCb);
export const lstat = promisify(lstatCb);
export const mkdir = promisify(mkdirCb);
export const readdir = promisify(readdirCb);
export const readFile = promisify(readFileCb);
export const readlink = promisify(readlinkCb);
export const realpath = promisify(realpathCb);
export const rename = promisify(renameCb);
export const rmdir = promisify(rmdirCb);
export const stat = promisify(statCb);
export const unlink = promisify(unlinkCb);

/** An open file: the few FileHandle methods the config code calls, on a plain descriptor. */
export interface FileHandle {
  readonly fd: number;
  chmod(mode: Mode): Promise<void>;
  chown(uid: number, gid: number): Promise<void>;
  stat(): Promise<Stats>;
  readFile(): Promise<Buffer>;
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  /** Idempotent, as FileHandle's is: a descriptor closed twice could be one another open reused. */
  close(): Promise<void>;
}

const openFd = promisify(openCb);
const closeFd = promisify(closeCb);
const chmodFd = promisify(fchmod);
const chownFd = promisify(fchown);
const statFd = promisify(fstat);
const syncFd = promisify(fsync);
const readFd = promisify(readFileCb);
const writeFd = promisify(writeFileCb);

export async function open(path: PathLike, flags: OpenMode, mode?: Mode): Promise<FileHandle> {
  const fd = await openFd(path, flags, mode);
  let closed: Promise<void> | undefined;
  return {
    fd,
    chmod: (m) => chmodFd(fd, m),
    chown: (uid, gid) => chownFd(fd, uid, gid),
    stat: () => statFd(fd),
    readFile: () => readFd(fd),
    writeFile: (data) => writeFd(fd, data),
    sync: () => syncFd(fd),
    close: () => (closed ??= closeFd(fd)),
  };
}
