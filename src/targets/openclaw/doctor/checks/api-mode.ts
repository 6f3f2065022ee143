import { t } from '../../../../i18n/index.js';
import { needProvider, providerField } from '../guards.js';
import type { Check } from '../check.js';

export const API_MODE = 'openai-completions';

export const apiMode: Check = {
  id: 'api-mode',
  async run(facts) {
    const m = t().doctor;
    const skip = needProvider(facts);
    if (skip) return skip;
    const { path, file } = await providerField(facts, 'api');
    const api = (facts.provider as { api?: unknown }).api;
    if (api === API_MODE) return { status: 'pass', message: m.apiOk(API_MODE), path, file };
    const message = api === undefined ? m.apiMissing(API_MODE) : m.apiWrong(JSON.stringify(api), API_MODE);
    return { status: 'fail', message, path, file, fix: m.setFix(file, path, API_MODE) };
  },
};
