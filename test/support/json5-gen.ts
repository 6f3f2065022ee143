// Seeded generator of hand-written-looking OpenClaw configs for the document fuzz test: the same
// seed always gives the same text, so a failure can be replayed from the seed it prints.

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** mulberry32 */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
}

export interface FileStyle {
  nl: '\n' | '\r\n';
  unit: string;
  keys: 'unquoted' | 'double' | 'single' | 'mixed';
  strings: 'double' | 'single' | 'mixed';
  trailing: boolean | 'mixed';
  commentRate: number;
  compactRate: number;
  bom: boolean;
}

const TEXTS = [
  '中文模型', 'emoji 😀🚀', 'quote " and \' both', 'not // a comment', 'not /* a */ comment', 'back\\slash',
  'tab\there', '${OPENAI_API_KEY}', 'https://api.openai.com/v1', '研发团队 🧪', 'line\nbreak', '',
];
const LINE_COMMENTS = ['// note', '// 中文注释 😀', '// has "quotes", {braces} and [brackets]', '// ends with */ text', '//', '// TODO: aisa'];
const BLOCK_COMMENTS = ['/* block */', '/* 注释 🚀 */', '/* a // inside */', '/** doc */', '/*x*/', '/* {"a": 1} */'];

export function randomStyle(r: Rng): FileStyle {
  return {
    nl: r.chance(0.4) ? '\r\n' : '\n',
    unit: r.pick(['  ', '    ', '\t']),
    keys: r.pick(['unquoted', 'double', 'single', 'mixed'] as const),
    strings: r.pick(['double', 'single', 'mixed'] as const),
    trailing: r.pick([true, false, 'mixed'] as const),
    commentRate: r.pick([0, 0.15, 0.4, 0.8]),
    compactRate: r.pick([0, 0.2, 0.5, 1]),
    bom: r.chance(0.15),
  };
}

const CATALOG_IDS = ['qwen3-max', 'kimi-k2.5', 'deepseek-v3.2', 'glm-4.6'];

function model(r: Rng, id: string): Record<string, unknown> {
  const m: Record<string, unknown> = { id, name: r.pick([id.toUpperCase(), `${id} 😀`, `模型 ${id}`]) };
  if (r.chance(0.5)) m.reasoning = r.chance(0.5);
  if (r.chance(0.5)) m.input = r.chance(0.5) ? ['text'] : ['text', 'image'];
  if (r.chance(0.6)) m.contextWindow = r.pick([128000, 262144, 131072]);
  if (r.chance(0.4)) m.cost = { input: r.pick([0, 1.2, 2]), output: r.pick([6, 8.5]), cacheRead: 0, cacheWrite: 0 };
  if (r.chance(0.3)) m.supportsDeveloperRole = true;
  if (r.chance(0.2)) m.compat = { supportsTemperature: false };
  return m;
}

