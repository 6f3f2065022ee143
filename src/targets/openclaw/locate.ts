import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';

export type ConfigSource = 'flag' | 'profile' | 'env-config-path' | 'env-state-dir' | 'default';

export interface ConfigLocation {
  /** Absolute path of the main config file. */
  path: string;
  /** Why this file: which flag or variable chose it. */
  source: ConfigSource;
  /** OpenClaw's state directory: where `.env` lives. */
  stateDir: string;
  /** Old installs' config files that exist; reported, never written. */
  legacy: string[];
}

export interface LocateInput {
  config?: string | undefined;
  profile?: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const LEGACY_DIRS = ['.clawdbot', '.moltbot', '.moldbot'];
const LEGACY_FILES = ['clawdbot.json', 'moltbot.json', 'moldbot.json'];

/** Home as OpenClaw sees it: OPENCLAW_HOME, else HOME, else USERPROFILE. */
export function openclawHome(env: NodeJS.ProcessEnv): string {
  return env.OPENCLAW_HOME || env.HOME || env.USERPROFILE || homedir();
}

function expandHome(p: string, env: NodeJS.ProcessEnv): string {
  if (p === '~') return openclawHome(env);
  if (p.startsWith('~/') || p.startsWith('~\\')) return join(openclawHome(env), p.slice(2));
  return p;
}

/** Resolves the config path exactly as cli-contract.md says, mirroring OpenClaw's own order. */
export function locateConfig(input: LocateInput): ConfigLocation {
  const { env, cwd } = input;
  const home = openclawHome(env);
  const abs = (p: string) => {
    const e = expandHome(p, env);
    return isAbsolute(e) ? e : resolve(cwd, e);
  };
  if (input.profile !== undefined && !/^[A-Za-z0-9._-]+$/.test(input.profile)) {
    throw new CliError('usage', ExitCode.usage, t().config.badProfile(input.profile));
  }
  const profileDir = input.profile ? join(home, `.openclaw-${input.profile}`) : undefined;
  const stateDir = env.OPENCLAW_STATE_DIR ? abs(env.OPENCLAW_STATE_DIR) : (profileDir ?? join(home, '.openclaw'));

  let path: string;
  let source: ConfigSource;
  if (input.config) {
    path = abs(input.config);
    source = 'flag';
  } else if (profileDir) {
    path = join(profileDir, 'openclaw.json');
    source = 'profile';
  } else if (env.OPENCLAW_CONFIG_PATH || env.CLAWDBOT_CONFIG_PATH) {
    path = abs((env.OPENCLAW_CONFIG_PATH || env.CLAWDBOT_CONFIG_PATH) as string);
    source = 'env-config-path';
  } else if (env.OPENCLAW_STATE_DIR) {
    path = join(stateDir, 'openclaw.json');
    source = 'env-state-dir';
  } else {
    path = join(home, '.openclaw', 'openclaw.json');
    source = 'default';
  }
  return { path, source, stateDir, legacy: findLegacy(home, stateDir) };
}

function findLegacy(home: string, stateDir: string): string[] {
  const found: string[] = [];
  for (const d of LEGACY_DIRS) {
    for (const f of [...LEGACY_FILES, 'openclaw.json']) {
      const p = join(home, d, f);
      if (existsSync(p)) found.push(p);
    }
  }
  for (const f of LEGACY_FILES) {
    const p = join(stateDir, f);
    if (existsSync(p)) found.push(p);
  }
  return found;
}

/** A Nix-managed config is rebuilt from elsewhere: an edit here would be silently lost. */
export function assertNotNixManaged(path: string, env: NodeJS.ProcessEnv): void {
  if (env.OPENCLAW_NIX_MODE === '1') {
    throw new CliError('config-nix', ExitCode.config, t().config.nixMode(path), t().config.nixModeFix);
  }
}
