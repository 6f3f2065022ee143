// Lossless editing of OpenClaw's JSON5 config. Users annotate this file by hand and OpenClaw's own
// writer throws their comments away; ours changes only the bytes of the values that actually
// differ. Every edit is a text splice computed on a concrete syntax tree (./json5-cst.ts), after
// which the tree is rebuilt, so nothing outside a splice can move.
import { parseJson5 } from './json5-parse.js';
import { childOf, lastIndexOfKey, parseCst, retokenize, scalarValue, tokenize, valueOf, type ContainerNode, type Cst, type ValueNode } from './json5-cst.js';
import { detectStyle, formatValue, isComposite, lineIndent, toPlain, type Style } from './json5-format.js';
import { duplicateKeys, type DuplicateKey } from './json5-lint.js';
import { appendSplices, hasComment, removeSplices, type Item, type Splice } from './json5-splice.js';

export type Path = readonly (string | number)[];

export interface EditableDocument {
  /** The current text (after edits). */
  toString(): string;
  /** Plain JS value at path (undefined when absent); a fresh copy the caller may change. */
  get(path: Path): unknown;
  /**
   * The text, checked once more by the json5 package: the last guard before it is written. Edits
   * are not re-parsed one by one (a set-up makes a dozen and json5 is slow on a cold start), so a
   * fault of this editor is caught here, before any byte reaches the disk.
   */
  checkedText(): string;
  /** Make the minimal text edits so that the value at `path` deep-equals `desired`, creating missing parent objects.
   *  Objects: recurse key by key (keys present in the doc but absent from desired are removed; new keys appended at the end of the object).
   *  Arrays: element by element by index (recurse into existing elements, append new ones, drop trailing extra ones).
   *  Scalars: replace the literal only if the value differs (a value that is already equal is not rewritten, even if written as 1.0 vs 1 or 'x' vs "x").
   *  A type change (string -> object, e.g. agents.defaults.model "aisa/x" -> {primary:"aisa/x"}) replaces just that value. */
  reconcile(path: Path, desired: unknown): void;
  /** Remove the property/element at path (with its own trailing comma handling); no-op if absent. */
  remove(path: Path): void;
  /** Keys written twice in one object (json5 keeps the last): said to the user, never silently edited. */
  duplicateKeys(): DuplicateKey[];
}

/** Parse JSON5 text (may be '' or whitespace/comments only => treated as an empty object `{}` that will be created on first edit).
 *  Throws on syntax errors (the caller reports file:line:column separately using the `json5` package, so any Error is fine).
 *  `validated`: the caller has just parsed this very text with json5 (parseConfigText), so it is not parsed twice. */
export function openDocument(text: string, opts: { validated?: boolean } = {}): EditableDocument {
  return new Json5Document(text, opts.validated === true);
}


class Json5Document implements EditableDocument {
  private text: string;
  private cst: Cst;
  private readonly style: Style;
  /** The last text json5 accepted (the text read, or the last checkedText()). */
  private checked: string | undefined;
  /**
   * A file whose lines end in CR alone (classic Mac): edited as LF, the one ending the editor's
   * layout rules look for, and given back with CR, so inserted lines end as the file's others do.
   * A CR is one character as an LF is, so every offset, line and column stays the same.
   */
  private readonly crOnly: boolean;

  constructor(source: string, validated: boolean) {
    this.crOnly = source.includes('\r') && !source.includes('\n');
    const text = this.crOnly ? source.replace(/\r/g, '\n') : source;
    const tokens = tokenize(text);
    if (!validated) {
      const triviaOnly = tokens.every((t) => t.kind === 'ws' || t.kind === 'nl' || t.kind === 'comment');
      // The appended `{}` makes json5 reject an unterminated block comment in a comment-only file.
      parseJson5(triviaOnly ? text + '\n{}' : text);
    }
    this.text = text;
    this.checked = text;
    this.cst = parseCst(text, tokens);
    this.style = detectStyle(this.cst);
  }

  toString(): string {
    return this.crOnly ? this.text.replace(/\n/g, '\r') : this.text;
  }

  checkedText(): string {
    if (this.text !== this.checked) {
      try {
        parseJson5(this.text);
      } catch (err) {
        throw new Error(`internal error: the edit would make the config invalid JSON5 (${(err as Error).message})`);
      }
      this.checked = this.text;
    }
    return this.toString();
  }

  duplicateKeys(): DuplicateKey[] {
    return duplicateKeys(this.cst);
  }

  get(path: Path): unknown {
    if (!this.cst.root) return path.length === 0 ? {} : undefined;
    // Read off the syntax tree the editor keeps anyway: no second parse after every edit.
    const node = this.nodeAt(path);
    return node === undefined ? undefined : valueOf(this.text, node);
  }

  reconcile(path: Path, desired: unknown): void {
    const plain = toPlain(desired);
    if (plain === undefined) return this.remove(path);
    this.transaction(() => {
      if (!this.cst.root) this.createRoot();
      this.reconcileAt(path, plain);
    });
  }

  remove(path: Path): void {
    if (path.length === 0) throw new Error('cannot remove the root value of a config file');
    this.transaction(() => {
      const parentPath = path.slice(0, -1);
      const k = path.at(-1)!;
      const parent = this.nodeAt(parentPath);
      if (parent?.type === 'object') this.removeKey(parentPath, String(k));
      else if (parent?.type === 'array' && typeof k === 'number' && k >= 0 && k < parent.entries.length) {
        this.removeEntry(parent, k);
      }
    });
  }

