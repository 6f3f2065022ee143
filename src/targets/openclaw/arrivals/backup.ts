/**
 * AIsa's one-command script copies the config to `openclaw.json.bak.<YYYYmmddHHMMSS>` and then
 * overwrites the whole file, keeping only a few gateway keys and the workspace (facts.md): channels,
 * env, other providers, auth profiles and plugins survive only in that backup. These are the
 * sections still there and missing now; nothing here writes, and nothing is ever merged silently.
 */
import JSON5 from 'json5';
import { basename, dirname, join } from 'node:path';
import { readdir, readFile } from '../../../config/fs-async.js';
import { KEY_ENV_VAR, PROVIDER_ID } from '../provider.js';
import { configEnvVars } from './config-env.js';

export type SectionKind = 'channels' | 'providers' | 'profiles' | 'env' | 'plugins';

export interface LostSection {
  kind: SectionKind;
  /** The names inside the section that the current config lacks. */
  names: string[];
}

/** One key to bring back: where it goes in the config, and its value in the backup. */
export interface RestoreItem {
  path: string[];
  value: unknown;
}

export interface BackupReport {
  file: string;
  lost: LostSection[];
  restore: RestoreItem[];
}

const STAMP = /^\d{14}$/;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The newest `<config>.bak.<14 digits>` beside the config (the stamp sorts as the date). */
export async function newestTimestampedBackup(configPath: string): Promise<string | undefined> {
  const prefix = `${basename(configPath)}.bak.`;
  const names = await readdir(dirname(configPath)).catch(() => [] as string[]);
  const stamped = names.filter((n) => n.startsWith(prefix) && STAMP.test(n.slice(prefix.length))).sort();
  const last = stamped[stamped.length - 1];
  return last === undefined ? undefined : join(dirname(configPath), last);
}

/** Where each section lives, and which of its keys are not ours to bring back. */
const SECTIONS: { kind: SectionKind; path: string[]; skip: (k: string) => boolean }[] = [
  { kind: 'channels', path: ['channels'], skip: () => false },
  // The aisa block is what the script wrote over: never "restored" from before it.
  { kind: 'providers', path: ['models', 'providers'], skip: (k) => k === PROVIDER_ID },
  { kind: 'profiles', path: ['auth', 'profiles'], skip: () => false },
  { kind: 'plugins', path: ['plugins', 'entries'], skip: () => false },
];

function at(root: unknown, path: string[]): unknown {
  let node = root;
  for (const k of path) node = isObject(node) ? node[k] : undefined;
  return node;
}

/** What the backup holds that `current` lacks; undefined when there is no such backup or nothing lost. */
export async function lostSections(configPath: string, current: Record<string, unknown>): Promise<BackupReport | undefined> {
  const file = await newestTimestampedBackup(configPath);
  if (!file) return undefined;
  let old: unknown;
  try {
    old = JSON5.parse(await readFile(file, 'utf8'));
  } catch {
    // An unreadable backup cannot be offered back; the current config is still judged on its own.
    return undefined;
  }
  const lost: LostSection[] = [];
  const restore: RestoreItem[] = [];
  for (const s of SECTIONS) {
    const before = at(old, s.path);
    const now = at(current, s.path);
    if (!isObject(before)) continue;
    const names = Object.keys(before).filter((k) => !s.skip(k) && !(isObject(now) && k in now));
    if (!names.length) continue;
    lost.push({ kind: s.kind, names });
    for (const k of names) restore.push({ path: [...s.path, k], value: before[k] });
  }
  // Variables go back under env.vars (the form 2026.9.6 accepts); the AIsa key never goes back into the file.
  const oldVars = configEnvVars(at(old, ['env']));
  const nowVars = configEnvVars(at(current, ['env']));
  const vars = Object.keys(oldVars).filter((k) => k !== KEY_ENV_VAR && !(k in nowVars));
  if (vars.length) {
    lost.push({ kind: 'env', names: vars });
    for (const k of vars) restore.push({ path: ['env', 'vars', k], value: oldVars[k] });
  }
  return lost.length ? { file, lost, restore } : undefined;
}
