import { t } from '../../../i18n/index.js';
import { PROVIDER_PATH, type DoctorFacts } from './facts.js';
import { formatPath, type Finding } from '../../../doctor/types.js';

type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A skip for checks that read the config, when there is no readable config to read. */
export function needConfig(facts: DoctorFacts): Finding | undefined {
  if (facts.config.state === 'ok') return undefined;
  return { status: 'skip', message: facts.config.state === 'missing' ? t().doctor.skipNoConfig : t().doctor.skipUnreadable };
}

/** The same, and also when there is no aisa provider block (provider-present reports that once). */
export function needProvider(facts: DoctorFacts): Finding | undefined {
  const noConfig = needConfig(facts);
  if (noConfig) return noConfig;
  return isObject(facts.provider) ? undefined : { status: 'skip', message: t().doctor.skipNoProvider };
}

/** Several problems of one kind become one finding: the first names the path, all are listed. */
export function combine(status: 'warn' | 'fail', items: { line: string; path: string; file: string }[], message: string, fix: string): Finding {
  const first = items[0]!;
  return { status, message, path: first.path, file: first.file, fix, ...(items.length > 1 ? { details: items.map((i) => i.line) } : {}) };
}

/** Where a key of the provider block is reported: its JSON path and the file that holds it. */
export async function providerField(facts: DoctorFacts, key: string): Promise<{ path: string; file: string }> {
  const at = [...PROVIDER_PATH, key];
  return { path: formatPath(at), file: await facts.fileOf(at) };
}