/** A config in the shape OpenClaw users have: providers, channels, agents, an aisa block or not. */
export function randomConfig(r: Rng): Record<string, unknown> {
  const cfg: Record<string, unknown> = {};
  if (r.chance(0.5)) cfg.meta = { lastTouchedVersion: '2026.9.6', ratio: 1, port: 255, neg: -3, half: 0.5, off: false, none: null };
  if (r.chance(0.5)) cfg.gateway = { port: 18789, mode: 'local', auth: { mode: 'token', token: '${GW_TOKEN}' } };
  if (r.chance(0.5)) {
    cfg.channels = r.chance(0.15) ? {} : { telegram: { enabled: true, botToken: '${TELEGRAM_BOT_TOKEN}', allowFrom: ['123', '456'], greeting: r.pick(TEXTS) } };
  }
  const providers: Record<string, unknown> = {};
  if (r.chance(0.5)) providers.openai = { baseUrl: 'https://api.openai.com/v1', apiKey: '${OPENAI_API_KEY}', models: [model(r, 'gpt-5')] };
  if (r.chance(0.2)) providers['my-local'] = { baseUrl: 'http://127.0.0.1:8080/v1', models: [] };
  if (r.chance(0.6)) {
    const aisa: Record<string, unknown> = { baseUrl: 'https://api.aisa.one/v1', apiKey: r.pick(['${AISA_API_KEY}', 'AISA_API_KEY', 'sk-old1234']) };
    if (r.chance(0.6)) aisa.api = 'openai-completions';
    if (r.chance(0.5)) aisa.headers = { 'X-Team': r.pick(TEXTS) };
    if (r.chance(0.3)) aisa.timeoutSeconds = 120;
    const ids = [r.pick(CATALOG_IDS), ...(r.chance(0.5) ? ['qwen3-plus'] : []), ...(r.chance(0.5) ? ['my-finetune'] : [])];
    aisa.models = [...new Set(ids)].map((id) => model(r, id));
    providers.aisa = aisa;
  }
  if (Object.keys(providers).length > 0 || r.chance(0.3)) cfg.models = { mode: 'merge', providers };
  if (r.chance(0.8)) {
    const defaults: Record<string, unknown> = { workspace: r.pick(['~/work', '~/清单']) };
    if (r.chance(0.8)) defaults.model = r.chance(0.6) ? 'aisa/qwen3-plus' : { primary: 'openai/gpt-5', fallbacks: ['aisa/qwen3-max'] };
    if (r.chance(0.6)) defaults.models = r.chance(0.2) ? {} : { 'openai/gpt-5': { alias: 'gpt' }, 'aisa/qwen3-max': {} };
    cfg.agents = { defaults, ...(r.chance(0.3) ? { list: [{ id: 'main', name: '主' }] } : {}) };
  }
  return cfg;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function quote(s: string, q: '"' | "'"): string {
  const body = JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"');
  return q + body.replace(new RegExp(q, 'g'), '\\' + q) + q;
}

/** Renders a value as a person might have typed it, with comments wherever JSON5 allows them. */
export function render(r: Rng, value: unknown, st: FileStyle): string {
  const { nl } = st;
  const block = (): string => r.pick(BLOCK_COMMENTS);
  const maybe = (s: string): string => (r.chance(st.commentRate) ? s : '');
  const str = (s: string): string => quote(s, st.strings === 'mixed' ? r.pick(['"', "'"] as const) : st.strings === 'double' ? '"' : "'");
  const key = (k: string): string => {
    const form = st.keys === 'mixed' ? r.pick(['unquoted', 'double', 'single'] as const) : st.keys;
    return form === 'unquoted' && IDENT.test(k) ? k : quote(k, form === 'single' ? "'" : '"');
  };
  const num = (n: number): string => {
    if (Number.isInteger(n) && n >= 0 && r.chance(0.15)) return r.chance(0.5) ? `${n}.0` : '0x' + n.toString(16).toUpperCase();
    return String(n);
  };
  const trailing = (): boolean => (st.trailing === 'mixed' ? r.chance(0.5) : st.trailing);

  const go = (v: unknown, indent: string, depth: number, compact: boolean): string => {
    if (typeof v === 'string') return str(v);
    if (typeof v === 'number') return num(v);
    if (typeof v !== 'object' || v === null) return String(v);
    const isArray = Array.isArray(v);
    const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
    const entries: [string | undefined, unknown][] = isArray ? v.map((x) => [undefined, x]) : Object.entries(v);
    // A whole file on one line happens too (pasted from a minified source).
    const one = compact || (depth > 0 ? r.chance(st.compactRate) : st.compactRate === 1 && r.chance(0.3));
    const sp = (): string => (r.chance(0.5) ? ' ' : '');
    if (one) {
      const parts = entries.map(([k, x]) => {
        const head = k === undefined ? '' : key(k) + maybe(' ' + block() + ' ') + ':' + sp() + maybe(block() + ' ');
        return maybe(block() + ' ') + head + go(x, indent, depth + 1, true) + maybe(' ' + block());
      });
      const t = parts.length > 0 && trailing() ? ',' : '';
      return open + maybe(' ' + block()) + sp() + parts.join(',' + sp()) + t + sp() + close;
    }
    const inner = indent + st.unit;
    if (entries.length === 0) return r.chance(st.commentRate) ? open + nl + inner + r.pick(LINE_COMMENTS) + nl + indent + close : open + close;
    const t = trailing();
    let out = open + maybe(' ' + r.pick(LINE_COMMENTS)) + nl;
    entries.forEach(([k, x], i) => {
      if (r.chance(st.commentRate)) out += inner + r.pick([...LINE_COMMENTS, ...BLOCK_COMMENTS, '/* 多行\n   block */'.replace('\n', nl)]) + nl;
      const head = k === undefined ? '' : key(k) + maybe(' ' + block()) + ':' + ' ' + maybe(block() + ' ');
      const comma = i < entries.length - 1 || t ? ',' : '';
      out += inner + head + go(x, inner, depth + 1, false) + maybe(' ' + block()) + comma + maybe(' ' + r.pick(LINE_COMMENTS)) + nl;
    });
    return out + maybe(inner + r.pick(LINE_COMMENTS) + nl) + indent + close;
  };

  const head = (st.bom ? '\ufeff' : '') + maybe(r.pick(LINE_COMMENTS) + nl) + maybe(block() + nl);
  return head + go(value, '', 0, false) + maybe(' ' + r.pick(LINE_COMMENTS)) + (r.chance(0.9) ? nl : '') + maybe(block() + nl);
}
