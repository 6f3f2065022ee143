import type { Context, Io } from './context.js';
import { CliError, ExitCode } from './errors.js';
import { DEFAULT_BASE_URL, normalizeBaseUrl } from './gateway/url.js';
import { t } from './i18n/index.js';
import { registerSecret } from './secret.js';
import type { KeptKey, KeySource } from './targets/target.js';

/** A value and where it came from, so a run can say which one it used and why. */
export interface Resolved<S extends string> {
  value: string;
  source: S;
}

export type BaseUrlSource = 'flag' | 'env' | 'config' | 'default';

/**
 * The gateway address, in this order: --base-url, AISA_BASE_URL, the address the target's files
 * already use (a proxy, a regional endpoint: kept on a re-run), AIsa's. One written in the files
 * that we would refuse as a flag (plain http to a remote host) is not kept: the default replaces
 * it, and the diff shows that.
 */
export function resolveBaseUrl(ctx: Pick<Context, 'opts'>, configured: string | undefined): Resolved<BaseUrlSource> {
  if (ctx.opts.baseUrl !== undefined) return { value: normalizeBaseUrl(ctx.opts.baseUrl), source: ctx.opts.baseUrlSource ?? 'flag' };
  if (configured) {
    try {
      return { value: normalizeBaseUrl(configured), source: 'config' };
    } catch {
      // Falls through to the default.
    }
  }
  return { value: DEFAULT_BASE_URL, source: 'default' };
}

/**
 * The address a command that only reads (`models`) asks: --base-url or AISA_BASE_URL, else where
 * the files point, else AIsa's. Unlike onboarding, which rewrites an address it would refuse, a bad
 * one here is the user's to see: it is reported (exit 2), not silently replaced by the default.
 */
export function baseUrlToAsk(ctx: Pick<Context, 'opts'>, configured: string | undefined): string {
  return normalizeBaseUrl(ctx.opts.baseUrl ?? configured ?? DEFAULT_BASE_URL);
}

/**
 * The key, in this order: --aisa-api-key, --aisa-api-key-stdin, the gateway's variable
 * (AISA_API_KEY), then a key the target's files already hold that it reuses without asking.
 * Stdin is read only when asked for, so a script with an open, silent pipe never hangs.
 */
export async function resolveKey(
  io: Io,
  flags: { apiKey?: string | undefined; apiKeyStdin: boolean },
  envVar: string,
  kept: readonly KeptKey[] = [],
): Promise<Resolved<KeySource> | undefined> {
  let found: Resolved<KeySource> | undefined;
  if (flags.apiKey !== undefined) found = { value: flags.apiKey, source: 'flag' };
  else if (flags.apiKeyStdin) {
    const text = await readAll(io.stdin);
    if (text.trim() === '') throw new CliError('usage', ExitCode.usage, t().onboard.emptyStdinKey, t().onboard.emptyStdinKeyFix);
    found = { value: text, source: 'stdin' };
  } else if (io.env[envVar]) found = { value: io.env[envVar]!, source: 'env' };
  else {
    const reused = kept.find((k) => k.reuse);
    if (reused) found = { value: reused.key, source: reused.source };
  }
  if (found) {
    // Trailing newlines and spaces come with pasting and `echo`; inner ones are caught by the shape check.
    found.value = tidyKey(found.value);
    registerSecret(found.value);
  }
  return found;
}

/**
 * A whole line of a .env file or a shell, `AISA_API_KEY=sk-…` / `export AISA_API_KEY="sk-…"` /
 * `$env:AISA_API_KEY='sk-…'`: the value is the key (keys never hold `=`). Quotes are dropped only
 * with the assignment; a bare quoted key is left for the shape check to name.
 */
const ASSIGNMENT = /^(?:export\s+|\$env:)?[A-Za-z_][A-Za-z0-9_]*\s*=\s*(["']?)([^"'\s]+)\1;?$/;

/** Pasting and `echo` bring trailing spaces and newlines; inner ones are left for the shape check. */
export function tidyKey(value: string): string {
  const line = value.replace(/\s+$/u, '').replace(/^[ \t]+/, '');
  return line.match(ASSIGNMENT)?.[2] ?? line;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
