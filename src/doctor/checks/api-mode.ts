import { t } from '../../i18n/index.js';
import { PROVIDER_PATH } from '../context.js';
import { needProvider } from '../guards.js';
import { formatPath, type Check } from '../types.js';

export const API_MODE = 'openai-completions';

export const apiMode: Check = {
  id: 'api-mode',
  async run(facts) {
    const m = t().doctor;
    const skip = needProvider(facts);
    if (skip) return skip;
    const at = [...PROVIDER_PATH, 'api'];
    const path = formatPath(at);
    const file = await facts.fileOf(at);
    const api = (facts.provider as { api?: unknown }).api;
    if (api === API_MODE) return { status: 'pass', message: m.apiOk(API_MODE), path, file };
    const message = api === undefined ? m.apiMissing(API_MODE) : m.apiWrong(JSON.stringify(api), API_MODE);
    return { status: 'fail', message, path, file, fix: m.setFix(file, path, API_MODE) };
  },
};