  /** A failed edit must not leave a half-edited document behind (json5 checks the result in checkedText()). */
  private transaction(edit: () => void): void {
    const before = this.text;
    try {
      edit();
    } catch (err) {
      this.setText(before);
      throw err;
    }
  }

  private setText(text: string): void {
    this.text = text;
    this.cst = parseCst(text);
  }

  private apply(splices: Splice[]): void {
    if (splices.length === 0) return;
    let text = this.text;
    for (const s of [...splices].sort((a, b) => b.start - a.start)) text = text.slice(0, s.start) + s.text + text.slice(s.end);
    // Only the stretch the splices touch is scanned again (see retokenize).
    const from = Math.min(...splices.map((s) => s.start));
    const to = Math.max(...splices.map((s) => s.end));
    const tokens = retokenize(this.cst.tokens, text, from, to, text.length - this.text.length);
    this.text = text;
    this.cst = parseCst(text, tokens);
  }

  private createRoot(): void {
    const t = this.text;
    // A trailing `// comment` without a newline would swallow the new object.
    const sep = /\S/.test(t.replace(/\ufeff/g, '')) && !/\n[ \t]*$/.test(t) ? this.style.nl : '';
    this.setText(t + sep + '{}' + this.style.nl);
  }

  private nodeAt(path: Path): ValueNode | undefined {
    let node = this.cst.root ?? undefined;
    for (const k of path) node = node && childOf(node, k)?.value;
    return node;
  }

  private reconcileAt(path: Path, desired: unknown): void {
    let node = this.cst.root!;
    for (let i = 0; i < path.length; i++) {
      const k = path[i]!;
      const child = childOf(node, k);
      if (child) {
        node = child.value;
        continue;
      }
      const rest = path.slice(i + 1);
      if (node.type === 'object') return this.append(node, [[String(k), wrap(rest, desired)]]);
      if (node.type === 'array' && typeof k === 'number') {
        if (k !== node.entries.length) throw new RangeError(`cannot set index ${k} of an array of ${node.entries.length}`);
        return this.append(node, [[undefined, wrap(rest, desired)]]);
      }
      return this.replace(node, wrap(path.slice(i), desired));
    }
    this.reconcileValue(path, desired);
  }

  private reconcileValue(path: Path, desired: unknown): void {
    const node = this.nodeAt(path)!;
    if (node.type === 'scalar') {
      const current = scalarValue(this.text.slice(node.start, node.end));
      if (!isComposite(desired) && (current === desired || (Number.isNaN(current) && Number.isNaN(desired)))) return;
      return this.replace(node, desired);
    }
    if (!isComposite(desired) || Array.isArray(desired) !== (node.type === 'array')) return this.replace(node, desired);
    if (node.entries.length === 0 && !hasComment(this.cst, node.start, node.end)) {
      // An empty `{}` holds nothing to preserve: writing the whole value gives the tidiest layout.
      if (Object.keys(desired).length > 0) this.replace(node, desired);
      return;
    }
    if (Array.isArray(desired)) {
      for (let i = node.entries.length - 1; i >= desired.length; i--) this.removeEntry(this.nodeAt(path) as ContainerNode, i);
      const kept = Math.min(desired.length, node.entries.length);
      for (let i = 0; i < kept; i++) this.reconcileValue([...path, i], desired[i]);
      const extra = desired.slice(kept).map((v): Item => [undefined, v]);
      if (extra.length > 0) this.append(this.nodeAt(path) as ContainerNode, extra);
      return;
    }
    const want = desired as Record<string, unknown>;
    const present = new Set(node.entries.map((e) => e.key!));
    for (const key of present) if (!Object.hasOwn(want, key)) this.removeKey(path, key);
    for (const key of Object.keys(want)) if (present.has(key)) this.reconcileValue([...path, key], want[key]);
    const added = Object.keys(want).filter((k) => !present.has(k)).map((k): Item => [k, want[k]]);
    if (added.length > 0) this.append(this.nodeAt(path) as ContainerNode, added);
  }

  private replace(node: ValueNode, value: unknown): void {
    const text = formatValue(value, lineIndent(this.text, node.start), this.style);
    this.apply([{ start: node.start, end: node.end, text }]);
  }

  private removeKey(path: Path, key: string): void {
    // Duplicate keys are legal JSON5 (the last one wins): remove them all.
    for (;;) {
      const c = this.nodeAt(path) as ContainerNode;
      const i = lastIndexOfKey(c, key);
      if (i < 0) return;
      this.removeEntry(c, i);
    }
  }

  private removeEntry(c: ContainerNode, i: number): void {
    this.apply(removeSplices(this.cst, c, i));
  }

  private append(c: ContainerNode, items: Item[]): void {
    const splices = appendSplices(this.cst, this.style, c, items);
    // An empty, comment-free container has nothing to keep: writing it whole gives the tidiest layout.
    if (!splices) return this.replace(c, c.type === 'array' ? items.map(([, v]) => v) : fromItems(items));
    this.apply(splices);
  }
}

/** The value to write where the path leaves the document: the rest of the path as nested containers. */
function wrap(rest: Path, value: unknown): unknown {
  return rest.reduceRight<unknown>((v, k) => {
    if (typeof k === 'string') return { [k]: v };
    if (k === 0) return [v];
    throw new RangeError(`cannot create an array with index ${k}`);
  }, value);
}

function fromItems(items: Item[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of items) Object.defineProperty(out, k!, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}
