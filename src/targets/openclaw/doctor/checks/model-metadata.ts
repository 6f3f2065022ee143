import { bareId } from '../../../../catalog.js';
import { t } from '../../../../i18n/index.js';
import { needsMetadata } from '../../arrivals/model-repairs.js';
import { isGuideArrival } from '../../arrivals/origin.js';
import { PROVIDER_ID } from '../../provider.js';
import { PROVIDER_PATH } from '../facts.js';
import { needProvider } from '../guards.js';
import { formatPath } from '../../../../doctor/types.js';
import type { Check } from '../check.js';

/**
 * Declarations with AIsa's script's placeholders (every model `reasoning: false`, text only, cost 0,
 * maxTokens 8192) or the tutorial's id and name only, where the catalog knows better: OpenClaw then
 * sizes prompts and picks vision by wrong numbers.
 */
export const modelMetadata: Check = {
  id: 'model-metadata',
  async run(facts) {
    const skip = needProvider(facts);
    if (skip) return skip;
    const a = t().arrivals;
    const models = (facts.provider as { models?: unknown }).models;
    const list = Array.isArray(models) ? models : [];
    const bad = list.flatMap((e, i) => (needsMetadata(e, isGuideArrival(facts.origin)) ? [{ i, id: bareId((e as { id: string }).id, PROVIDER_ID) }] : []));
    if (!bad.length) return { status: 'pass', message: a.metadataOk(list.length) };
    const at = [...PROVIDER_PATH, 'models', bad[0]!.i];
    return { status: 'warn', message: a.metadataPlaceholder(bad.length, bad.map((b) => b.id)), path: formatPath(at), file: await facts.fileOf(at), fix: a.metadataFix };
  },
};
