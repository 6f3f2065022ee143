import { shellQuote } from '../shell.js';
import type { CheckResult } from './types.js';

/** The flags that chose the config file, so a printed command acts on that same file. */
export function locationFlags(opts: { config?: string | undefined; profile?: string | undefined }): string {
  if (opts.config) return ` --config ${shellQuote(opts.config)}`;
  if (opts.profile) return ` --profile ${opts.profile}`;
  return '';
}

// A fix line that names a command ends with it, so the flags go at the end of the line.
const OWN_COMMAND = /\baisa-setup (?:doctor|onboard|models)\b[^\n]*/g;

/** Every `aisa-setup <command>` in a fix gets the flags that chose this run's config. */
export function pointAtSameConfig(results: CheckResult[], flags: string): CheckResult[] {
  if (!flags) return results;
  return results.map((r) => (r.fix ? { ...r, fix: r.fix.replace(OWN_COMMAND, (cmd) => `${cmd}${flags}`) } : r));
}
