import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { maskKey } from '../secret.js';

/**
 * Other providers' key prefixes. AIsa's keys start with `sk-aisa-`; older AIsa keys are plain
 * `sk-…` and must keep working, so only prefixes no AIsa key ever had are judged.
 */
const FOREIGN: ReadonlyArray<readonly [string, RegExp]> = [
  ['OpenAI', /^sk-(proj|svcacct|admin)-/],
  ['Anthropic', /^sk-ant-/],
  ['OpenRouter', /^sk-or-/],
  ['Google', /^AIza[0-9A-Za-z_-]{20,}/],
];

/** The provider whose key this plainly is, when it is not AIsa's; undefined for AIsa's and unknown shapes. */
export function foreignKeyProvider(key: string): string | undefined {
  return FOREIGN.find(([, re]) => re.test(key))?.[0];
}

/**
 * Refuses another provider's key before it is sent to AIsa: the answer would be a generic 401 after
 * a round trip, and the key would have gone to a host it does not belong to. Exit 4: the key must change.
 * Only for AIsa: another --provider-id gateway's keys take whatever shape that gateway gives them.
 */
export function checkAisaKey(key: string): void {
  const provider = foreignKeyProvider(key);
  if (!provider) return;
  const m = t().gateway;
  throw new CliError('key-foreign', ExitCode.auth, m.keyForeign(maskKey(key), provider), m.keyForeignFix);
}
