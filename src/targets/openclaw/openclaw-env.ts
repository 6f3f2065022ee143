import { readdirSync, readFileSync } from 'node:fs';

// Taken when first needed: node:child_process (with the dgram and net it loads) costs ~6 ms to
// load on Node 24, and a scripted onboard on Linux never runs a child (see gatewayRunning).
const childProcess = () => process.getBuiltinModule('node:child_process');

/**
 * Runs a short command and gives up after `timeoutMs` whatever happens: the child is killed, and
 * the promise resolves even if a grandchild keeps the pipes open. Failure of any kind is undefined:
 * these answers only colour what we say, they never decide anything.
 */
function quickRun(file: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (v: string | undefined) => {
      if (!done) {
        done = true;
        clearTimeout(timer);
        resolve(v);
      }
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      // A grandchild may still hold the pipes: let go of them so our own exit never waits on it.
      child.stdout?.destroy();
      child.stderr?.destroy();
      child.unref();
      finish(undefined);
    }, timeoutMs);
    // Windows resolves `openclaw` to openclaw.cmd only through a shell.
    const child = childProcess().execFile(file, args, { env, timeout: timeoutMs, windowsHide: true, shell: process.platform === 'win32' }, (err, stdout) =>
      finish(err ? undefined : String(stdout)),
    );
    child.on('error', () => finish(undefined));
  });
}

/** `openclaw --version` → `2026.9.6`, or undefined when it is not on PATH or too slow to answer. */
export async function openclawVersion(env: NodeJS.ProcessEnv, timeoutMs = 1500): Promise<string | undefined> {
  const out = await quickRun('openclaw', ['--version'], env, timeoutMs);
  return out?.match(/\d+\.\d+\.\d+[\w.+-]*/)?.[0];
}

/** Whether one process, by its pid and command line, is an OpenClaw gateway other than this run. */
export function isGatewayProcess(pid: number, args: string): boolean {
  if (pid === process.pid || /aisa-setup/.test(args)) return false;
  return /openclaw-gateway|\bopenclaw(\.m?js)?\s+(.*\s)?gateway\b/.test(args);
}

/**
 * Every process's pid and command line from Linux's /proc, without running anything (`ps` is a
 * child process, ~15 ms). Undefined where there is no readable /proc: the caller asks `ps`.
 */
export function processesFromProc(procDir = '/proc'): Array<[number, string]> | undefined {
  let names: string[];
  try {
    names = readdirSync(procDir);
  } catch {
    return undefined;
  }
  const out: Array<[number, string]> = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Arguments are NUL-separated; a process may end between the listing and this read.
      out.push([Number(name), readFileSync(`${procDir}/${name}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()]);
    } catch {}
  }
  return out.length ? out : undefined;
}

/**
 * Whether an OpenClaw gateway process runs on this machine (it reads the config only at start).
 * Linux: /proc. Elsewhere `ps` rather than `pgrep -f`: the same flags on macOS and the BSDs.
 */
export async function gatewayRunning(env: NodeJS.ProcessEnv, opts: { timeoutMs?: number; procDir?: string } = {}): Promise<boolean | undefined> {
  if (process.platform === 'win32') return undefined;
  const listed = process.platform === 'linux' ? processesFromProc(opts.procDir) : undefined;
  if (listed) return listed.some(([pid, args]) => isGatewayProcess(pid, args));
  const out = await quickRun('ps', ['-A', '-o', 'pid=,args='], env, opts.timeoutMs ?? 1000);
  if (out === undefined) return undefined;
  return out.split('\n').some((line) => {
    const [pid, ...rest] = line.trim().split(/\s+/);
    return isGatewayProcess(Number(pid), rest.join(' '));
  });
}
