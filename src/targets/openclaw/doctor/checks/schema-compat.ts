import { PROVIDER_MODEL_KEYS } from '../../../../catalog.js';
import { t, listSep } from '../../../../i18n/index.js';
import { PROVIDER_PATH } from '../facts.js';
import { combine, isObject, needProvider } from '../guards.js';
import { formatPath } from '../../../../doctor/types.js';
import type { Check } from '../check.js';

/** What OpenClaw 2026.9.6's strict schema accepts (facts.md). Unknown model keys are errors. */
export const MODEL_KEYS: ReadonlySet<string> = new Set(PROVIDER_MODEL_KEYS);
/** facts.md lists these "and a few more": an unknown provider key is a warning, not a verdict. */
export const PROVIDER_KEYS = new Set(['baseUrl', 'apiKey', 'auth', 'api', 'headers', 'timeoutSeconds', 'models', 'authHeader']);
export const INPUT_KINDS = new Set(['text', 'image', 'video', 'audio']);
/** Keys that belong under `compat`; `--fix` moves them there (repairEntry). */
export const COMPAT_KEYS = new Set(['supportsDeveloperRole']);

type Item = { line: string; path: string; file: string };

export const schemaCompat: Check = {
  id: 'schema-compat',
  async run(facts) {
    const m = t().doctor;
    const skip = needProvider(facts);
    if (skip) return skip;
    const block = facts.provider as Record<string, unknown>;
    const errors: Item[] = [];
    const warnings: Item[] = [];
    const item = async (list: Item[], at: (string | number)[], line: (p: string) => string) => {
      const path = formatPath(at);
      list.push({ line: line(path), path, file: await facts.fileOf(at) });
    };
    for (const k of Object.keys(block)) {
      if (!PROVIDER_KEYS.has(k)) await item(warnings, [...PROVIDER_PATH, k], (p) => m.schemaUnknownProviderKey(p));
    }
    const models = Array.isArray(block.models) ? block.models : [];
    for (const [i, entry] of models.entries()) {
      const at = [...PROVIDER_PATH, 'models', i];
      if (!isObject(entry)) {
        await item(errors, at, (p) => m.schemaNotObject(p));
        continue;
      }
      for (const k of ['id', 'name']) if (typeof entry[k] !== 'string' || entry[k] === '') await item(errors, [...at, k], (p) => m.schemaRequired(p));
      for (const k of Object.keys(entry)) {
        if (COMPAT_KEYS.has(k)) await item(errors, [...at, k], (p) => m.schemaMoveToCompat(p));
        else if (!MODEL_KEYS.has(k)) await item(errors, [...at, k], (p) => m.schemaUnknownModelKey(p));
      }
      if (entry.input !== undefined && (!Array.isArray(entry.input) || entry.input.some((x) => !INPUT_KINDS.has(x as string)))) {
        await item(errors, [...at, 'input'], (p) => m.schemaInput(p, [...INPUT_KINDS].join(listSep())));
      }
    }
    // Keys AIsa's script writes that 2026.9.6 rejects: `openclaw models list` refuses to run on the file.
    for (const at of facts.arrival.rejected) await item(errors, at, (p) => t().arrivals.rejectedKey(p));
    if (errors.length) return combine('fail', errors, errors.length === 1 ? errors[0]!.line : m.schemaErrors(errors.length), m.schemaFix);
    if (warnings.length) return combine('warn', warnings, warnings.length === 1 ? warnings[0]!.line : m.schemaWarnings(warnings.length), m.schemaWarnFix);
    return { status: 'pass', message: m.schemaOk(models.length) };
  },
};
