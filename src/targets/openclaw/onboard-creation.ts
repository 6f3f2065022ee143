import { t } from '../../i18n/index.js';
import { AISA_ID } from '../../provider-id.js';
import type { OnboardEdit } from './plan.js';
import { modelRef } from './provider.js';

/** What a new config will hold: a header line, then one line per fact; refs written as printSummary writes them. */
export function creationSummary(path: string, envPath: string, edit: OnboardEdit): string[] {
  const p = t().prompts;
  const id = edit.provider?.id ?? AISA_ID;
  const ids = edit.entries.map((e) => e.id);
  return [
    p.createHeader(path),
    p.createProvider(id, edit.baseUrl),
    p.createModels(ids.length, ids.join(p.listJoin)),
    ...(edit.primary ? [p.createDefault(`${id}/${edit.primary}`)] : []),
    ...(edit.fallbacks?.length ? [p.createFallbacks(edit.fallbacks.map((f) => modelRef(f, id)).join(p.listJoin))] : []),
    p.createKey(edit.keyStorage, edit.keyStorage === 'env-file' ? envPath : path, edit.provider?.keyEnvVar ?? 'AISA_API_KEY'),
  ];
}
