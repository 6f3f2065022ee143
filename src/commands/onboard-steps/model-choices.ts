import { bareId, canBeChatModel, CATALOG, lookupModel, STALE_IDS, type EndpointTypes } from '../../catalog.js';
import { getLang, t } from '../../i18n/index.js';
import { displayWidth, formatContextWindow, formatUsd, padEndWidth } from '../../ui/format.js';
import type { Choice } from '../../ui/prompts.js';

/**
 * The models to offer: what the key can use (or the whole catalog when offline), never a stale
 * id nor one that cannot chat, the curated ones first, then other catalog models, then ids we
 * know nothing about.
 */
export function offeredModels(liveIds: readonly string[] | undefined, endpointTypes: EndpointTypes = {}): string[] {
  const ids = liveIds ? [...new Set(liveIds.map((id) => bareId(id)))] : CATALOG.map((m) => m.id);
  const usable = ids.filter((id) => !(id in STALE_IDS) && canBeChatModel(id, endpointTypes[id]));
  const rank = (id: string) => {
    const m = lookupModel(id);
    return m?.core ? 0 : m ? 1 : 2;
  };
  // Array.prototype.sort is stable: within a rank the gateway's (or catalog's) order stays.
  return usable.sort((a, b) => rank(a) - rank(b));
}

/** `256K context · $1.20/$4.80 · complex reasoning` in the user's language; sizes and prices as `models list` prints them. */
export function describeModel(id: string): string {
  const m = t().onboard;
  const entry = lookupModel(id);
  if (!entry) return m.notInCatalog;
  const ctx = m.ctxShort(formatContextWindow(entry.contextWindow));
  const price = entry.metadataKnown === false ? m.priceUnknown : `${formatUsd(entry.cost.input)}/${formatUsd(entry.cost.output)}`;
  const goodFor = getLang() === 'zh-CN' ? entry.goodFor.zh : entry.goodFor.en;
  return entry.metadataKnown === false ? `${goodFor} · ${price}` : `${ctx} · ${price} · ${goodFor}`;
}

/** Choices for the default-model search: `preferred` first so it starts highlighted. */
export function defaultModelChoices(offered: string[], preferred: string | undefined, current: string | undefined): Choice<string>[] {
  const ordered = preferred && offered.includes(preferred) ? [preferred, ...offered.filter((id) => id !== preferred)] : offered;
  return modelRows(ordered, current).map((row) => ({ ...row, description: t().onboard.priceNote }));
}

/**
 * One aligned row per model (`id  256K context · $1.20/$4.80 · purpose`); the bare id once chosen.
 * The current default is marked beside its id, where a row cut to a narrow terminal keeps it.
 */
export function modelRows(ids: string[], current?: string): (Choice<string> & { id: string })[] {
  const label = (id: string) => (id === current ? t().onboard.currentMark(id) : id);
  // Columns, not characters: the Chinese mark (当前) is two characters wide each.
  const width = Math.min(28, Math.max(0, ...ids.map((id) => displayWidth(label(id)))));
  return ids.map((id) => ({ id, value: id, name: `${padEndWidth(label(id), width)}  ${describeModel(id)}`, short: id }));
}

/** Keeps choices whose id, name or description contain every word of the search term. */
export function filterChoices<T>(choices: Choice<T>[], term: string): Choice<T>[] {
  const words = term.toLowerCase().split(/\s+/).filter(Boolean);
  return choices.filter((ch) => words.every((w) => ch.name.toLowerCase().includes(w) || String(ch.value).toLowerCase().includes(w)));
}
