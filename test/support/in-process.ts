import { PassThrough } from 'node:stream';
import { main } from '../../src/cli.js';

/**
 * Runs the CLI in this process, from the sources, with captured streams and no terminal: faster
 * than a child process, for tests about what a command does rather than how it starts.
 */
export async function runMain(argv: string[], opts: { home: string; env?: NodeJS.ProcessEnv; cwd?: string; stdin?: string }): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c));
  stderr.on('data', (c: Buffer) => (err += c));
  const stdin = new PassThrough();
  stdin.end(opts.stdin);
  const code = await main(argv, { stdin, stdout, stderr, env: { HOME: opts.home, NO_COLOR: '1', ...opts.env }, cwd: opts.cwd ?? opts.home });
  return { code, out, err };
}
