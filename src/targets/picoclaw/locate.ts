import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export type PicoSource = 'flag' | 'env-config' | 'env-home' | 'default';

export interface PicoLocation {
  /** Absolute path of PicoClaw's config.json. */
  path: string;
  source: PicoSource;
  /** Newer builds keep keys in `.security.yml` beside the config (pkg/config/security.go). */
  securityPath: string;
}

/** `--config` > `$PICOCLAW_CONFIG` > `$PICOCLAW_HOME/config.json` > `~/.picoclaw/config.json` (facts.md). */
export function locatePicoclaw(input: { config?: string | undefined; env: NodeJS.ProcessEnv; cwd: string }): PicoLocation {
  const { env, cwd } = input;
  const home = env.HOME || env.USERPROFILE || homedir();
  const abs = (p: string) => {
    const e = p === '~' ? home : p.startsWith('~/') ? join(home, p.slice(2)) : p;
    return isAbsolute(e) ? e : resolve(cwd, e);
  };
  let path: string;
  let source: PicoSource;
  if (input.config) [path, source] = [abs(input.config), 'flag'];
  else if (env.PICOCLAW_CONFIG) [path, source] = [abs(env.PICOCLAW_CONFIG), 'env-config'];
  else if (env.PICOCLAW_HOME) [path, source] = [join(abs(env.PICOCLAW_HOME), 'config.json'), 'env-home'];
  else [path, source] = [join(home, '.picoclaw', 'config.json'), 'default'];
  return { path, source, securityPath: join(dirname(path), '.security.yml') };
}
