import { withDiffs, type FileDiff } from '../../diff.js';
import type { FileWrite } from '../../config/write.js';
import type { PicoConfig } from './config.js';
import { planPicoclawWrites, type PicoEdit } from './plan.js';

/**
 * The writes of an edit, planned on the files as read, with their diffs masked (every key in both
 * files), made when read (see withDiffs: add to the plan with Object.assign, not a spread).
 */
export function planPico(cfg: PicoConfig, edit: PicoEdit, secrets: readonly string[]): { writes: FileWrite[]; readonly diffs: FileDiff[] } {
  return withDiffs({ writes: planPicoclawWrites(cfg, edit) }, [...secrets, ...keysInFiles(cfg)]);
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
