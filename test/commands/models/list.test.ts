// `aisa-setup models` list, in-process through main(): a temp HOME, the fake gateway on 127.0.0.1.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tempHome } from '../../support/home.js';
import { runMain } from '../../support/in-process.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';

/** The documented shape of one `models --json` element: strict, so an undocumented field fails. */
const ModelRowSchema = z.strictObject({
  id: z.string().regex(/^[^/]+$/),
  ref: z.string().regex(/^aisa\/.+/),
  name: z.string().min(1),
  contextWindow: z.number().int().positive().nullable(),
  price: z.strictObject({ input: z.number().nonnegative(), output: z.number().nonnegative() }).nullable(),
  live: z.boolean().nullable(),
  declared: z.boolean(),
  default: z.boolean(),
  fallback: z.number().int().positive().nullable(),
  stale: z.boolean(),
  replacement: z.string().nullable(),
  inCatalog: z.boolean(),
  priceAsOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  metadata: z.enum(['registry', 'inferred', 'unknown', 'none']).nullable(),
  inferredFrom: z.string().nullable(),
  kind: z.enum(['chat', 'vision-chat', 'translation', 'image', 'video', 'embedding', 'rerank', 'speech', 'classify']),
  canChat: z.boolean(),
});
const RowsSchema = z.array(ModelRowSchema);

let home: string;
let cfg: string;

const file = fileGateway();
beforeEach(() => {
  home = tempHome({ openclaw: true });
  cfg = join(home, '.openclaw', 'openclaw.json');
  file.gw.requests.length = 0;
});

function configText(baseUrl: string, apiKey = '${AISA_API_KEY}'): string {
  return `// hand-written: keep this comment
{
  models: { providers: { aisa: {
    baseUrl: '${baseUrl}', apiKey: '${apiKey}', api: 'openai-completions',
    models: [ { id: 'qwen3-max', name: 'Qwen3 Max' }, { id: 'my-finetune', name: 'Mine', contextWindow: 32000 } ],
  } } },
  agents: { defaults: { model: { primary: 'aisa/qwen3-max', fallbacks: ['aisa/deepseek-v3.1'] }, models: { 'aisa/qwen3-max': {} } } },
}
`;
}

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runMain(argv, { home, env });

function setUp(opts: { key?: 'env-file' | 'none'; config?: string } = {}) {
  writeFileSync(cfg, opts.config ?? configText(file.gw.baseUrl));
  if (opts.key !== 'none') writeFileSync(join(home, '.openclaw', '.env'), `AISA_API_KEY=${TEST_KEYS.good}\n`);
}

