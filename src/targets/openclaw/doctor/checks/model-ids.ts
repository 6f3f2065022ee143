import { bareId, replacementFor } from '../../../../catalog.js';
import { standInNote } from '../../../../chat-only.js';
import { t } from '../../../../i18n/index.js';
import { PROVIDER_ID } from '../../provider.js';
import { combine, needProvider } from '../guards.js';
import { liveIds } from '../live.js';
import { allRefs, declaredRefs, isAisaRef } from '../refs.js';
import { formatPath } from '../../../../doctor/types.js';
import type { Check } from '../check.js';
import { modelRepairsFor } from '../../arrivals/fix.js';

export const modelIds: Check = {
  id: 'model-ids',
  async run(facts) {
    const m = t().doctor;
    const skip = needProvider(facts);
    if (skip) return skip;
    const stale: { line: string; path: string; file: string }[] = [];
    const pairs = new Map<string, string>();
    for (const ref of allRefs(facts)) {
      // Another provider's `openai/gpt-4.1` is not ours to judge.
      if (ref.kind !== 'declared' && ref.value.includes('/') && !isAisaRef(ref.value)) continue;
      const id = bareId(ref.value, PROVIDER_ID);
      const to = replacementFor(id);
      if (!to) continue;
      pairs.set(id, to);
      const path = formatPath(ref.path);
      stale.push({ line: m.staleLine(path, id, to), path, file: await facts.fileOf(ref.path) });
    }
    if (stale.length) {
      const list = [...pairs].map(([a, b]) => `${a} → ${b}`).join(', ');
      // Where the replacement is a stand-in (no verified successor), the message says why.
      const why = [...pairs].map(([a, b]) => standInNote(a, b)).find(Boolean);
      return combine('fail', stale, why ? `${m.staleIds(list)} ${why}` : m.staleIds(list), m.staleFix(list));
    }
    const live = await liveIds(facts.live);
    const declared = declaredRefs(facts.provider);
    if (!live) return { status: 'pass', message: m.idsOkOffline(declared.length) };
    // What --fix does with the ones AIsa's own tools wrote: the successor the key lists, or out.
    const repairs = await modelRepairsFor(facts);
    const unlisted: { line: string; path: string; file: string }[] = [];
    for (const ref of declared) {
      const id = bareId(ref.value, PROVIDER_ID);
      if (live.has(id)) continue;
      const path = formatPath(ref.path);
      const to = repairs.renamed.get(id);
      const line = to || repairs.dropped.has(id) ? t().arrivals.retiredLine(path, id, to) : m.unlistedLine(path, id);
      unlisted.push({ line, path, file: await facts.fileOf(ref.path) });
    }
    if (unlisted.length === 0) return { status: 'pass', message: m.idsOkLive(declared.length) };
    const ids = declared.filter((r) => !live.has(bareId(r.value, PROVIDER_ID))).map((r) => bareId(r.value, PROVIDER_ID));
    const repaired = repairs.renamed.size + repairs.dropped.size > 0;
    return combine('warn', unlisted, m.unlisted(ids.join(', ')), repaired ? `${t().arrivals.retiredFix}\n${m.unlistedFix}` : m.unlistedFix);
  },
};
