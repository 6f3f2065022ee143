// Fuzz test of the lossless JSON5 editor: generated hand-written-style configs, the edits onboard
// makes, and four properties checked on each (see test/support/json5-check.ts for the byte check).
// Replay one case: FUZZ_SEED=<seed> FUZZ_CASES=1 npx vitest run test/document.fuzz
import JSON5 from 'json5';
import { isDeepStrictEqual } from 'node:util';
import { expect, test } from 'vitest';
import { openDocument, type EditableDocument, type Path } from '../../src/config/document.js';
import { parseCst, type ContainerNode, type ValueNode } from '../../src/config/json5-cst.js';
import { checkPreserved, spanTokens } from '../support/json5-check.js';
import { randomConfig, randomStyle, render, Rng, type FileStyle } from '../support/json5-gen.js';

type Op = { op: 'reconcile'; path: Path; value: unknown } | { op: 'remove'; path: Path };
type Obj = Record<string, unknown>;

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20_260_906);
const CASES = Number(process.env.FUZZ_CASES ?? 500);
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const AISA: Path = ['models', 'providers', 'aisa'];
const CATALOG: Obj[] = [
  { id: 'qwen3-max', name: 'Qwen3 Max', reasoning: false, input: ['text', 'image'], contextWindow: 262144, maxTokens: 65536, cost: { input: 1.2, output: 6, cacheRead: 0.24, cacheWrite: 0 } },
  { id: 'kimi-k2.5', name: 'Kimi K2.5', reasoning: true, input: ['text', 'image'], contextWindow: 262144, maxTokens: 32768, cost: { input: 0.6, output: 3, cacheRead: 0.1, cacheWrite: 0 } },
  { id: 'deepseek-v3.2', name: 'DeepSeek V3.2 中文', reasoning: true, input: ['text'], contextWindow: 131072, maxTokens: 8192, cost: { input: 0.28, output: 0.42, cacheRead: 0.028, cacheWrite: 0 } },
].map((m) => ({ ...m, compat: { supportsDeveloperRole: false } }));

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const at = (root: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (isObj(v) || Array.isArray(v) ? (v as Obj)[k] : undefined), root);

/** The edits `onboard` and `doctor --fix` make, chosen at random for this config. */
function plan(r: Rng, cfg: Obj): Op[] {
  const ops: Op[] = [];
  const old = at(cfg, AISA);
  const oldModels = isObj(old) && Array.isArray(old.models) ? old.models.filter(isObj) : [];
  oldModels.forEach((m, i) => {
    if (m.id === 'qwen3-plus' && r.chance(0.5)) ops.push({ op: 'reconcile', path: [...AISA, 'models', i, 'id'], value: 'qwen-plus-2025-12-01' });
    if ('supportsDeveloperRole' in m && r.chance(0.6)) {
      ops.push({ op: 'remove', path: [...AISA, 'models', i, 'supportsDeveloperRole'] });
      ops.push({ op: 'reconcile', path: [...AISA, 'models', i, 'compat'], value: { ...(isObj(m.compat) ? m.compat : {}), supportsDeveloperRole: false } });
    }
  });
  // Later edits are planned on the result of the earlier ones, as the product does.
  const now = structuredClone(cfg);
  for (const op of ops) applyPlain(now, op);
  const current = at(now, AISA);
  const currentModels = isObj(current) && Array.isArray(current.models) ? current.models.filter(isObj) : [];
  if (r.chance(0.85)) {
    const chosen = CATALOG.filter(() => r.chance(0.6));
    const models = chosen.map((c) => {
      const { supportsDeveloperRole: _, ...prev } = currentModels.find((m) => m.id === c.id) ?? {};
      return { ...prev, ...c };
    });
    // As the product does: a user's own models are kept, with supportsDeveloperRole moved under compat.
    const keep = currentModels
      .filter((m) => !chosen.some((c) => c.id === m.id) && r.chance(0.7))
      .map(({ supportsDeveloperRole, ...m }) => (supportsDeveloperRole === undefined ? m : { ...m, compat: { ...(isObj(m.compat) ? m.compat : {}), supportsDeveloperRole: false } }));
    const value: Obj = { ...(isObj(current) ? current : {}), baseUrl: 'https://api.aisa.one/v1', apiKey: '${AISA_API_KEY}', api: 'openai-completions', models: [...models, ...keep] };
    if (r.chance(0.3)) delete value.timeoutSeconds;
    ops.push({ op: 'reconcile', path: AISA, value });
  }
  if (r.chance(0.6)) {
    const fallbacks = r.chance(0.5) ? { fallbacks: ['aisa/kimi-k2.5', 'aisa/deepseek-v3.2'] } : {};
    ops.push({ op: 'reconcile', path: ['agents', 'defaults', 'model'], value: { primary: 'aisa/qwen3-max', ...fallbacks } });
  }
  const entries = at(cfg, ['agents', 'defaults', 'models']);
  if (r.chance(0.4)) {
    const value = { ...(isObj(entries) ? entries : {}), 'aisa/qwen3-max': {}, 'aisa/kimi-k2.5': { params: { temperature: 1 } } };
    ops.push({ op: 'reconcile', path: ['agents', 'defaults', 'models'], value });
  } else if (r.chance(0.5)) {
    ops.push({ op: 'reconcile', path: ['agents', 'defaults', 'models', 'aisa/kimi-k2.5'], value: { params: { temperature: 1 } } });
  }
  for (const path of [['channels', 'telegram'], ['models', 'providers', 'openai'], ['gateway', 'auth', 'token'], ['agents', 'list', 0], ['nope', 'x']]) {
    if (r.chance(0.15)) ops.push({ op: 'remove', path });
  }
  // Equal values written differently (0xFF, 1.0) must stay as written; a real change must land.
  if (r.chance(0.3)) ops.push({ op: 'reconcile', path: ['meta'], value: { ...(at(cfg, ['meta']) as Obj), port: 255, ratio: 1 } });
  if (r.chance(0.2)) ops.push({ op: 'reconcile', path: ['gateway', 'port'], value: 18790 });
  return ops;
}

