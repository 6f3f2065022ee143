import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../bin/aisa-setup.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** PATH with a stand-in `openclaw` first (in `home`/bin), for output that depends on OpenClaw being installed. */
export function pathWithOpenclaw(home: string): string {
  const bin = join(home, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'openclaw'), '#!/bin/sh\necho "openclaw 2026.9.6"\n', { mode: 0o755 });
  return `${bin}${delimiter}${process.env.PATH ?? ''}`;
}

/**
 * Runs the built CLI as a child process, as a user's shell would: no terminal, the given stdin
 * (closed at once unless `keepStdinOpen`), an environment with only what the test passes.
 */
export function runCli(args: string[], opts: { home: string; env?: NodeJS.ProcessEnv; input?: string; keepStdinOpen?: boolean; timeoutMs?: number }): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', HOME: opts.home, NO_COLOR: '1', LANG: 'C', ...opts.env };
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  if (opts.input !== undefined) child.stdin.write(opts.input);
  if (!opts.keepStdinOpen) child.stdin.end();
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`aisa-setup ${args.join(' ')} did not finish in ${opts.timeoutMs ?? 10_000} ms\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? 10_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      done({ code, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}
