// Where new text goes and what goes with a removed entry: the splices behind document.ts, kept
// separate so that the layout rules read in one place. All of them leave every other byte alone.
import { tokenAt, type ContainerNode, type Cst, type Token } from './json5-cst.js';
import { formatEntry, formatInline, formatKey, lineIndent, startsLine, type Style } from './json5-format.js';

export interface Splice {
  start: number;
  end: number;
  text: string;
}
export type Item = [key: string | undefined, value: unknown];

/** Splices that add `items` after the last entry of `c`, or null when `c` is empty and bare (write it whole instead). */
/**
 * `listItem`: `c` is an item of a list (a model entry). Written on one line, it gets its new entries
 * on that line too, objects included, so the entry reads in one style; anywhere else a new object
 * is a readable block even in a one-line parent (a provider block is no one-liner).
 */
export function appendSplices(cst: Cst, style: Style, c: ContainerNode, items: Item[], listItem = false): Splice[] | null {
  const { text } = cst;
  const last = c.entries.at(-1);
  if (!last) return hasComment(cst, c.start, c.end) ? appendToEmpty(cst, style, c, items) : null;
  const hadComma = last.comma !== undefined;
  const after = hadComma ? last.comma! + 1 : last.end;
  const before = c.entries.at(-2)?.end ?? c.start + 1;
  if (text.slice(before, last.start).includes('\n')) {
    // One entry per line: new entries get lines of their own, after any comment that ends the last line.
    const indent = lineIndent(text, last.start);
    const at = lineRest(cst, after).commentEnd;
    const body = items.map(([k, v]) => style.nl + indent + formatEntry(k, v, indent, style)).join(',');
    const splices = [{ start: at, end: at, text: body + (hadComma ? ',' : '') }];
    if (!hadComma) splices.push({ start: last.end, end: last.end, text: ',' });
    return splices;
  }
  // Entries written in a row: continue the row, before any comment that follows it.
  const sp = /[^\s/]/.test(text[(c.entries.find((e) => e.comma !== undefined)?.comma ?? -2) + 1] ?? ' ') ? '' : ' ';
  const indent = lineIndent(text, after);
  const oneLine = listItem && !text.slice(c.start, c.end).includes('\n');
  const pad = text[c.start + 1] === ' ' ? ' ' : '';
  const render = ([k, v]: Item) => (oneLine ? (k === undefined ? '' : formatKey(k, style) + ':' + style.colonSpace) + formatInline(v, style, pad) : formatEntry(k, v, indent, style));
  const body = items.map(render).join(',' + sp);
  return [{ start: after, end: after, text: hadComma ? sp + body + ',' : ',' + sp + body }];
}

/** An empty container that holds comments: keep them and put the entries after them. */
function appendToEmpty(cst: Cst, style: Style, c: ContainerNode, items: Item[]): Splice[] {
  const { text } = cst;
  const close = c.end - 1;
  const inside = cst.tokens.slice(tokenAt(cst.tokens, c.start + 1), tokenAt(cst.tokens, close));
  const comment = inside.filter((t) => t.kind === 'comment').at(-1);
  const at = comment ? comment.end : c.start + 1;
  const outer = lineIndent(text, c.start);
  const inner = comment && startsLine(text, comment.start) ? lineIndent(text, comment.start) : outer + style.unit;
  const body =
    items.map(([k, v]) => style.nl + inner + formatEntry(k, v, inner, style)).join(',') + (style.trailingComma ? ',' : '');
  if (text.slice(at, close).includes('\n')) return [{ start: at, end: at, text: body }];
  return [{ start: at, end: close, text: body + style.nl + outer }];
}

/**
 * Splices that remove entry `i` of `c` with its separator, and its lines when it has them to itself.
 * Comments the entry holds (inside its value, beside its key, finishing its line) are the user's
 * notes, not part of the value: they stay where the entry was, beside its neighbour.
 */
export function removeSplices(cst: Cst, c: ContainerNode, i: number): Splice[] {
  const { text } = cst;
  const e = c.entries[i]!;
  const prev = c.entries[i - 1];
  const next = c.entries[i + 1];
  const after = e.comma !== undefined ? e.comma + 1 : e.end;
  const rest = lineRest(cst, after);
  const blank = (pos: number): number => pos - /[ \t]*$/.exec(text.slice(0, pos))![0].length;
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  // Without a trailing comma, the separator to drop is the one before the last entry.
  const prevComma = !next && e.comma === undefined && prev?.comma !== undefined ? [{ start: prev.comma, end: prev.comma + 1, text: '' }] : [];
  if (startsLine(text, e.start) && rest.stop?.kind === 'nl') {
    // The entry owns its lines, including a comment that ends its last line.
    const indent = lineIndent(text, e.start);
    const kept = keptComments(cst, e.start, rest.stop.start, nl + indent);
    const body = kept ? indent + kept.text + text.slice(rest.stop.start, rest.stop.end) : '';
    return [{ start: e.start - indent.length, end: rest.stop.end, text: body }, ...prevComma];
  }
  const kept = keptComments(cst, e.start, after, nl + lineIndent(text, next?.start ?? after));
  if (e.comma !== undefined && next) {
    const atRowEnd = rest.stop?.kind === 'nl' && rest.commentEnd === after;
    if (atRowEnd) return [{ start: blank(e.start), end: after, text: kept ? ' ' + kept.text : '' }];
    const end = after + /^[ \t]*/.exec(text.slice(after))![0].length;
    return [{ start: e.start, end, text: kept ? kept.text + (kept.endsLine ? nl + lineIndent(text, next.start) : ' ') : '' }];
  }
  const lineEnds = /^[ \t]*\r?\n/.test(text.slice(after));
  const body = kept ? ' ' + kept.text + (kept.endsLine && !lineEnds ? nl + lineIndent(text, after) : '') : '';
  return [{ start: blank(e.start), end: after, text: body }, ...prevComma];
}

/** The comments in [from, to), one after another (a line comment ends its line), or null when there are none. */
function keptComments(cst: Cst, from: number, to: number, lineBreak: string): { text: string; endsLine: boolean } | null {
  const found: string[] = [];
  for (let i = tokenAt(cst.tokens, from); i < cst.tokens.length && cst.tokens[i]!.start < to; i++) {
    const t = cst.tokens[i]!;
    if (t.kind === 'comment' && t.start >= from) found.push(cst.text.slice(t.start, t.end));
  }
  if (found.length === 0) return null;
  const endsLine = found.at(-1)!.startsWith('//');
  return { text: found.map((c, k) => (k === found.length - 1 ? c : c + (c.startsWith('//') ? lineBreak : ' '))).join(''), endsLine };
}

/** From `pos`, skip the whitespace and comments that finish the line. */
function lineRest(cst: Cst, pos: number): { commentEnd: number; stop: Token | undefined } {
  const { tokens } = cst;
  let commentEnd = pos;
  let i = tokenAt(tokens, pos);
  for (; i < tokens.length && (tokens[i]!.kind === 'ws' || tokens[i]!.kind === 'comment'); i++) {
    if (tokens[i]!.kind === 'comment') commentEnd = tokens[i]!.end;
  }
  return { commentEnd, stop: tokens[i] };
}

export function hasComment(cst: Cst, start: number, end: number): boolean {
  const { tokens } = cst;
  for (let i = tokenAt(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) {
    if (tokens[i]!.kind === 'comment') return true;
  }
  return false;
}
