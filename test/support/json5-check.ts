// Independent check that an edit of a JSON5 file kept every byte it had no reason to touch.
// It reads spans with @croct/json5-parser (a different parser from the one the editor uses) and
// walks the original and edited trees side by side, guided by the plain values before and after:
//  - a value that did not change must have exactly the same text;
//  - a kept property keeps its key text and the text between key and value;
//  - between two kept entries the text must be identical unless entries were removed or added
//    there, and even then the comments in it must survive in order, those inside a removed entry
//    or finishing its line included (they stay beside the neighbour);
//  - text before and after the root value is identical.
// It also returns the spans of what was written new, so their layout can be checked.
import { JsonArrayNode, JsonLexer, JsonObjectNode, JsonParser, JsonTokenType, type JsonValueNode } from '@croct/json5-parser';
import { isDeepStrictEqual } from 'node:util';

interface SNode {
  kind: 'object' | 'array' | 'scalar';
  start: number;
  end: number;
  entries: SEntry[];
}
interface SEntry {
  key?: string;
  start: number;
  end: number;
  value: SNode;
}
export interface NewSpan {
  start: number;
  end: number;
  value: unknown;
}

/** croct counts offsets in code points; strings are indexed in UTF-16 units. */
function unitOffsets(text: string): number[] {
  const out: number[] = [];
  let u = 0;
  for (const ch of text) {
    out.push(u);
    u += ch.length;
  }
  out.push(u);
  return out;
}

/**
 * croct's parser misreads some valid strings (a `"` inside single quotes, `\x41`). Only spans matter
 * here, so quotes and backslashes inside string bodies are masked with `x` (same length, and the
 * generated keys contain neither).
 */
