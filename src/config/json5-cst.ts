// A small lossless view of JSON5 text: every token with its offsets, plus the value tree with the
// spans an editor needs (keys, values, commas). We scan it ourselves rather than use
// @croct/json5-parser's tree because that parser rejects valid JSON5 that OpenClaw accepts
// (`{default: true}`, any reserved word as an unquoted key, `"\x41"`), and re-parsing after every
// splice with it is ~3x slower than json5 itself. Validity is decided by the `json5` package
// before this runs, so the scanner only has to find boundaries, never to diagnose errors.
import { parseJson5 } from './json5-parse.js';

export type TokenKind = 'ws' | 'nl' | 'comment' | 'punct' | 'string' | 'literal';
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

export interface ScalarNode {
  type: 'scalar';
  start: number;
  end: number;
}
export interface ContainerNode {
  type: 'object' | 'array';
  /** Offset of the opening bracket; `end` is just past the closing one. */
  start: number;
  end: number;
  entries: Entry[];
}
export type ValueNode = ScalarNode | ContainerNode;

export interface Entry {
  /** Key start for properties, value start for array elements. */
  start: number;
  /** Value end: the comma and anything after it are not part of the entry. */
  end: number;
  key?: string;
  /** Offset of the ':' (properties only). */
  colon?: number;
  value: ValueNode;
  /** Offset of the ',' that follows this entry, if there is one. */
  comma?: number;
}

export interface Cst {
  text: string;
  tokens: Token[];
  /** null when the text holds only whitespace and comments. */
  root: ValueNode | null;
}

// Character codes, compared as numbers: the scanner runs over the whole text after every edit, and
// charCodeAt spares it a one-character string per character (the scan is ~25% faster on 4 MB).
const LF = 10, CR = 13, TAB = 9, VT = 11, FF = 12, SPACE = 32, DQUOTE = 34, SQUOTE = 39, STAR = 42, SLASH = 47, BACKSLASH = 92;

/** JSON5 whitespace; U+2028/2029 are line terminators to JSON5 but layout never starts a line with them. */
function isWs(c: number): boolean {
  if (c === SPACE || c === TAB || c === VT || c === FF) return true;
  return c > 126 && (c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000);
}

/** `{ } [ ] : ,` */
function isPunct(c: number): boolean {
  return c === 123 || c === 125 || c === 91 || c === 93 || c === 58 || c === 44;
}

function isDelimiter(c: number): boolean {
  return c === LF || c === CR || c === DQUOTE || c === SQUOTE || c === SLASH || isPunct(c) || isWs(c);
}

const endsLineComment = (c: number): boolean => c === LF || c === CR || c === 0x2028 || c === 0x2029;

/** The token that starts at `i`: tokens depend on nothing but the text from where they start. */
function lexAt(text: string, i: number): Token {
  const n = text.length;
  const start = i;
  const c = text.charCodeAt(i);
  let kind: TokenKind;
  if (c === LF || c === CR) {
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    kind = 'nl';
  } else if (isWs(c)) {
    while (i < n && isWs(text.charCodeAt(i))) i++;
    kind = 'ws';
  } else if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
    while (i < n && !endsLineComment(text.charCodeAt(i))) i++;
    kind = 'comment';
  } else if (c === SLASH && text.charCodeAt(i + 1) === STAR) {
    const close = text.indexOf('*/', i + 2);
    i = close < 0 ? n : close + 2;
    kind = 'comment';
  } else if (isPunct(c)) {
    i++;
    kind = 'punct';
  } else if (c === DQUOTE || c === SQUOTE) {
    i++;
    while (i < n && text.charCodeAt(i) !== c) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
    i = Math.min(i + 1, n);
    kind = 'string';
  } else {
    while (i < n && !isDelimiter(text.charCodeAt(i))) i++;
    if (i === start) i++;
    kind = 'literal';
  }
  return { kind, start, end: i };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; i = tokens[tokens.length - 1]!.end) tokens.push(lexAt(text, i));
  return tokens;
}

/**
 * The tokens of `text`, which is `old`'s text with the bytes in [from, to) replaced (`delta` = the
 * change in length). Only the changed stretch is scanned again: from the token before it (an
 * insertion can extend it) until a token ends where an old one, past the change, began. The tokens
 * after that are the old ones, moved by `delta` (moved in place: the old list is not used again).
 * On a 4 MB config this spares a full scan, and a million token objects, per edit.
 */
export function retokenize(old: Token[], text: string, from: number, to: number, delta: number): Token[] {
  const first = Math.max(0, tokenAt(old, from) - 1);
  const out = old.slice(0, first);
  let j = tokenAt(old, to);
  for (let i = old[first]?.start ?? 0; i < text.length; ) {
    const t = lexAt(text, i);
    out.push(t);
    i = t.end;
    if (i < to + delta) continue;
    while (j < old.length && old[j]!.start + delta < i) j++;
    if (j < old.length && old[j]!.start + delta === i) {
      for (let k = j; k < old.length; k++) {
        const moved = old[k]!;
        moved.start += delta;
        moved.end += delta;
        out.push(moved);
      }
      break;
    }
  }
  return out;
}

