import { execFile } from 'node:child_process';

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
    const child = execFile(file, args, { env, timeout: timeoutMs, windowsHide: true, shell: process.platform === 'win32' }, (err, stdout) =>
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

/**
 * Whether an OpenClaw gateway process runs on this machine (it reads the config only at start).
 * `ps` rather than `pgrep -f`: the same flags on Linux and macOS, and we can leave ourselves out.
 */
export async function gatewayRunning(env: NodeJS.ProcessEnv, timeoutMs = 1000): Promise<boolean | undefined> {
  if (process.platform === 'win32') return undefined;
  const out = await quickRun('ps', ['-A', '-o', 'pid=,args='], env, timeoutMs);
  if (out === undefined) return undefined;
  return out.split('\n').some((line) => {
    const [pid, ...rest] = line.trim().split(/\s+/);
    const args = rest.join(' ');
    if (Number(pid) === process.pid || /aisa-setup/.test(args)) return false;
    return /openclaw-gateway|\bopenclaw(\.m?js)?\s+(.*\s)?gateway\b/.test(args);
  });
}
