/**
 * Where OpenClaw stands with our plugin, read from its files (no child process, so doctor stays
 * fast): `openclaw plugins install` puts the package in `<state dir>/npm/projects/aisa-setup/`
 * (from npm or an npm-pack tarball; 2026.9.6) or copies a directory to `<state dir>/extensions/aisa/`,
 * and writes `plugins.entries.aisa.enabled` in the config; uninstall removes the copy and leaves
 * the entry disabled.
 */
import { accessSync, constants } from 'node:fs';
import { readFile } from '../../config/fs-async.js';
import { delimiter, join } from 'node:path';
import { parseJson5 } from '../../config/json5-parse.js';

export const PLUGIN_ID = 'aisa';
const PACKAGE_NAME = 'aisa-setup';

/** The places OpenClaw keeps an installed copy, the npm one first (what `plugin install` uses). */
export function pluginCopyDirs(stateDir: string): string[] {
  return [join(stateDir, 'npm', 'projects', PACKAGE_NAME, 'node_modules', PACKAGE_NAME), join(stateDir, 'extensions', PLUGIN_ID)];
}

/** The first `name` on PATH that can be run (`.cmd`/`.exe` too on Windows), without spawning it. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const exts = process.platform === 'win32' ? ['.cmd', '.exe', ''] : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const file = join(dir, name + ext);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        /* not here */
      }
    }
  }
  return undefined;
}

export interface PluginState {
  /** OpenClaw holds a copy (see pluginCopyDirs). */
  installed: boolean;
  /** That copy's package version. */
  version?: string;
  /** `plugins.entries.aisa.enabled` (undefined when the config or the entry is missing). */
  enabled?: boolean;
  /** The copy's directory (the npm one when there is none). */
  dir: string;
}

export async function pluginState(stateDir: string, configPath: string): Promise<PluginState> {
  const dirs = pluginCopyDirs(stateDir);
  const state: PluginState = { installed: false, dir: dirs[0]! };
  for (const dir of dirs) {
    const pkg = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
    if (pkg === undefined) continue;
    Object.assign(state, { installed: true, dir });
    try {
      const { version, name } = JSON.parse(pkg) as { version?: unknown; name?: unknown };
      if (typeof version === 'string') state.version = version;
      // `@aisa/openclaw-aisa-provider` installs to the same extensions/aisa: another package, not ours
      // (doctor's other-plugins names it).
      if (typeof name === 'string' && name !== 'aisa-setup') return { installed: false, dir };
    } catch {
      /* a copy without a readable version is still a copy */
    }
    break;
  }
  try {
    const config = parseJson5(await readFile(configPath, 'utf8')) as { plugins?: { entries?: Record<string, { enabled?: unknown }> } };
    const enabled = config.plugins?.entries?.[PLUGIN_ID]?.enabled;
    if (typeof enabled === 'boolean') state.enabled = enabled;
  } catch {
    /* no config yet, or one doctor's other checks report on */
  }
  return state;
}

/** `0.1.0` < `0.2.0`; prerelease tags and anything unreadable compare as equal (never a false alarm). */
export function isOlder(installed: string, ours: string): boolean {
  const parse = (v: string) => v.split(/[-+]/)[0]!.split('.').map((n) => Number(n));
  const a = parse(installed);
  const b = parse(ours);
  if ([...a, ...b].some((n) => !Number.isInteger(n))) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}
