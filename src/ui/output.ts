import { redact } from '../secret.js';

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * Where text goes. With --json, stdout carries exactly one JSON document and every human line
 * goes to stderr. Everything written passes through `redact` so a key can never leak.
 */
export class Output {
  constructor(
    readonly streams: Streams,
    readonly json: boolean,
  ) {}

  /** A line for the person at the terminal. */
  say(text = ''): void {
    (this.json ? this.streams.stderr : this.streams.stdout).write(redact(text) + '\n');
  }

  /** A warning or error line; always stderr. */
  warn(text: string): void {
    this.streams.stderr.write(redact(text) + '\n');
  }

  /** The one JSON document of a --json run. */
  document(value: unknown): void {
    this.streams.stdout.write(redact(JSON.stringify(value, null, 2)) + '\n');
  }
}

/** NO_COLOR (any value), --no-color and FORCE_COLOR=0 turn colour off; FORCE_COLOR=1 forces it. */
export function wantsColor(flagNoColor: boolean, json: boolean, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (json || flagNoColor) return false;
  if (env.NO_COLOR !== undefined) return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return true;
  if (env.TERM === 'dumb') return false;
  return Boolean(isTTY);
}
