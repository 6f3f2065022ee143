// PicoClaw's config.json, read and edited as strict JSON: PicoClaw parses it with Go's
// encoding/json, which rejects comments, trailing commas and single quotes. The lossless JSON5
// editor is used (JSON is JSON5), and every text it produces is checked with JSON.parse.
import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { openDocument, type EditableDocument } from '../../config/document.js';
import { readTextFile } from '../../config/write.js';
import type { PicoLocation } from './locate.js';
import { readSecurityKeys } from './security-yml.js';

/**
 * Where our entries' key is kept: `inline` in the entry's `api_keys`, or in `.security.yml` beside
 * the config under `<model_name>:<n>`, as PicoClaw itself writes keys once it has started.
 */
export type KeyStore = 'inline' | 'security';

export interface PicoConfig {
  loc: PicoLocation;
  /** null: the file does not exist yet. */
  before: string | null;
  value: Record<string, unknown>;
  doc: EditableDocument;
  securityBefore: string | null;
  /** model_name → keys, from `.security.yml`. */
  securityKeys: Map<string, string[]>;
}

export async function loadPicoclaw(loc: PicoLocation): Promise<PicoConfig> {
  const [before, securityBefore] = await Promise.all([readTextFile(loc.path), readTextFile(loc.securityPath)]);
  const text = before ?? '';
  const value = text.trim() === '' ? {} : parseStrictJson(text, loc.path);
  return {
    loc,
    before,
    value,
    // Strict JSON that parsed is valid JSON5 (and a blank file is the empty document).
    doc: openDocument(text, { validated: true }),
    securityBefore,
    securityKeys: readSecurityKeys(securityBefore, loc.securityPath),
  };
}

/** JSON.parse with the error placed at file:line:column, like the JSON5 reader does for OpenClaw. */
export function parseStrictJson(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const reason = (e as Error).message;
    const pos = Number(/position (\d+)/.exec(reason)?.[1] ?? NaN);
    const [line, column] = Number.isFinite(pos) ? lineColumn(text.replace(/^\uFEFF/, ''), pos) : [1, 1];
    throw new CliError('config-parse', ExitCode.config, t().picoclaw.parseError(file, line, column, reason.replace(/ in JSON at position \d+.*$/, '')), t().picoclaw.parseErrorFix(file));
  }
  if (!isObject(value)) throw new CliError('config-root', ExitCode.config, t().config.rootNotObject(file, Array.isArray(value) ? 'array' : typeof value), t().config.rootNotObjectFix);
  return value;
}

/** The last guard before a write: what we produce must still be JSON that PicoClaw's Go parser reads. */
export function assertStrictJson(text: string, file: string): void {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError('internal', ExitCode.failure, `internal error: the edit of ${file} would not be strict JSON (${(e as Error).message})`);
  }
}

function lineColumn(text: string, pos: number): [number, number] {
  const before = text.slice(0, pos).split('\n');
  return [before.length, before.at(-1)!.length + 1];
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Where a new key goes. A new file: `.security.yml` (0600), PicoClaw's own habit, which keeps keys
 * out of a config.json people paste into issues. An existing file: where our entries keep theirs;
 * else `.security.yml` if there is one; else inline when the user's entries carry inline keys.
 */
export function keyStoreOf(cfg: Pick<PicoConfig, 'before' | 'value' | 'securityBefore'>, ours: readonly { keySource: KeyStore | undefined }[]): KeyStore {
  if (cfg.before === null || cfg.before.trim() === '') return 'security';
  const kept = ours.find((e) => e.keySource)?.keySource;
  if (kept) return kept;
  if (cfg.securityBefore !== null) return 'security';
  const list = Array.isArray(cfg.value.model_list) ? cfg.value.model_list : [];
  return list.some((e) => isObject(e) && Array.isArray(e.api_keys) && e.api_keys.length > 0) ? 'inline' : 'security';
}
