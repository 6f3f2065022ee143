import { bareId, replacementFor, successorFor } from '../../../../catalog.js';
import { standInNote } from '../../../../chat-only.js';
import { t } from '../../../../i18n/index.js';
import { PROVIDER_ID } from '../../provider.js';
import { combine, needProvider } from '../guards.js';
import { liveIds } from '../live.js';
import { allRefs, declaredRefs, isAisaRef, type ModelRef } from '../refs.js';
import { formatPath } from '../../../../doctor/types.js';
import type { Check } from '../check.js';

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
    // Every AIsa id written anywhere (declared, default, fallbacks, allow-list) that the key no longer lists.
    const gone = allRefs(facts).filter((r: ModelRef) => (r.kind === 'declared' || isAisaRef(r.value)) && !live.has(bareId(r.value, PROVIDER_ID)));
    if (gone.length === 0) return { status: 'pass', message: m.idsOkLive(declared.length) };
    const listed = [...live];
    const items: { line: string; path: string; file: string }[] = [];
    const successors = new Map<string, string>();
    const orphans = new Set<string>();
    for (const ref of gone) {
      const id = bareId(ref.value, PROVIDER_ID);
      const to = successorFor(id, listed);
      if (to) successors.set(id, to);
      else orphans.add(id);
      const path = formatPath(ref.path);
      items.push({ line: to ? m.staleLine(path, id, to) : m.unlistedLine(path, id), path, file: await facts.fileOf(ref.path) });
    }
    const parts = [
      ...(successors.size ? [m.retired([...successors].map(([a, b]) => `${a} → ${b}`).join(t().gateway.listJoin))] : []),
      ...(orphans.size ? [m.unlisted([...orphans].join(t().gateway.listJoin))] : []),
    ];
    return combine('warn', items, parts.join(t().gateway.sentenceJoin), successors.size ? m.retiredFix : m.unlistedFix);
  },
};
