import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { tidyKey } from '../resolve.js';
import { registerSecret } from '../secret.js';
import { checkAisaKey } from '../gateway/key-kind.js';
import { checkKeyShape } from '../gateway/url.js';
import type { Prompts } from '../ui/prompts.js';

export type NoPromptReason = 'no-terminal' | 'non-interactive' | 'json';

/** Why a run may not ask: said in the error, since "no terminal" is wrong when there is one. */
export function noPromptReason(json: boolean, nonInteractive: boolean): NoPromptReason {
  return json ? 'json' : nonInteractive ? 'non-interactive' : 'no-terminal';
}

/**
 * The masked question for a key: an empty or malformed one, or (for AIsa) another provider's, is
 * refused in place with the reason, and asked again.
 */
export async function askKeyMasked(prompts: Pick<Prompts, 'password'>, message: string, opts: { aisa?: boolean } = {}): Promise<string> {
  const raw = await prompts.password({
    message,
    validate: (value) => {
      try {
        checkKeyShape(tidyKey(value));
        if (opts.aisa) checkAisaKey(tidyKey(value));
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