/** The value of a scalar token; the common spellings without a trip through json5. */
export function scalarValue(raw: string): unknown {
  if ((raw[0] === '"' || raw[0] === "'") && !raw.includes('\\')) return raw.slice(1, -1);
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (raw === 'null') return null;
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(raw)) return Number(raw);
  return parseJson5(raw);
}

/** A node's plain value, as JSON5.parse gives it: the last of duplicate keys wins, in the first's place. */
export function valueOf(text: string, node: ValueNode): unknown {
  if (node.type === 'scalar') return scalarValue(text.slice(node.start, node.end));
  if (node.type === 'array') return node.entries.map((e) => valueOf(text, e.value));
  const out: Record<string, unknown> = {};
  // defineProperty, as json5 does: a `__proto__` key is data, not the object's prototype.
  for (const e of node.entries) Object.defineProperty(out, e.key!, { value: valueOf(text, e.value), writable: true, enumerable: true, configurable: true });
  return out;
}

function keyName(raw: string): string {
  if (raw.startsWith('"') || raw.startsWith("'")) return raw.includes('\\') ? (parseJson5(raw) as string) : raw.slice(1, -1);
  // Identifiers may spell letters as \uXXXX escapes.
  return raw.includes('\\') ? Object.keys(parseJson5(`{${raw}:0}`) as object)[0]! : raw;
}

/**
 * How deep containers may nest. The tree is built and walked recursively, and ~10,000 levels
 * overflow the stack; no OpenClaw setting is more than a handful deep, so a fixed, documented
 * limit is refused with a clear message instead.
 */
export const MAX_DEPTH = 1000;

/** Thrown by parseCst for text nested deeper than MAX_DEPTH; `offset` is where the limit was passed. */
export class NestingTooDeep extends Error {
  constructor(readonly offset: number) {
    super(`nested more than ${MAX_DEPTH} levels deep`);
  }
}

/** Builds the tree of already-validated JSON5 text (from its tokens, when the caller has them). */
export function parseCst(text: string, tokens: Token[] = tokenize(text)): Cst {
  const sig = tokens.filter((t) => t.kind === 'punct' || t.kind === 'string' || t.kind === 'literal');
  let p = 0;
  const fail = (): never => {
    throw new Error(`unexpected JSON5 structure near offset ${sig[p]?.start ?? text.length}`);
  };
  const isPunct = (t: Token | undefined, c: string): boolean => t?.kind === 'punct' && text[t.start] === c;

  function value(depth: number): ValueNode {
    const open = sig[p++] ?? fail();
    if (open.kind !== 'punct') return { type: 'scalar', start: open.start, end: open.end };
    if (depth > MAX_DEPTH) throw new NestingTooDeep(open.start);
    const isObject = text[open.start] === '{';
    if (!isObject && text[open.start] !== '[') fail();
    const close = isObject ? '}' : ']';
    const entries: Entry[] = [];
    for (;;) {
      const next = sig[p] ?? fail();
      if (isPunct(next, close)) {
        p++;
        return { type: isObject ? 'object' : 'array', start: open.start, end: next.end, entries };
      }
      let entry: Entry;
      if (isObject) {
        const key = sig[p++]!;
        if (key.kind === 'punct' || !isPunct(sig[p], ':')) fail();
        const colon = sig[p++]!.start;
        const v = value(depth + 1);
        entry = { start: key.start, end: v.end, key: keyName(text.slice(key.start, key.end)), colon, value: v };
      } else {
        const v = value(depth + 1);
        entry = { start: v.start, end: v.end, value: v };
      }
      if (isPunct(sig[p], ',')) entry.comma = sig[p++]!.start;
      else if (!isPunct(sig[p], close)) fail();
      entries.push(entry);
    }
  }

  if (sig.length === 0) return { text, tokens, root: null };
  const root = value(1);
  if (p !== sig.length) fail();
  return { text, tokens, root };
}

/** Index of the first token starting at or after `pos` (tokens tile the text, so this is exact at boundaries). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entry a path step leads to; the last of duplicate keys, as JSON5.parse keeps it. */
export function childOf(node: ValueNode, k: string | number): Entry | undefined {
  if (node.type === 'object') return node.entries[lastIndexOfKey(node, String(k))];
  return node.type === 'array' && typeof k === 'number' ? node.entries[k] : undefined;
}

export function lastIndexOfKey(c: ContainerNode, key: string): number {
  let i = c.entries.length - 1;
  while (i >= 0 && c.entries[i]!.key !== key) i--;
  return i;
}
