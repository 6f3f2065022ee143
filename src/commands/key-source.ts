import { join } from 'node:path';
import type { Io } from '../context.js';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { readEnvText } from '../targets/openclaw/envfile.js';
import { KEY_ENV_VAR } from '../targets/openclaw/provider.js';
import { readTextFile } from '../config/write.js';
import { registerSecret } from '../secret.js';
import { checkKeyShape } from '../gateway/url.js';
import type { Prompts } from '../ui/prompts.js';

export type KeySource = 'flag' | 'stdin' | 'env' | 'env-file';

export interface FoundKey {
  key: string;
  source: KeySource;
}

/**
 * The key from, in order: --aisa-api-key, --aisa-api-key-stdin, AISA_API_KEY (or another
 * gateway's variable), then `<state dir>/.env` (where an earlier onboarding put it; PicoClaw has none). Stdin is read only when asked for,
 * so a script with an open, silent pipe never hangs.
 */
export async function findKey(
  io: Io,
  flags: { apiKey?: string | undefined; apiKeyStdin: boolean },
  stateDir: string | undefined,
  envVar: string = KEY_ENV_VAR,
): Promise<FoundKey | undefined> {
  let found: FoundKey | undefined;
  if (flags.apiKey !== undefined) found = { key: flags.apiKey, source: 'flag' };
  else if (flags.apiKeyStdin) {
    const text = await readAll(io.stdin);
    if (text.trim() === '') throw new CliError('usage', ExitCode.usage, t().onboard.emptyStdinKey, t().onboard.emptyStdinKeyFix);
    found = { key: text, source: 'stdin' };
  } else if (io.env[envVar]) found = { key: io.env[envVar]!, source: 'env' };
  else if (stateDir !== undefined) {
    const fromFile = readEnvText(await readTextFile(join(stateDir, '.env')))[envVar];
    if (fromFile) found = { key: fromFile, source: 'env-file' };
  }
  if (found) {
    // Trailing newlines and spaces come with pasting and `echo`; inner ones are caught by the shape check.
    found.key = tidyKey(found.key);
    registerSecret(found.key);
  }
  return found;
}

export type NoPromptReason = 'no-terminal' | 'non-interactive' | 'json';

/** Why a run may not ask: said in the error, since "no terminal" is wrong when there is one. */
export function noPromptReason(json: boolean, nonInteractive: boolean): NoPromptReason {
  return json ? 'json' : nonInteractive ? 'non-interactive' : 'no-terminal';
}

/** Pasting and `echo` bring trailing spaces and newlines; inner ones are left for the shape check. */
export function tidyKey(value: string): string {
  return value.replace(/\s+$/u, '').replace(/^[ \t]+/, '');
}

/** The masked question for a key: an empty or malformed one is refused in place, with the reason. */
export async function askKeyMasked(prompts: Pick<Prompts, 'password'>, message: string): Promise<string> {
  const raw = await prompts.password({
    message,
    validate: (value) => {
      try {
        checkKeyShape(tidyKey(value));
        return true;
      } catch (e) {
        return e instanceof CliError ? e.message : String(e);
      }
    },
  });
  const key = tidyKey(raw);
  registerSecret(key);
  return key;
}

export function missingKeyError(why: NoPromptReason): CliError {
  const m = t().onboard;
  return new CliError('missing-key', ExitCode.usage, m.noKey(m.noPromptWhy[why]), m.noKeyFix);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
