/**
 * Model lines from ids alone: `claude-opus-4-1-20250805` and `claude-opus-5` are one line (Claude
 * Opus) at versions 4.1 and 5. Used twice: at generation time to borrow a sibling's figures for a
 * model no registry knows, and at run time to name the listed successor of a retired id. Both
 * readings must agree, so there is one parser.
 */

export interface IdParts {
  /** `claude|opus`: the vendor word, then the line's other words, sorted (word order varies: claude-3-7-sonnet). */
  family: string;
  /** The vendor word alone (`claude`). */
  vendor: string;
  /** Version numbers in order (`[4, 1]`); dates and snapshot stamps are not versions. */
  version: number[];
  /** The id carries a date or snapshot stamp (a pinned build, not the line's moving alias). */
  dated: boolean;
}

// Words that mark a build of a line rather than another line.
const NOISE = new Set(['latest', 'preview', 'exp', 'thinking', 'instruct']);
// 2025-12-01, 20250805, 250915 (yymmdd), and 4-digit stamps like 0324 / 2603 (mmdd / yymm).
const DATE = /^(\d{8}|\d{6}|[0-3]\d{3})$/;

export function parseId(id: string): IdParts {
  const bare = id.toLowerCase().replace(/^.*\//, '');
  let dated = false;
  const noDate = bare.replace(/-\d{4}-\d{2}-\d{2}(?=-|$)/g, () => {
    dated = true;
    return '';
  });
  const words: string[] = [];
  const version: number[] = [];
  for (const token of noDate.split('-').filter(Boolean)) {
    if (DATE.test(token) && version.length > 0) {
      dated = true;
      continue;
    }
    // qwen3.7 → qwen + 3.7; k2.5 → k + 2.5; 5v → 5 + v; 4 → 4.
    const m = /^([a-z]*)(\d+(?:\.\d+)*)([a-z]*)$/.exec(token);
    if (m) {
      if (m[1]) words.push(m[1]);
      version.push(...m[2]!.split('.').map(Number));
      if (m[3]) words.push(m[3]);
    } else if (!NOISE.has(token)) words.push(token);
  }
  const [vendor = bare, ...rest] = words;
  return { family: [vendor, ...rest.sort()].join('|'), vendor, version, dated };
}

/** <0 when `a` is older than `b`: versions compared number by number, a missing number counts as 0. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The id among `candidates` whose figures best stand in for `id`'s: its line's newest version not
 * newer than `id` (a new model is most like its predecessor), else the line's oldest newer one;
 * failing a line, the vendor's models by the same rule. Ties go to the line's plainest id (fewest
 * words: `gpt-5.5` before `gpt-5.5-pro`), then an undated alias. Undefined when no candidate shares
 * the vendor.
 */
export function nearestSibling(id: string, candidates: readonly string[]): string | undefined {
  const me = parseId(id);
  const parsed = candidates.filter((c) => c !== id).map((c) => ({ id: c, p: parseId(c) }));
  type Parsed = (typeof parsed)[number];
  const plain = (a: Parsed, b: Parsed) => a.p.family.split('|').length - b.p.family.split('|').length || Number(a.p.dated) - Number(b.p.dated);
  const pick = (pool: Parsed[]) => {
    const older = pool.filter((c) => compareVersions(c.p.version, me.version) <= 0);
    if (older.length) return older.sort((a, b) => compareVersions(b.p.version, a.p.version) || plain(a, b))[0]!.id;
    return pool.sort((a, b) => compareVersions(a.p.version, b.p.version) || plain(a, b))[0]?.id;
  };
  return pick(parsed.filter((c) => c.p.family === me.family)) ?? pick(parsed.filter((c) => c.p.vendor === me.vendor));
}

/** The newest id of `id`'s line among `candidates` (an undated alias before a dated build of the same version). */
export function newestOfLine(id: string, candidates: readonly string[]): string | undefined {
  const family = parseId(id).family;
  let best: { id: string; p: IdParts } | undefined;
  for (const c of candidates) {
    if (c === id) continue;
    const p = parseId(c);
    if (p.family !== family) continue;
    const cmp = best ? compareVersions(p.version, best.p.version) : 1;
    if (cmp > 0 || (cmp === 0 && best && best.p.dated && !p.dated)) best = { id: c, p };
  }
  return best?.id;
}
