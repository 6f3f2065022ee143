import { shellQuote } from '../../../../shell.js';
import { stat } from '../../../../config/fs-async.js';
import { t } from '../../../../i18n/index.js';
import { PROVIDER_PATH } from '../facts.js';
import { needConfig } from '../guards.js';
import type { Check } from '../check.js';

/** Files readable by group or others; OpenClaw itself writes 0600 in a 0700 directory. */
export async function looseFiles(paths: string[]): Promise<{ path: string; mode: number }[]> {
  const out: { path: string; mode: number }[] = [];
  for (const path of paths) {
    const s = await stat(path).catch(() => null);
    if (s && (s.mode & 0o077) !== 0) out.push({ path, mode: s.mode & 0o777 });
  }
  return out;
}

/** The files worth tightening: every config file that exists, and `.env` if there is one. */
export function permissionTargets(facts: Parameters<Check['run']>[0]): string[] {
  const config = facts.config.state === 'ok' ? facts.config.tree.all().filter((f) => f.before !== null).map((f) => f.path) : [];
  return facts.envText !== null ? [...config, facts.envPath] : config;
}

export const configPermissions: Check = {
  id: 'config-permissions',
  async run(facts) {
    const m = t().doctor;
    // Windows has no group/other mode bits to read: its ACLs are another matter.
    if (facts.platform === 'win32') return { status: 'skip', message: m.permsWindows };
    const skip = needConfig(facts);
    if (skip && facts.envText === null) return skip;
    const loose = await looseFiles(permissionTargets(facts));
    if (loose.length === 0) return { status: 'pass', message: m.permsOk };
    // A readable file that holds a key is a leak; a readable config without one is only untidy.
    const inlineKey = facts.key.kind === 'inline' ? await facts.fileOf([...PROVIDER_PATH, 'apiKey']) : undefined;
    const secret = loose.some((f) => f.path === facts.envPath || f.path === inlineKey);
    const list = loose.map((f) => m.permsItem(f.path, m.permsWho[who(f.mode)], f.mode.toString(8).padStart(4, '0'))).join(m.permsJoin);
    return {
      status: secret ? 'fail' : 'warn',
      message: secret ? m.permsLeak(list) : m.permsLoose(list),
      file: loose[0]!.path,
      fix: m.permsFix(loose.map((f) => shellQuote(f.path)).join(' ')),
    };
  },
};

/** Who besides you can get at a file: other users outrank your group, reading outranks writing. */
function who(mode: number): 'otherRead' | 'otherWrite' | 'groupRead' | 'groupWrite' {
  if (mode & 0o004) return 'otherRead';
  if (mode & 0o002) return 'otherWrite';
  if (mode & 0o040) return 'groupRead';
  if (mode & 0o020) return 'groupWrite';
  // Only execute bits: nobody can read it, but it is still not 0600.
  return mode & 0o001 ? 'otherRead' : 'groupRead';
}

