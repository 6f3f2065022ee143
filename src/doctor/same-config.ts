import { FIX_CMD } from '../i18n/doctor-fix.js';
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

/**
 * A fix to paste must act on the file this run read, not on the default one. Read through a
 * symlink, `doctor --fix` refuses the link, so it is pointed at the real file (`config-found`
 * already says so itself); otherwise every `aisa-setup <command>` gets the flags that chose it.
 */
export function pointAtSameConfig(results: CheckResult[], where: { flags: string; realFile?: string | undefined }): CheckResult[] {
  if (where.realFile) {
    const cmd = `${FIX_CMD} --config ${shellQuote(where.realFile)}`;
    return results.map((r) => (r.fix && r.id !== 'config-found' ? { ...r, fix: r.fix.split(FIX_CMD).join(cmd) } : r));
  }
  if (!where.flags) return results;
  return results.map((r) => (r.fix ? { ...r, fix: r.fix.replace(OWN_COMMAND, (cmd) => `${cmd}${where.flags}`) } : r));
}
