import { PRICES_AS_OF, PRICES_WHERE } from '../catalog.js';
import { t } from '../i18n/index.js';
import { formatContextWindow, formatUsd } from '../ui/format.js';
import type { ModelRow } from './models-rows.js';

// Wide (CJK, full-width) characters take two terminal cells: padding by .length would skew the Chinese headers.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The context column: the shared label (the onboarding picker prints the same), `?` when unknown. */
export function formatContext(tokens: number | null): string {
  return tokens === null ? t().models.unknown : formatContextWindow(tokens);
}

function formatPrice(price: ModelRow['price']): string {
  if (!price) return t().models.unknown;
  return `${formatUsd(price.input)} / ${formatUsd(price.output)}`;
}

function mark(row: ModelRow): string {
  if (row.default) return '*';
  return row.fallback !== null ? String(row.fallback) : '';
}

function note(row: ModelRow): string {
  const m = t().models;
  const notes: string[] = [];
  if (row.stale && row.replacement) notes.push(m.staleNote(row.replacement));
  if (row.live === false) notes.push(m.notLiveNote);
  return notes.join('; ');
}

type Paint = (code: string, text: string) => string;

/**
 * The aligned table for a terminal. Colour marks what matters at a glance: the default in green,
 * stale or unusable rows in yellow; a dim header. Off unless the context asks for it.
 */
export function renderTable(rows: ModelRow[], color: boolean): string {
  const m = t().models;
  const paint: Paint = (code, text) => (color && text ? `\x1b[${code}m${text}\x1b[0m` : text);
  const k = t().kinds;
  const header = ['', m.colId, m.colName, k.colKind, m.colContext, m.colPrice, m.colDeclared, m.colNote];
  const cells = rows.map((r) => [mark(r), r.id, r.name, k.name[r.kind], formatContext(r.contextWindow), formatPrice(r.price), r.declared ? m.yes : m.no, note(r)]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i]!))));
  const line = (c: string[]) => c.map((v, i) => (i === c.length - 1 ? v : pad(v, widths[i]!))).join('  ').trimEnd();
  const out = [paint('2', line(header))];
  rows.forEach((r, i) => {
    const text = line(cells[i]!);
    out.push(r.default ? paint('32', text) : r.stale || r.live === false || !r.canChat ? paint('33', text) : text);
  });
  return out.join('\n');
}

/** The table with its count and legend: what `models list` prints for every target. */
export function tableWithLegend(rows: ModelRow[], color: boolean): string[] {
  const m = t().models;
  if (rows.length === 0) return [m.empty];
  return [renderTable(rows, color), '', m.summary(rows.length, rows.filter((r) => r.declared).length), m.legendMarks, m.legendPrice(PRICES_AS_OF, PRICES_WHERE)];
}
