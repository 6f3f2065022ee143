import { bareId, canBeChatModel, CATALOG, CURATED, hasKnownLimits, lookupModel, PRICES_AS_OF, PRICES_WHERE, STALE_IDS, type EndpointTypes } from '../../catalog.js';
import { getLang, t } from '../../i18n/index.js';
import { formatContextWindow, formatUsd } from '../../ui/format.js';
import type { Choice } from '../../ui/prompts.js';

/**
 * The models to offer: what the key can use (or the whole catalog when offline), never a stale
 * id nor one that cannot chat, the curated ones first, then other catalog models, then ids we
 * know nothing about.
 */
export function offeredModels(liveIds: readonly string[] | undefined, endpointTypes: EndpointTypes = {}): string[] {
  // Offline: what AIsa's newest catalog lists (retired ids would only fail).
  const ids = liveIds ? [...new Set(liveIds.map((id) => bareId(id)))] : CATALOG.filter((m) => m.listed).map((m) => m.id);
  const usable = ids.filter((id) => !(id in STALE_IDS) && canBeChatModel(id, endpointTypes[id]));
  // The curated ones in their own order, then other catalog models, then ids we know nothing about.
  const rank = (id: string) => {
    const m = lookupModel(id);
    const at = CURATED.indexOf(id);
    return at >= 0 ? at : m ? CURATED.length : CURATED.length + 1;
  };
  // Array.prototype.sort is stable: within a rank the gateway's (or catalog's) order stays.
  return usable.sort((a, b) => rank(a) - rank(b));
}

/**
 * `256K context · $0.72/$3.60 · Alibaba, coding, vision` in the user's language; sizes and prices as
 * `models list` prints them. The price is AIsa's own (dated in the prompt's note) or "not listed".
 * `catalog` false (another gateway): AIsa's figures are not that gateway's, and its entries get
 * conservative values, so that is what the row says.
 */
export function describeModel(id: string, catalog = true): string {
  const m = t().onboard;
  if (!catalog) return m.genericRow;
  const entry = lookupModel(id);
  if (!entry) return m.notInCatalog;
  const ctx = m.ctxShort(formatContextWindow(entry.contextWindow));
  const price = entry.priceAsOf ? `${formatUsd(entry.cost.input)}/${formatUsd(entry.cost.output)}` : m.priceUnknown;
  // What OpenClaw can use of AIsa's capability words: coding and vision (audio/video inputs are not sent).
  const words = entry.capabilities.flatMap((c) => (m.capability[c] ? [m.capability[c]] : []));
  const what = [entry.provider, ...words].join(getLang() === 'zh-CN' ? '、' : ', ');
  return hasKnownLimits(id) ? `${ctx} · ${price} · ${what}` : `${what} · ${price}`;
}

/** Choices for the default-model search: `preferred` first so it starts highlighted. */
export function defaultModelChoices(offered: string[], preferred: string | undefined, current: string | undefined, catalog = true): Choice<string>[] {
  const ordered = preferred && offered.includes(preferred) ? [preferred, ...offered.filter((id) => id !== preferred)] : offered;
  return modelRows(ordered, current, catalog).map((row) => (catalog ? { ...row, description: t().onboard.priceNote(PRICES_AS_OF, PRICES_WHERE) } : row));
}

/**
 * One aligned row per model (`id  256K context · $1.20/$4.80 · purpose`); the bare id once chosen.
 * The current default is marked beside its id, where a row cut to a narrow terminal keeps it.
 */
export function modelRows(ids: string[], current?: string, catalog = true): (Choice<string> & { id: string })[] {
  const label = (id: string) => (id === current ? `${id} (${t().onboard.current})` : id);
  const width = Math.min(28, Math.max(0, ...ids.map((id) => label(id).length)));
  return ids.map((id) => ({ id, value: id, name: `${label(id).padEnd(width)}  ${describeModel(id, catalog)}`, short: id }));
}

/** Keeps choices whose id, name or description contain every word of the search term. */
export function filterChoices<T>(choices: Choice<T>[], term: string): Choice<T>[] {
  const words = term.toLowerCase().split(/\s+/).filter(Boolean);
  return choices.filter((ch) => words.every((w) => ch.name.toLowerCase().includes(w) || String(ch.value).toLowerCase().includes(w)));
}
