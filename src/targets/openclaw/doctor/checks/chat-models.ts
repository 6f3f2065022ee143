import { bareId, kindOf } from '../../../../catalog.js';
import { t } from '../../../../i18n/index.js';
import { planModelRepairs } from '../../arrivals/model-repairs.js';
import { isGuideArrival } from '../../arrivals/origin.js';
import { PROVIDER_ID } from '../../provider.js';
import { combine, needProvider } from '../guards.js';
import { declaredRefs, agentRefs, isAisaRef, primaryRef } from '../refs.js';
import { formatPath } from '../../../../doctor/types.js';
import type { Check } from '../check.js';

/**
 * Image, translation and other non-chat models that AIsa's script or tutorial declared as chat
 * models (the script declares `seedream-*`, `gemini-3-pro-image-preview` and `qwen-mt-*`), with
 * their allow-list entries: exactly what --fix takes out. An entry a person shaped is theirs; the
 * default and fallbacks among them are default-model's to report.
 */
export const chatModels: Check = {
  id: 'chat-models',
  async run(facts) {
    const skip = needProvider(facts);
    if (skip) return skip;
    const a = t().arrivals;
    const primary = primaryRef(facts.agentModel)?.value;
    const primaryId = primary && isAisaRef(primary) ? bareId(primary, PROVIDER_ID) : undefined;
    const repairs = planModelRepairs(facts.provider, undefined, primaryId, isGuideArrival(facts.origin));
    const refs = [...declaredRefs(facts.provider), ...agentRefs(undefined, facts.allowList)].filter((r) => r.kind === 'declared' || isAisaRef(r.value));
    const items: { line: string; path: string; file: string }[] = [];
    for (const r of refs) {
      const id = bareId(r.value, PROVIDER_ID);
      if (repairs.why.get(id) !== 'non-chat') continue;
      const path = formatPath(r.path);
      items.push({ line: a.nonChatLine(path, r.value, t().kinds.name[kindOf(id)]), path, file: await facts.fileOf(r.path) });
    }
    // A model both declared and allow-listed is one model: count ids, not references.
    if (!items.length) return { status: 'pass', message: a.chatOk(new Set(refs.map((r) => bareId(r.value, PROVIDER_ID))).size) };
    return { ...combine('warn', items, a.nonChat([...repairs.dropped].filter((id) => repairs.why.get(id) === 'non-chat')), a.nonChatFix), details: items.map((i) => i.line) };
  },
};
