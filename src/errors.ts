/** Exit codes are part of the public contract (cli-contract.md). */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  config: 3,
  auth: 4,
  network: 5,
  cancelled: 130,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The one error type that reaches the entry point. `kind` is stable and machine-readable
 * (it appears in --json output); `message` and `fix` are already in the user's language.
 */
export class CliError extends Error {
  readonly kind: string;
  readonly exitCode: ExitCodeValue;
  readonly fix: string | undefined;

  constructor(kind: string, exitCode: ExitCodeValue, message: string, fix?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliError';
    this.kind = kind;
    this.exitCode = exitCode;
    this.fix = fix;
  }

  toJSON(): { kind: string; message: string; fix?: string } {
    return this.fix ? { kind: this.kind, message: this.message, fix: this.fix } : { kind: this.kind, message: this.message };
  }
}

export function isCliError(e: unknown): e is CliError {
  return e instanceof CliError;
}