describe('models list', () => {
  it('prints an aligned table: live ids joined with the catalog, default and fallback marked, stale flagged', async () => {
    setUp();
    const r = await run(['models']);
    expect(r.code).toBe(0);
    expect(file.gw.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /v1/models']);
    expect(file.gw.requests[0]!.headers.authorization).toBe(`Bearer ${TEST_KEYS.good}`);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^\s+MODEL\s+NAME\s+KIND\s+CONTEXT\s+PRICE IN\/OUT\s+DECLARED\s+NOTE$/);
    // AIsa's own price (2026-08-05), the registry's context: not the February table's $1.20 / $4.80 and 256K.
    expect(lines.find((l) => l.includes(' qwen3-max '))).toMatch(/^\*\s+qwen3-max\s+Qwen3 Max\s+vision chat\s+256K\s+\$0\.72 \/ \$3\.60\s+yes$/);
    expect(lines.find((l) => l.includes('deepseek-v3.1'))).toMatch(/^1\s+deepseek-v3\.1\s+DeepSeek V3\.1\s+chat\s+160K\s+\$0\.42 \/ \$1\.27\s+-$/);
    expect(lines.find((l) => l.includes('qwen3-plus'))).toMatch(/old id, use qwen-plus-2025-12-01$/);
    // Not a chat model: no limits claimed.
    expect(lines.find((l) => l.includes('qwen-mt-flash'))).toMatch(/Qwen MT Flash\s+translation\s+\?/);
    expect(lines.find((l) => l.includes('my-finetune'))).toMatch(/Mine\s+chat\s+32K\s+\?\s+yes\s+not available to this key$/);
    // Columns line up: every row's NAME starts where the header's does.
    const nameAt = lines[0]!.indexOf('NAME');
    for (const l of lines.slice(1, lines.indexOf(''))) expect(l.slice(nameAt - 2, nameAt)).toBe('  ');
    expect(r.out).toContain("Prices: AIsa's own, USD per 1M tokens (input/output) as of 2026-08-05, ? where AIsa published none; check aisa.one/models");
    expect(r.out + r.err).not.toContain(TEST_KEYS.good);
    expect(r.out).not.toContain('\x1b[');
  });

  it('--json prints an array that matches the documented schema, and nothing else on stdout', async () => {
    setUp();
    const r = await run(['models', 'list', '--json']);
    expect(r.code).toBe(0);
    const rows = RowsSchema.parse(JSON.parse(r.out));
    const by = (id: string) => rows.find((x) => x.id === id)!;
    expect(by('qwen3-max')).toMatchObject({ ref: 'aisa/qwen3-max', default: true, declared: true, live: true, contextWindow: 262144, price: { input: 0.72, output: 3.6 }, priceAsOf: '2026-08-05', metadata: 'registry' });
    expect(by('deepseek-v3.1')).toMatchObject({ fallback: 1, declared: false, default: false });
    expect(by('qwen3-plus')).toMatchObject({ stale: true, replacement: 'qwen-plus-2025-12-01' });
    expect(by('some-new-model-2027')).toMatchObject({ inCatalog: false, price: null, priceAsOf: null, contextWindow: null, live: true, metadata: null });
    expect(by('my-finetune')).toMatchObject({ live: false, declared: true, contextWindow: 32000, name: 'Mine' });
    expect(by('qwen-mt-flash')).toMatchObject({ kind: 'translation', canChat: false });
    expect(by('qwen-vl-max')).toMatchObject({ kind: 'vision-chat', canChat: true });
    // Retired by AIsa but still in the table: the registry's limits, no AIsa price (never an upstream's).
    expect(by('gpt-4.1')).toMatchObject({ metadata: 'registry', price: null, contextWindow: 1047576 });
  });

  it('--offline uses the config alone: declared models and catalog metadata, no request', async () => {
    setUp({ key: 'none' });
    const r = await run(['models', '--offline', '--json']);
    expect(r.code).toBe(0);
    expect(file.gw.requests).toHaveLength(0);
    const rows = RowsSchema.parse(JSON.parse(r.out));
    expect(rows.map((x) => x.id)).toEqual(['qwen3-max', 'my-finetune', 'deepseek-v3.1']);
    expect(rows.every((x) => x.live === null)).toBe(true);
    const table = await run(['models', '--offline']);
    expect(table.err).toContain('Offline: models declared in');
    expect(table.out).toContain('3 models, 2 declared in the config.');
  });

  it('colours the table only when colour is on', async () => {
    setUp();
    const r = await run(['models'], { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(r.out).toMatch(/\x1b\[32m\*\s+qwen3-max/);
    expect((await run(['models', '--no-color'], { NO_COLOR: undefined, FORCE_COLOR: '1' })).out).not.toContain('\x1b[');
  });

  it('speaks Chinese, with the columns aligned by display width', async () => {
    setUp();
    const r = await run(['models', '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    const [header, first] = r.out.split('\n');
    expect(header).toMatch(/模型\s+名称\s+类型\s+上下文\s+价格 输入\/输出\s+已声明\s+说明$/);
    expect(first).toMatch(/^\*\s+qwen3-max/);
    expect(r.out).toContain('旧 ID，请改用 qwen-plus-2025-12-01');
    expect(r.out).toContain('以 aisa.one/models 为准');
  });

  it('finds the key the config names, resolved from the environment or .env; inline keys work too', async () => {
    setUp({ key: 'none', config: configText(file.gw.baseUrl, '${MY_AISA}') });
    writeFileSync(join(home, '.openclaw', '.env'), `MY_AISA=${TEST_KEYS.good}\n`);
    expect((await run(['models', '--json'])).code).toBe(0);
    setUp({ key: 'none', config: configText(file.gw.baseUrl, TEST_KEYS.good) });
    const r = await run(['models']);
    expect(r.code).toBe(0);
    expect(file.gw.requests.every((q) => q.headers.authorization === `Bearer ${TEST_KEYS.good}`)).toBe(true);
    expect(r.out + r.err).not.toContain(TEST_KEYS.good);
  });

  it('fails with the contract exit codes: no key 2, rejected key 4, no provider offline 3', async () => {
    setUp({ key: 'none' });
    const none = await run(['models']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('No AIsa key found');
    const rejected = await run(['models', '--json'], { AISA_API_KEY: TEST_KEYS.invalid });
    expect(rejected.code).toBe(4);
    expect(JSON.parse(rejected.out).ok).toBe(false);
    expect(rejected.out + rejected.err).not.toContain(TEST_KEYS.invalid);
    writeFileSync(cfg, '{}');
    const offline = await run(['models', '--offline', '--lang', 'zh-CN']);
    expect(offline.code).toBe(3);
    expect(offline.err).toContain('请先运行 aisa-setup onboard');
  });
});
