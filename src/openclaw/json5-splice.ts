// Where new text goes and what goes with a removed entry: the splices behind document.ts, kept
// separate so that the layout rules read in one place. All of them leave every other byte alone.
import { tokenAt, type ContainerNode, type Cst, type Token } from './json5-cst.js';
import { formatEntry, lineIndent, startsLine, type Style } from './json5-format.js';

export interface Splice {
  start: number;
  end: number;
  text: string;
}
export type Item = [key: string | undefined, value: unknown];

/** Splices that add `items` after the last entry of `c`, or null when `c` is empty and bare (write it whole instead). */
export function appendSplices(cst: Cst, style: Style, c: ContainerNode, items: Item[]): Splice[] | null {
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
  const body = items.map(([k, v]) => formatEntry(k, v, indent, style)).join(',' + sp);
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

/** Splices that remove entry `i` of `c` with its separator, and its lines when it has them to itself. */
export function removeSplices(cst: Cst, c: ContainerNode, i: number): Splice[] {
  const { text } = cst;
  const e = c.entries[i]!;
  const prev = c.entries[i - 1];
  const next = c.entries[i + 1];
  const after = e.comma !== undefined ? e.comma + 1 : e.end;
  const rest = lineRest(cst, after);
  const blank = (pos: number): number => pos - /[ \t]*$/.exec(text.slice(0, pos))![0].length;
  if (startsLine(text, e.start) && rest.stop?.kind === 'nl') {
    // The entry owns its lines, including a comment that ends its last line.
    const start = e.start - lineIndent(text, e.start).length;
    const splices = [{ start, end: rest.stop.end, text: '' }];
    if (!next && e.comma === undefined && prev?.comma !== undefined) splices.push({ start: prev.comma, end: prev.comma + 1, text: '' });
    return splices;
  }
  if (e.comma !== undefined && next) {
    const atRowEnd = rest.stop?.kind === 'nl' && rest.commentEnd === after;
    const end = atRowEnd ? after : after + /^[ \t]*/.exec(text.slice(after))![0].length;
    return [{ start: atRowEnd ? blank(e.start) : e.start, end, text: '' }];
  }
  const splices = [{ start: blank(e.start), end: after, text: '' }];
  // Without a trailing comma, the separator to drop is the one before the entry.
  if (e.comma === undefined && prev?.comma !== undefined) splices.push({ start: prev.comma, end: prev.comma + 1, text: '' });
  return splices;
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
