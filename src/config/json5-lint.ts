// What json5 accepts but a person may misread: a key written twice in one object, of which
// json5 (and so OpenClaw) keeps only the last. Found on the syntax tree, reported by line.
import type { Cst, ValueNode } from './json5-cst.js';

export interface DuplicateKey {
  /** `models.providers.aisa`: where the key is, as the messages name paths. */
  path: string;
  /** 1-based lines of the first and of the last definition (the one that counts). */
  lines: [number, number];
}

export function duplicateKeys(cst: Cst): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const line = (offset: number): number => {
    let n = 1;
    for (let i = cst.text.indexOf('\n'); i !== -1 && i < offset; i = cst.text.indexOf('\n', i + 1)) n++;
    return n;
  };
  const walk = (node: ValueNode, path: string): void => {
    if (node.type === 'scalar') return;
    const first = new Map<string, number>();
    const last = new Map<string, number>();
    node.entries.forEach((e, i) => {
      const sub = node.type === 'object' ? (path ? `${path}.${e.key!}` : e.key!) : `${path}[${i}]`;
      if (node.type === 'object') {
        if (first.has(e.key!)) last.set(e.key!, e.start);
        else first.set(e.key!, e.start);
      }
      walk(e.value, sub);
    });
    for (const [key, at] of last) out.push({ path: path ? `${path}.${key}` : key, lines: [line(first.get(key)!), line(at)] });
  };
  if (cst.root) walk(cst.root, '');
  return out;
}
