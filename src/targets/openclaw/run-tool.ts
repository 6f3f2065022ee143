/**
 * Runs another program (openclaw, npm) for the plugin command: its stdout is kept for the caller,
 * both streams are also handed to `echo` (the command sends them to stderr, so our own stdout stays
 * one JSON document with --json). A run that hangs is stopped rather than waited on forever.
 */
export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runTool(file: string, args: string[], opts: { env: NodeJS.ProcessEnv; cwd?: string; echo?: (chunk: Buffer) => void; timeoutMs?: number }): Promise<ToolRun> {
  return new Promise((resolve) => {
    // Taken here, not imported: this module loads with every command, and child_process costs ~6 ms.
    const child = process.getBuiltinModule('node:child_process').spawn(file, args, {
      env: opts.env,
      cwd: opts.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      opts.echo?.(d);
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      opts.echo?.(d);
    });
    // OpenClaw's install takes ~15 s here.
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 180_000);
    child.on('error', () => resolve({ code: 127, stdout, stderr }));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stdout, stderr });
    });
  });
}
