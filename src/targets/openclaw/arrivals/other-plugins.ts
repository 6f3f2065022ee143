/**
 * Other OpenClaw plugins that claim the provider `aisa` (facts.md: `@aisa/openclaw-aisa-provider`
 * at `extensions/aisa`, `aisa-provider-plugin` at `extensions/aisa-provider`). OpenClaw 2026.9.6
 * copies an installed plugin to `<state dir>/extensions/<id>/` (npm installs run in
 * `<state dir>/npm/projects/<name>/`), writes `plugins.entries.<id>` in the config and keeps its
 * install record in its sqlite state; the files on disk are what can be read without OpenClaw.
 * Pure reading: the plugin command and doctor both ask it, neither prints from here.
 */
import { join } from 'node:path';
import { readdir, readFile } from '../../../config/fs-async.js';
import { PROVIDER_ID } from '../provider.js';

/** This package's own name: its copy is ours, not a collision. */
const OUR_PACKAGE = 'aisa-setup';

export interface OtherPlugin {
  /** The package name (`@aisa/openclaw-aisa-provider`), else the manifest id. */
  name: string;
  /** The manifest id: the key OpenClaw uses under `plugins.entries` and `plugins uninstall`. */
  id: string;
  /** The directory OpenClaw loads it from. */
  dir: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  try {
    const v: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isObject(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** A plugin directory that provides `aisa` (or is the plugin `aisa`) and is not this package. */
async function claimant(dir: string): Promise<OtherPlugin | undefined> {
  const manifest = await readJson(join(dir, 'openclaw.plugin.json'));
  if (!manifest) return undefined;
  const providers = Array.isArray(manifest.providers) ? manifest.providers : [];
  const id = typeof manifest.id === 'string' ? manifest.id : '';
  if (!providers.includes(PROVIDER_ID) && id !== PROVIDER_ID) return undefined;
  const pkg = await readJson(join(dir, 'package.json'));
  const name = typeof pkg?.name === 'string' ? pkg.name : id;
  return name === OUR_PACKAGE ? undefined : { name, id: id || name, dir };
}

async function subdirs(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.map((n) => join(dir, n));
}

/** Package dirs of npm-installed plugins: `npm/projects/<p>/node_modules/<name>` and `@scope/<name>`. */
async function npmPackageDirs(stateDir: string): Promise<string[]> {
  const out: string[] = [];
  for (const project of await subdirs(join(stateDir, 'npm', 'projects'))) {
    for (const entry of await subdirs(join(project, 'node_modules'))) {
      out.push(...(entry.split(/[\\/]/).pop()!.startsWith('@') ? await subdirs(entry) : [entry]));
    }
  }
  return out;
}

/** Every installed plugin other than ours that claims `aisa`, by where OpenClaw keeps its copy. */
export async function otherAisaPlugins(stateDir: string): Promise<OtherPlugin[]> {
  const dirs = [...(await subdirs(join(stateDir, 'extensions'))), ...(await npmPackageDirs(stateDir))];
  const found = await Promise.all(dirs.map(claimant));
  return found.filter((p): p is OtherPlugin => p !== undefined);
}
