// The Simplified Chinese of ../en/write.ts, typed by it (a type-only import: no English is bundled here).
import type en from '../en/write.js';

const reasonsZh: Record<string, string> = {
  EACCES: '权限不足',
  EPERM: '操作不被允许',
  EROFS: '只读文件系统',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '超出磁盘配额',
  ENOTDIR: '不是目录',
  EISDIR: '是一个目录',
  EBUSY: '资源忙',
  EIO: '输入/输出错误',
};

const zh: typeof en = {
  reason: (code) => (reasonsZh[code] ? `${reasonsZh[code]}（${code}）` : code),
  lockBusyOurs: (file, pid, since) =>
    `另一个 aisa-setup 进程${pid ? `（pid ${pid}${since ? `，开始于 ${since}` : ''}）` : ''}正持有 ${file} 的锁。`,
  lockBusyOther: (file, pid, since) =>
    `另一个程序${pid ? `（pid ${pid}${since ? `，开始于 ${since}` : ''}）` : ''}正持有 ${file} 的锁，可能是 OpenClaw 或另一个 aisa-setup 进程。`,
  fixLockBusy: (lockPath) => `请等它结束后重新运行命令。如果没有其他程序在运行，说明这是残留的锁：删除 ${lockPath} 后重试。`,
  lockFailed: (lockPath, reason) => `无法创建锁文件 ${lockPath}：${reason}。`,
  fixLockFailed: (dir) => `请确认 ${dir} 存在且你有写入权限（ls -ld ${dir}）。`,
  isDirectory: (file) => `${file} 是一个目录，不是配置文件。`,
  fixIsDirectory: '请让 --config 指向 openclaw.json 文件本身，或把这个目录移走。',
  symlink: (file, target) => `${file} 是指向 ${target} 的符号链接。不支持通过符号链接写入配置（OpenClaw 也不支持）。`,
  fixSymlink: (target) => `请使用 --config ${target} 重新运行以修改实际文件，或用文件副本替换这个链接。`,
  notRegular: (file) => `${file} 不是普通文件（可能是设备、套接字或管道）。`,
  fixNotRegular: '请让 --config 指向一个普通的 openclaw.json 文件。',
  unreadable: (file, reason) => `无法读取 ${file}：${reason}。`,
  fixUnreadable: (file) => `请检查 ${file} 的权限（ls -l ${file}）：它应属于你，权限为 600。`,
  tooLarge: (file, mib) => `${file} 大小为 ${mib} MiB；超过 5 MiB 的配置文件不适合自动修改。`,
  fixTooLarge: '请确认 --config 指向了正确的文件。',
  notUtf8: (file) => `${file} 不是 UTF-8 文本，改写它可能会损坏内容。`,
  fixNotUtf8: '请把文件另存为 UTF-8 编码（OpenClaw 按 UTF-8 读取）后重新运行。',
  parentNotDir: (file) => `无法使用 ${file}：它的目录路径中有一部分是文件而不是目录。`,
  fixParentNotDir: '请让 --config 指向某个真实目录中的路径。',
  cannotCreateDir: (dir, reason) => `无法创建目录 ${dir}：${reason}。`,
  fixCannotCreateDir: (dir) => `请自行创建 ${dir}（mkdir -m 700 -p ${dir}），或换一个 --config 路径。`,
  dirNotWritable: (dir, reason) => `无法在 ${dir} 中写入：${reason}。`,
  fixDirNotWritable: (dir) => `写入时会先在旁边创建新文件，因此该目录必须可写：请检查 ls -ld ${dir}。`,
  changedOnDisk: (file) => `在 aisa-setup 运行期间，${file} 已被其他程序修改，因此没有写入任何内容。`,
  fixChangedOnDisk: '请重新运行命令，它会基于最新内容进行修改。',
  backupFailed: (file, reason) => `写入前无法备份 ${file}：${reason}。没有写入任何内容。`,
  fixBackupFailed: (dir) => `请检查 ${dir} 中的备份文件（.bak、.bak.1 … .bak.4），并确认该目录可写。`,
  writeFailed: (file, reason) => `无法写入 ${file}：${reason}。`,
  fixWriteFailed: (backup) =>
    backup ? `之前的版本已保存在 ${backup}。请释放磁盘空间或修正权限后重新运行。` : '请释放磁盘空间或修正权限后重新运行。',
  verifyFailed: (file) => `${file} 读回的内容与写入的不一致：磁盘或其他程序改动了它。`,
  fixVerifyFailed: (file, backup) => (backup ? `可用以下命令恢复之前的版本：cp ${backup} ${file}` : `请删除 ${file} 后重新运行。`),
};

export default zh;
