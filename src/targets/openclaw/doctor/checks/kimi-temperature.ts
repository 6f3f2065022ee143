import { bareId, needsTemperatureOne } from '../../../../catalog.js';
import { t, listSep } from '../../../../i18n/index.js';
import { PROVIDER_ID } from '../../provider.js';
import { ALLOW_PATH, PROVIDER_PATH } from '../facts.js';
import { isObject, needProvider } from '../guards.js';
import { formatPath } from '../../../../doctor/types.js';
import type { Check } from '../check.js';
import { fixedDeclared } from './default-model.js';

/** Declared models (after stale ids are replaced) that reject any temperature but 1. */
export function temperatureOneIds(provider: unknown): string[] {
  return [...fixedDeclared(provider)].filter(needsTemperatureOne);
}

export const kimiTemperature: Check = {
  id: 'kimi-temperature',
  async run(facts) {
    const m = t().doctor;
    const skip = needProvider(facts);
    if (skip) return skip;
    const ids = temperatureOneIds(facts.provider);
    if (ids.length === 0) return { status: 'pass', message: m.kimiNone };
    // A temperature written on the provider's own entry is sent too, and must be 1 as well.
    const models = (facts.provider as { models?: unknown }).models;
    for (const [i, e] of (Array.isArray(models) ? models : []).entries()) {
      const temp = isObject(e) && isObject(e.params) ? e.params.temperature : undefined;
      if (isObject(e) && typeof e.id === 'string' && needsTemperatureOne(bareId(e.id)) && temp !== undefined && temp !== 1) {
        const at = [...PROVIDER_PATH, 'models', i, 'params', 'temperature'];
        const path = formatPath(at);
        const file = await facts.fileOf(at);
        return { status: 'fail', message: m.kimiWrong(bareId(e.id), String(temp)), path, file, fix: m.setFix(file, path, 1) };
      }
    }
    for (const id of ids) {
      const at = [...ALLOW_PATH, `${PROVIDER_ID}/${id}`, 'params', 'temperature'];
      const path = formatPath(at);
      const file = await facts.fileOf(at);
      const entry = isObject(facts.allowList) ? facts.allowList[`${PROVIDER_ID}/${id}`] : undefined;
      const temp = isObject(entry) && isObject(entry.params) ? entry.params.temperature : undefined;
      if (temp === 1) continue;
      // Unset works until an agent or a default sets another temperature; a wrong value fails every request.
      if (temp === undefined) return { status: 'warn', message: m.kimiUnset(id), path, file, fix: m.setFix(file, path, 1) };
      return { status: 'fail', message: m.kimiWrong(id, String(temp)), path, file, fix: m.setFix(file, path, 1) };
    }
    return { status: 'pass', message: m.kimiOk(ids.join(listSep())) };
  },
};