function mask(text: string): string {
  return text.replace(/\/\/[^\n\r]*|\/\*[\s\S]*?\*\/|"(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'/g, (m) =>
    m.startsWith('/') ? m : m[0] + m.slice(1, -1).replace(/["'\\]/g, 'x') + m[0],
  );
}

function adapt(node: JsonValueNode, at: number[]): SNode {
  const span = (n: { location: JsonValueNode['location'] }) => ({ start: at[n.location.start.index]!, end: at[n.location.end.index]! });
  if (node instanceof JsonObjectNode) {
    const entries = node.properties.map((p) => ({ key: String(p.key.toJSON()), ...span(p), value: adapt(p.value, at) }));
    return { kind: 'object', ...span(node), entries };
  }
  if (node instanceof JsonArrayNode) {
    const entries = node.elements.map((e) => ({ ...span(e), value: adapt(e, at) }));
    return { kind: 'array', ...span(node), entries };
  }
  return { kind: 'scalar', ...span(node), entries: [] };
}

interface Comment {
  start: number;
  text: string;
}
function comments(text: string): Comment[] {
  const at = unitOffsets(text);
  return JsonLexer.tokenize(mask(text))
    .filter((t) => t.type === JsonTokenType.LINE_COMMENT || t.type === JsonTokenType.BLOCK_COMMENT)
    .map((t) => ({ start: at[t.location.start.index]!, text: t.value }));
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every problem found (empty when the edit was clean) and the spans of new text in `out`. */
export function checkPreserved(orig: string, out: string, before: unknown, after: unknown): { problems: string[]; added: NewSpan[]; keptFromRemoved: number } {
  let keptFromRemoved = 0;
  origText = orig;
  const problems: string[] = [];
  const added: NewSpan[] = [];
  const oc = comments(orig);
  const nc = comments(out);
  const o = adapt(JsonParser.parse(mask(orig)), unitOffsets(orig));
  const n = adapt(JsonParser.parse(mask(out)), unitOffsets(out));
  if (orig.slice(0, o.start) !== out.slice(0, n.start)) problems.push('text before the root value changed');
  if (orig.slice(o.end) !== out.slice(n.end)) problems.push('text after the root value changed');

  const gap = (at: string, os: number, oe: number, ns: number, ne: number, removed: SEntry[], fresh: SEntry[]): void => {
    if (removed.length === 0 && fresh.length === 0) {
      if (orig.slice(os, oe) !== out.slice(ns, ne)) problems.push(`${at}: text between entries changed: ${JSON.stringify(orig.slice(os, oe))} -> ${JSON.stringify(out.slice(ns, ne))}`);
      return;
    }
    // Pure additions insert, at one point, new entries separated by a comma and a space or a new
    // line (plus the comma the previous entry lacked); pure removals only delete.
    if (removed.length === 0) {
      const o = orig.slice(os, oe);
      let n = cut(out, ns, ne, fresh, '\0');
      if (n.startsWith(',') && !o.startsWith(',')) n = n.slice(1);
      let max = 0;
      while (max < o.length && o[max] === n[max]) max++;
      // The insertion point is ambiguous when the inserted text starts like the text after it.
      const splits = Array.from({ length: max + 1 }, (_, p) => {
        let q = 0;
        while (q < o.length - p && q < n.length - p && o[o.length - 1 - q] === n[n.length - 1 - q]) q++;
        return { dropped: o.slice(p, o.length - q), inserted: n.slice(p, n.length - q) };
      });
      if (!splits.some((x) => /^[ \t]*$/.test(x.dropped) && ADDITION.test(x.inserted))) {
        problems.push(`${at}: additions also changed ${JSON.stringify(o)} into ${JSON.stringify(n)}`);
      }
    } else if (fresh.length === 0) {
      const o = cut(orig, os, oe, removed, '');
      const n = out.slice(ns, ne);
      // A removal deletes; the comments it keeps may get a space or a line of their own, nothing else.
      const bare = (t: string): string => stripComments(t).replace(/\s+/g, '');
      if (!isSubsequence(bare(n), bare(o))) problems.push(`${at}: a removal inserted text: ${JSON.stringify(orig.slice(os, oe))} -> ${JSON.stringify(n)}`);
      // An entry alone on its line(s) takes its line break with it; no other line break may go or
      // stay, but for those the comments it held keep (one per line comment, or a line of their own).
      const ownsLine = (e: SEntry): boolean =>
        /^[ \t]*$/.test(lead(orig, e.start)) && /^([ \t,]|\/\*[\s\S]*?\*\/)*(\/\/[^\n]*)?\r?\n/.test(orig.slice(e.end, e.end + 500));
      const breaks = (t: string): number => t.split('\n').length - 1;
      const expected = breaks(o) - removed.filter(ownsLine).length;
      const held = oc.some((c) => c.start >= os && c.start < oe && (inside(c, removed) || finishesLineOf(c, removed)));
      if (held ? breaks(n) < expected || breaks(n) > breaks(orig.slice(os, oe)) : breaks(n) !== expected) {
        problems.push(`${at}: a removal left or took a line break: ${JSON.stringify(orig.slice(os, oe))} -> ${JSON.stringify(n)}`);
      }
    }
    // Comments a removed entry held survive, in order, but where its neighbour is: no place to check.
    const was = oc.filter((c) => c.start >= os && c.start < oe).map((c) => ({ ...c, moved: inside(c, removed) || finishesLineOf(c, removed) }));
    keptFromRemoved += was.filter((c) => c.moved).length;
    const now = nc.filter((c) => c.start >= ns && c.start < ne && !inside(c, fresh));
    if (was.map((c) => c.text).join('\0') !== now.map((c) => c.text).join('\0')) {
      problems.push(`${at}: comments around changed entries differ: ${JSON.stringify(was.map((c) => c.text))} -> ${JSON.stringify(now.map((c) => c.text))}`);
      return;
    }
    // A surviving comment stays where it was: on the line of the entry it followed, or on a line of its own.
    const lineBreakBefore = (text: string, from: number, to: number, skip: SEntry[]): boolean =>
      [...text.slice(from, to).matchAll(/\n/g)].some((m) => !skip.some((e) => from + m.index >= e.start && from + m.index < e.end));
    for (const [i, c] of was.entries()) {
      const d = now[i]!;
      if (c.moved) continue;
      if (lineBreakBefore(orig, os, c.start, removed) !== lineBreakBefore(out, ns, d.start, fresh)) problems.push(`${at}: comment ${c.text} moved to another line`);
      if (/^[ \t]*$/.test(lead(orig, c.start)) && lead(orig, c.start) !== lead(out, d.start)) problems.push(`${at}: comment ${c.text} lost its own line or indentation`);
    }
  };

  const walk = (at: string, a: SNode, b: SNode, va: unknown, vb: unknown): void => {
    if (isDeepStrictEqual(va, vb)) {
      if (orig.slice(a.start, a.end) !== out.slice(b.start, b.end)) problems.push(`${at}: unchanged value was rewritten`);
      return;
    }
    const sameKind = (isObj(va) && isObj(vb) && a.kind === 'object' && b.kind === 'object') || (Array.isArray(va) && Array.isArray(vb) && a.kind === 'array' && b.kind === 'array');
    if (!sameKind) {
      added.push({ start: b.start, end: b.end, value: vb });
      return;
    }
    // Entries of `a` and `b` that correspond, in order; the rest were removed or added.
    let keptA: SEntry[];
    let keptB: SEntry[];
    if (a.kind === 'object') {
      keptA = a.entries.filter((e) => Object.hasOwn(vb as object, e.key!));
      keptB = b.entries.filter((e) => Object.hasOwn(va as object, e.key!));
      if (keptA.map((e) => e.key).join('\0') !== keptB.map((e) => e.key).join('\0')) {
        problems.push(`${at}: kept keys changed order or count`);
        return;
      }
    } else {
      const m = Math.min((va as unknown[]).length, (vb as unknown[]).length);
      keptA = a.entries.slice(0, m);
      keptB = b.entries.slice(0, m);
    }
    for (let i = 0; i <= keptA.length; i++) {
      const os = i === 0 ? a.start + 1 : keptA[i - 1]!.end;
      const oe = i === keptA.length ? a.end - 1 : keptA[i]!.start;
      const ns = i === 0 ? b.start + 1 : keptB[i - 1]!.end;
      const ne = i === keptB.length ? b.end - 1 : keptB[i]!.start;
      const removed = a.entries.filter((e) => !keptA.includes(e) && e.start >= os && e.end <= oe);
      const fresh = b.entries.filter((e) => !keptB.includes(e) && e.start >= ns && e.end <= ne);
      gap(`${at}[gap ${i}]`, os, oe, ns, ne, removed, fresh);
      for (const e of fresh) {
        const value = a.kind === 'object' ? (vb as Record<string, unknown>)[e.key!] : (vb as unknown[])[b.entries.indexOf(e)];
        added.push({ start: e.start, end: e.end, value });
      }
    }
    keptA.forEach((ea, i) => {
      const eb = keptB[i]!;
      const sub = a.kind === 'object' ? ea.key! : i;
      if (orig.slice(ea.start, ea.value.start) !== out.slice(eb.start, eb.value.start)) problems.push(`${at}.${sub}: key text changed`);
      if (/^[ \t]*$/.test(lead(orig, ea.start)) && lead(orig, ea.start) !== lead(out, eb.start)) problems.push(`${at}.${sub}: indentation of a kept entry changed`);
      walk(`${at}.${sub}`, ea.value, eb.value, (va as Record<string | number, unknown>)[sub], (vb as Record<string | number, unknown>)[sub]);
    });
  };
  walk('$', o, n, before, after);
  return { problems, added, keptFromRemoved };
}

const inside = (c: Comment, es: readonly SEntry[]): boolean => es.some((e) => c.start >= e.start && c.start < e.end);

/** Set by checkPreserved: the original text, for `finishesLineOf`. */
let origText = '';
/** A comment finishing the line of a removed entry (after its comma, before the line break). */
const finishesLineOf = (c: Comment, es: readonly SEntry[]): boolean => es.some((e) => e.end <= c.start && !origText.slice(e.end, c.start).includes('\n'));

function stripComments(t: string): string {
  return t.replace(/\/\/[^\n\r]*|\/\*[\s\S]*?\*\//g, '');
}

/** What precedes `pos` on its line. */
const lead = (text: string, pos: number): string => text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos);

const ADDITION = /^,?(?:[ \t]*|\r?\n[ \t]*)\0(?:,(?:[ \t]*|\r?\n[ \t]*)\0)*,?(?:\r?\n[ \t]*)?$/;

/** `text[from, to)` with each of `entries` (in order, inside that range) replaced by `mark`. */
function cut(text: string, from: number, to: number, entries: readonly SEntry[], mark: string): string {
  let out = '';
  let p = from;
  for (const e of entries) {
    out += text.slice(p, e.start) + mark;
    p = e.end;
  }
  return out + text.slice(p, to);
}

function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (let j = 0; i < small.length && j < big.length; j++) if (small[i] === big[j]) i++;
  return i === small.length;
}

/** Keys and strings written inside the spans of `out`, for checking their quoting. */
export function spanTokens(out: string, spans: readonly NewSpan[]): { keys: string[]; strings: string[] }[] {
  const at = unitOffsets(out);
  const significant = JsonLexer.tokenize(mask(out)).filter(
    (t) => t.type !== JsonTokenType.WHITESPACE && t.type !== JsonTokenType.NEWLINE && t.type !== JsonTokenType.LINE_COMMENT && t.type !== JsonTokenType.BLOCK_COMMENT,
  );
  return spans.map((span) => {
    const keys: string[] = [];
    const strings: string[] = [];
    significant.forEach((t, i) => {
      const start = at[t.location.start.index]!;
      const end = at[t.location.end.index]!;
      if (start < span.start || end > span.end) return;
      // Masked text hides quotes inside strings, but the delimiting quotes are the original ones.
      const raw = out.slice(start, end);
      if (significant[i + 1]?.type === JsonTokenType.COLON) keys.push(raw);
      else if (t.type === JsonTokenType.STRING) strings.push(raw);
    });
    return { keys, strings };
  });
}
