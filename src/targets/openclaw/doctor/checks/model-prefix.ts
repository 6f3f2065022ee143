import { lookupModel, replacementFor } from '../../../../catalog.js';
import { t } from '../../../../i18n/index.js';
import { PROVIDER_ID } from '../../provider.js';
import { combine, needProvider } from '../guards.js';
import { agentRefs, declaredIds, declaredRefs, isAisaRef } from '../refs.js';
import { formatPath } from '../../../../doctor/types.js';
import type { Check } from '../check.js';

/**
 * A bare reference we can tell is meant for AIsa: the block declares it, it is one of AIsa's old
 * ids, or one of our core models. `gpt-4.1` alone could be any provider's, so it is left alone.
 */
export function meantForAisa(id: string, declared: Set<string>): boolean {
  return declared.has(id) || replacementFor(id) !== undefined || lookupModel(id)?.core === true;
}

/** The id as --fix writes it: a stale one already replaced, so this check and model-ids give one answer. */
const current = (id: string): string => replacementFor(id) ?? id;

export const modelPrefix: Check = {
  id: 'model-prefix',
  async run(facts) {
    const m = t().doctor;
    const skip = needProvider(facts);
    if (skip) return skip;
    const items: { line: string; path: string; file: string }[] = [];
    for (const ref of declaredRefs(facts.provider)) {
      if (!isAisaRef(ref.value)) continue;
      const path = formatPath(ref.path);
      items.push({ line: m.prefixInBlock(path, ref.value, current(ref.value.slice(PROVIDER_ID.length + 1))), path, file: await facts.fileOf(ref.path) });
    }
    const declared = declaredIds(facts.provider);
    for (const ref of agentRefs(facts.agentModel, facts.allowList)) {
      if (ref.value.includes('/') || !meantForAisa(ref.value, declared)) continue;
      const path = formatPath(ref.path);
      items.push({ line: m.prefixMissing(path, ref.value, `${PROVIDER_ID}/${current(ref.value)}`), path, file: await facts.fileOf(ref.path) });
    }
    if (items.length === 0) return { status: 'pass', message: m.prefixOk };
    const message = items.length === 1 ? items[0]!.line : m.prefixMany(items.length);
    return combine('fail', items, message, m.prefixFix);
  },
};