function applyPlain(root: Obj, op: Op): void {
  const parentPath = op.path.slice(0, -1);
  const k = op.path.at(-1)!;
  if (op.op === 'remove') {
    const parent = at(root, parentPath);
    if (Array.isArray(parent) && typeof k === 'number') parent.splice(k, 1);
    else if (isObj(parent)) delete parent[k];
    return;
  }
  let cur: Obj = root;
  for (const key of parentPath) {
    if (!isObj(cur[key]) && !Array.isArray(cur[key])) cur[key] = {};
    cur = cur[key] as Obj;
  }
  cur[k] = structuredClone(op.value);
}

function run(doc: EditableDocument, ops: Op[]): string {
  for (const op of ops) (op.op === 'remove' ? doc.remove(op.path) : doc.reconcile(op.path, op.value));
  return doc.toString();
}

/** Property (4): new text is multi-line where it holds a block, in the file's newline and indentation. */
function layoutProblems(orig: string, out: string, st: FileStyle, before: Obj, added: ReturnType<typeof checkPreserved>['added']): string[] {
  const problems: string[] = [];
  // A file without a line break has no newline style to keep.
  if (orig.includes('\n') && (st.nl === '\r\n' ? /(^|[^\r])\n/.test(out) : out.includes('\r'))) problems.push('newline style not kept');
  const indented = orig.split(st.nl).some((l) => /^[ \t]+[^ \t]/.test(l.replace(/^\ufeff/, '')) && !/^[ \t]+(\/\/|\/\*|block \*\/)/.test(l));
  const unit = new RegExp(`^(${st.unit})*$`);
  const habits = { anyKey: false, identKey: false, anyString: false };
  const visit = (v: unknown): void => {
    if (typeof v === 'string') habits.anyString = true;
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObj(v)) {
      for (const [k, x] of Object.entries(v)) {
        habits.anyKey = true;
        habits.identKey ||= IDENT.test(k);
        visit(x);
      }
    }
  };
  visit(before);
  const quoting = spanTokens(out, added);
  added.forEach((span, n) => {
    const text = out.slice(span.start, span.end);
    const lines = text.split(/\r?\n/);
    const block = (isObj(span.value) && Object.keys(span.value).length > 0) || (Array.isArray(span.value) && span.value.some((v) => typeof v === 'object' && v));
    // Except inside a list item written on one line (a model entry): the entry keeps its style.
    const inOneLineItem = inOneLineListItem(out, span.start);
    if (block && lines.length < 2 && !inOneLineItem) problems.push(`block written on one line: ${text}`);
    if (lines.some((l, i) => (i > 0 && /^[ \t]*$/.test(l)) || /[ \t]$/.test(l))) problems.push(`blank line or trailing blanks in ${JSON.stringify(text)}`);
    const lineStart = out.lastIndexOf('\n', span.start - 1) + 1;
    const base = /^[ \t]*/.exec(out.slice(lineStart, span.start).replace(/^\ufeff/, ''))![0];
    if (lines.length > 1 && /^[ \t]*/.exec(lines.at(-1)!)![0] !== base) problems.push(`closing line not aligned: ${JSON.stringify(text)}`);
    for (const l of lines.slice(1)) if (indented && !unit.test(/^[ \t]*/.exec(l)![0])) problems.push(`indentation ${JSON.stringify(l)} is not made of ${JSON.stringify(st.unit)}`);
    const { keys, strings } = quoting[n]!;
    for (const k of keys) {
      const bare = !/^["']/.test(k);
      if (st.keys === 'unquoted' && habits.identKey && bare !== IDENT.test(k.replace(/^["']|["']$/g, ''))) problems.push(`key ${k} quoted against the file's habit`);
      if ((st.keys === 'double' || st.keys === 'single') && habits.anyKey && k[0] !== (st.keys === 'double' ? '"' : "'")) problems.push(`key ${k} not in the file's quotes`);
    }
    if ((st.strings === 'double' || st.strings === 'single') && habits.anyString) {
      for (const s of strings) if (s[0] !== (st.strings === 'double' ? '"' : "'")) problems.push(`string ${s} not in the file's quotes`);
    }
  });
  return problems;
}

test(`${CASES} generated configs keep every untouched byte (seed ${BASE_SEED})`, () => {
  let edited = 0;
  let keptFromRemoved = 0;
  for (let i = 0; i < CASES; i++) {
    const seed = BASE_SEED + i;
    const r = new Rng(seed);
    const st = randomStyle(r);
    const text = render(r, randomConfig(r), st);
    const fail = (what: string): never => {
      throw new Error(`seed ${seed} (replay: FUZZ_SEED=${seed} FUZZ_CASES=1): ${what}\n--- original ---\n${text}\n--- ops ---\n${JSON.stringify(ops)}\n--- result ---\n${out}`);
    };
    let out = '';
    const before = JSON5.parse<Obj>(text);
    const ops = plan(r, before);
    const expected = structuredClone(before);
    for (const op of ops) applyPlain(expected, op);
    try {
      out = run(openDocument(text), ops);
    } catch (err) {
      fail(`edit threw: ${(err as Error).stack}`);
    }
    if (out !== text) edited++;
    // (1) the result means what the edit asked for
    let result: unknown;
    try {
      result = JSON5.parse(out);
    } catch (err) {
      fail(`result is not JSON5: ${(err as Error).message}`);
    }
    if (!isDeepStrictEqual(result, expected)) fail(`value differs from expected:\n${JSON.stringify(expected)}`);
    // (2) bytes outside the changed values are identical, comments survive in order
    const { problems, added, keptFromRemoved: kept } = checkPreserved(text, out, before, expected);
    keptFromRemoved += kept;
    if (problems.length > 0) fail(problems.join('\n'));
    // (3) idempotent: the same edits again (those addressed by array index would hit other
    // elements), and the whole expected value, change nothing
    if (run(openDocument(out), ops.filter((op) => !op.path.some((k) => typeof k === 'number'))) !== out) fail('second application changed the text');
    if (run(openDocument(out), [{ op: 'reconcile', path: [], value: expected }]) !== out) fail('reconciling with the expected value changed the text');
    // (4) new blocks are readable and in the file's style
    const layout = layoutProblems(text, out, st, before, added);
    if (layout.length > 0) fail(layout.join('\n'));
  }
  expect(edited).toBeGreaterThan(CASES * 0.8);
  // Removed members that held comments (inside them, or finishing their line) are common enough to
  // be checked: each such comment had to survive.
  if (CASES >= 100) expect(keptFromRemoved).toBeGreaterThan(CASES / 10);
});

/** Whether `pos` lies in an object that is an item of an array and is written on one line. */
function inOneLineListItem(text: string, pos: number): boolean {
  let node: ValueNode | null = parseCst(text).root;
  let parent: ContainerNode | undefined;
  let found = false;
  while (node && node.type !== 'scalar') {
    const c: ContainerNode = node;
    const inside = c.entries.find((e) => e.start <= pos && pos < e.end);
    if (!inside) break;
    if (inside.value.type === 'object' && c.type === 'array' && inside.value.start < pos) found = !text.slice(inside.value.start, inside.value.end).includes('\n');
    parent = c;
    node = inside.value;
  }
  return found && parent !== undefined;
}
