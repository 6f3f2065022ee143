import { shellQuote } from './shell.js';
import { TARGET_IDS } from './targets/ids.js';

/**
 * What this run acts on where a printed command must act on the same: the file, the target, the
 * gateway. Set once from the global options, before any message is made, so every fix and hint
 * names its command complete (no text is patched after it is translated).
 */
export interface Invocation {
  config?: string | undefined;
  profile?: string | undefined;
  /** Absent or the default target: no flag. */
  target?: string | undefined;
  /** Absent or AIsa: no flag. */
  providerId?: string | undefined;
  /** How onboarding is run where the message is read (OpenClaw's own command, in the plugin); default ours. */
  onboard?: string | undefined;
}

let current: Invocation = {};

export function setInvocation(inv: Invocation): void {
  current = { ...inv };
}

export function getInvocation(): Invocation {
  return current;
}

/** `aisa-setup <words>` with the flags that chose this run's target, gateway and file (last, so a copy ends with them). */
export function cmd(words: string, over: Partial<Invocation> = {}): string {
  const inv = { ...current, ...over };
  if (inv.onboard && (words === 'onboard' || words.startsWith('onboard '))) return `${inv.onboard}${words.slice('onboard'.length)}`;
  const target = inv.target && inv.target !== TARGET_IDS[0] ? ` --target ${inv.target}` : '';
  const provider = inv.providerId && inv.providerId !== 'aisa' ? ` --provider-id ${inv.providerId}` : '';
  return `aisa-setup ${words}${target}${provider}${locationFlags(inv)}`;
}

/** The flags that chose the config file, so a printed command acts on that same file. */
export function locationFlags(inv: Pick<Invocation, 'config' | 'profile'>): string {
  if (inv.config) return ` --config ${shellQuote(inv.config)}`;
  if (inv.profile) return ` --profile ${inv.profile}`;
  return '';
}

/** The invocation of a run with these global options. */
export function invocationOf(opts: { config?: string | undefined; profile?: string | undefined; target?: string | undefined; provider?: { id: string } | undefined }): Invocation {
  return { config: opts.config, profile: opts.profile, target: opts.target, providerId: opts.provider?.id };
}
