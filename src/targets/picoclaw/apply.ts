import { unifiedDiff } from '../../diff.js';
import { commitWrites, withConfigLock, type FileWrite } from '../../config/write.js';
import { loadPicoclaw, type PicoConfig } from './config.js';
import type { PicoLocation } from './locate.js';
import { planPicoclawWrites, type PicoEdit } from './plan.js';

export interface PicoApplyResult {
  changed: boolean;
  backupPath: string | null;
  diffs: { path: string; diff: string }[];
  writes: FileWrite[];
}

/**
 * Dry run: plan and show. Otherwise plan under the same lock OpenClaw's files get (a `.lock` beside
 * config.json), then back up, write atomically and verify (commitWrites), so two runs never
 * interleave and a file changed under us is refused rather than overwritten. With `confirm` (a
 * terminal without --yes) the masked diffs are shown first; false means nothing is written.
 */
export async function applyPicoclawEdit(
  loc: PicoLocation,
  edit: PicoEdit,
  opts: { dryRun: boolean; secrets: string[]; confirm?: (diffs: PicoApplyResult['diffs']) => Promise<boolean> },
): Promise<PicoApplyResult | 'cancelled'> {
  const secrets = [...opts.secrets];
  const diffsOf = (writes: FileWrite[]) => writes.map((w) => ({ path: w.path, diff: unifiedDiff(w.path, w.before, w.after, secrets) }));
  const plan = async () => {
    const cfg = await loadPicoclaw(loc);
    secrets.push(...keysInFiles(cfg));
    return planPicoclawWrites(cfg, edit);
  };
  if (opts.dryRun) {
    const writes = await plan();
    return { changed: writes.length > 0, backupPath: null, diffs: diffsOf(writes), writes };
  }
  // A person may take minutes to answer: the question is asked outside the lock, and the very
  // writes confirmed are committed, which commitWrites refuses if a file changed in the meantime.
  let confirmed: FileWrite[] | undefined;
  if (opts.confirm) {
    const writes = await plan();
    if (writes.length > 0 && !(await opts.confirm(diffsOf(writes)))) return 'cancelled';
    confirmed = writes;
  }
  return withConfigLock(loc.path, async () => {
    const writes = confirmed ?? (await plan());
    const results = await commitWrites(writes);
    return {
      changed: results.some((r) => r.changed),
      backupPath: results.find((r) => r.path === loc.path)?.backupPath ?? null,
      diffs: diffsOf(writes),
      writes,
    };
  });
}

/** Every key in config.json and .security.yml: a diff's context lines show other entries too, so all are masked, not only ours. */
export function keysInFiles(cfg: Pick<PicoConfig, 'value' | 'securityKeys'>): string[] {
  return [...keysIn(cfg.value.model_list), ...[...cfg.securityKeys.values()].flat()];
}

function keysIn(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((e) => {
    const keys = (e as { api_keys?: unknown; api_key?: unknown } | null) ?? {};
    const all = [...(Array.isArray(keys.api_keys) ? keys.api_keys : []), keys.api_key];
    return all.filter((k): k is string => typeof k === 'string' && k.length > 0);
  });
}
