// How new text should look in a given file: learned from the file itself so that inserted blocks
// read as if the user had typed them, with fixed defaults (JSON-like, 2 spaces, LF) for an empty file.
import type { ContainerNode, Cst, ValueNode } from './json5-cst.js';

export interface Style {
  nl: '\n' | '\r\n';
  /** One level of indentation: a tab or some spaces. */
  unit: string;
  quote: '"' | "'";
  /** For keys that are quoted (all of them unless `bareKeys`, and always those like "aisa/qwen3-max"). */
  keyQuote: '"' | "'";
  bareKeys: boolean;
  /** For new multi-line blocks only; existing containers keep their own choice. */
  trailingComma: boolean;
  colonSpace: string;
}

/** Leading whitespace of the line that holds `pos` (a BOM is not indentation). */
export function lineIndent(text: string, pos: number): string {
  let start = text.lastIndexOf('\n', pos - 1) + 1;
  if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
  return /^[ \t]*/.exec(text.slice(start, pos))![0];
}

/** True when only indentation precedes `pos` on its line. */
export function startsLine(text: string, pos: number): boolean {
  let start = text.lastIndexOf('\n', pos - 1) + 1;
  if (start === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
  return /^[ \t]*$/.test(text.slice(start, pos));
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function majority<T>(counts: Map<T, number>, fallback: T): T {
  let best = fallback;
  let bestCount = 0;
  for (const [k, c] of counts) if (c > bestCount) [best, bestCount] = [k, c];
  return best;
}

function bump<T>(m: Map<T, number>, k: T): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

export function detectStyle(cst: Cst): Style {
  const { text, tokens } = cst;
  let crlf = 0;
  let lf = 0;
  for (const t of tokens) if (t.kind === 'nl') text[t.start] === '\r' ? crlf++ : lf++;
  const units = new Map<string, number>();
  const quotes = new Map<'"' | "'", number>();
  const keys = { bare: 0, quotedIdent: 0, '"': 0, "'": 0 };
  const trailing = new Map<boolean, number>();
  const colon = new Map<string, number>();

  const visit = (node: ValueNode): void => {
    if (node.type === 'scalar') {
      const q = text[node.start];
      if (q === '"' || q === "'") bump(quotes, q);
      return;
    }
    visitContainer(node);
  };
  const visitContainer = (c: ContainerNode): void => {
    const outer = lineIndent(text, c.start);
    for (const e of c.entries) {
      if (startsLine(text, e.start)) {
        const inner = lineIndent(text, e.start);
        if (inner.length > outer.length && inner.startsWith(outer)) bump(units, inner.slice(outer.length));
      }
      if (e.colon !== undefined) {
        const q = text[e.start]!;
        if (q === '"' || q === "'") {
          keys[q]++;
          // Keys like "aisa/qwen3-max" must be quoted anyway: they say nothing about the file's habit.
          if (IDENT.test(e.key!)) keys.quotedIdent++;
        } else keys.bare++;
        bump(colon, /[ \t]/.test(text[e.colon + 1] ?? '') ? text[e.colon + 1]! : '');
      }
      visit(e.value);
    }
    const last = c.entries.at(-1);
    if (last && text.slice(last.end, c.end).includes('\n')) bump(trailing, last.comma !== undefined);
  };
  if (cst.root) visit(cst.root);

  const quote = majority(quotes, '"');
  return {
    nl: crlf > lf ? '\r\n' : '\n',
    unit: majority(units, '  '),
    quote,
    keyQuote: keys["'"] > keys['"'] ? "'" : keys['"'] > 0 ? '"' : quote,
    bareKeys: keys.bare > keys.quotedIdent,
    trailingComma: majority(trailing, false),
    colonSpace: majority(colon, ' '),
  };
}

export function quoteString(s: string, q: '"' | "'"): string {
  let out = q;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x2028 || code === 0x2029) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + q;
}

export function formatKey(key: string, style: Style): string {
  return style.bareKeys && IDENT.test(key) ? key : quoteString(key, style.keyQuote);
}

function formatScalar(v: unknown, style: Style): string {
  if (typeof v === 'string') return quoteString(v, style.quote);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  if (v === null || typeof v === 'boolean') return String(v);
  throw new TypeError(`cannot write a ${typeof v} into JSON5`);
}

export function isComposite(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

/**
 * Renders a value that starts on a line indented by `indent`. Objects are always multi-line so a
 * new provider block stays readable even inside a one-line parent; arrays of scalars stay on one
 * line while short (`input: ["text", "image"]`), as people write them by hand.
 */
export function formatValue(v: unknown, indent: string, style: Style): string {
  if (!isComposite(v)) return formatScalar(v, style);
  const inner = indent + style.unit;
  const tail = style.trailingComma ? ',' : '';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (!v.some(isComposite)) {
      const line = '[' + v.map((x) => formatScalar(x, style)).join(', ') + ']';
      if (line.length <= 60) return line;
    }
    const items = v.map((x) => inner + formatValue(x, inner, style));
    return '[' + style.nl + items.join(',' + style.nl) + tail + style.nl + indent + ']';
  }
  const keys = Object.keys(v);
  if (keys.length === 0) return '{}';
  const rec = v as Record<string, unknown>;
  const items = keys.map((k) => inner + formatEntry(k, rec[k], inner, style));
  return '{' + style.nl + items.join(',' + style.nl) + tail + style.nl + indent + '}';
}

/**
 * Renders a value on one line, objects and arrays included (`{ input: 0.3, output: 0.9 }`), for
 * entries added to a container the user wrote on one line: the entry then reads in one style, not
 * half in a row and half in blocks. `pad` is what the container has inside its braces (' ' or '').
 */
export function formatInline(v: unknown, style: Style, pad: string): string {
  if (!isComposite(v)) return formatScalar(v, style);
  if (Array.isArray(v)) return '[' + v.map((x) => formatInline(x, style, pad)).join(', ') + ']';
  const keys = Object.keys(v);
  if (keys.length === 0) return '{}';
  const rec = v as Record<string, unknown>;
  return '{' + pad + keys.map((k) => formatKey(k, style) + ':' + style.colonSpace + formatInline(rec[k], style, pad)).join(', ') + pad + '}';
}

export function formatEntry(key: string | undefined, v: unknown, indent: string, style: Style): string {
  const value = formatValue(v, indent, style);
  return key === undefined ? value : formatKey(key, style) + ':' + style.colonSpace + value;
}

/** What JSON.stringify would keep, but with NaN and ±Infinity allowed (JSON5 has them). */
export function toPlain(v: unknown): unknown {
  if (v === undefined || v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => toPlain(x) ?? null);
  if (typeof v === 'object') {
    const withJson = v as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === 'function') return toPlain(withJson.toJSON());
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const p = toPlain(x);
      // defineProperty: a plain assignment to "__proto__" would change the prototype instead.
      if (p !== undefined) Object.defineProperty(out, k, { value: p, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  throw new TypeError(`cannot write a ${typeof v} into a JSON5 config`);
}
