// The whole of AIsa's September 2026 catalog behind the fake gateway, as the gateway may tag it: no
// tags, every model tagged `openai` (new-api does so on an OpenAI-type channel), or route tags that
// name each model's endpoint. In-process through main(): a temp HOME, the gateway on 127.0.0.1.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../../support/in-process.js';
import { tempHome } from '../../support/home.js';
import { startFakeGateway, TEST_KEYS, type FakeGateway } from '../../support/fake-gateway.js';

interface AisaRow {
  id: string;
  endpoints: string[];
  listed: string[];
}
const AISA: AisaRow[] = JSON.parse(readFileSync(new URL('../../../data/catalog/aisa-models.json', import.meta.url), 'utf8'));
const SEPTEMBER = AISA.filter((r) => r.listed.includes('2026-09-30'));
// What AIsa's catalog says each model is for; the test's own reading of its endpoints. The block we
// write speaks /v1/chat/completions (api: openai-completions), so a model AIsa serves on
// /v1/messages only cannot run an agent through it either.
const MESSAGES_ONLY = SEPTEMBER.filter((r) => r.endpoints.includes('/v1/messages') && !r.endpoints.includes('/v1/chat/completions')).map((r) => r.id);
const NOT_CHAT = SEPTEMBER.filter((r) => !r.endpoints.some((e) => /chat\/completions|messages|responses/.test(e)) || /^qwen-mt-/.test(r.id) || MESSAGES_ONLY.includes(r.id)).map((r) => r.id);
const CHAT = SEPTEMBER.map((r) => r.id).filter((id) => !NOT_CHAT.includes(id));

// new-api's endpoint type names for each of AIsa's routes.
function routeTags(r: AisaRow): string[] {
  const tags = r.endpoints.map((e) =>
    e.includes('/images/') ? 'image-generation' : e.includes('/video/') ? 'openai-video' : e.endsWith('/embeddings') ? 'embeddings' : e.endsWith('/rerank') ? 'jina-rerank' : e.endsWith('/messages') ? 'anthropic' : e.endsWith('/responses') ? 'openai-response' : 'openai',
  );
  return [...new Set(tags)];
}

const TAGGINGS = {
  none: {},
  openai: Object.fromEntries(SEPTEMBER.map((r) => [r.id, ['openai']])),
  routes: Object.fromEntries(SEPTEMBER.map((r) => [r.id, routeTags(r)])),
} as const;

const gws: Partial<Record<keyof typeof TAGGINGS, FakeGateway>> = {};
beforeAll(async () => {
  for (const [name, endpointTypes] of Object.entries(TAGGINGS)) gws[name as keyof typeof TAGGINGS] = await startFakeGateway({ models: SEPTEMBER.map((r) => r.id), endpointTypes });
});
afterAll(async () => {
  for (const gw of Object.values(gws)) await gw?.close();
});

function openclawHome(baseUrl: string): string {
  const home = tempHome({ openclaw: true });
  const dir = join(home, '.openclaw');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'openclaw.json'), `{ models: { providers: { aisa: { baseUrl: '${baseUrl}', apiKey: '\${AISA_API_KEY}', api: 'openai-completions', models: [ { id: 'qwen3-max', name: 'Qwen3 Max' } ] } } }, agents: { defaults: { model: { primary: 'aisa/qwen3-max' } } } }\n`);
  writeFileSync(join(dir, '.env'), `AISA_API_KEY=${TEST_KEYS.good}\n`);
  return home;
}

describe("AIsa's September catalog", () => {
  it('splits as the catalog says: 25 models that cannot chat through our block (2 of them on /v1/messages only), 99 that can', () => {
    expect(SEPTEMBER).toHaveLength(124);
    expect(MESSAGES_ONLY.sort()).toEqual(['claude-fable-5-1', 'claude-opus-5-5']);
    expect(NOT_CHAT).toHaveLength(25);
  });

  it.each(Object.keys(TAGGINGS) as (keyof typeof TAGGINGS)[])('tagged %s: models list --json gives every chat id real limits and every other id canChat false', async (name) => {
    const home = openclawHome(gws[name]!.baseUrl);
    const r = await runMain(['models', 'list', '--json'], { home });
    expect(r.code, r.err).toBe(0);
    const rows: { id: string; canChat: boolean; contextWindow: number | null; metadata: string | null; kind: string }[] = JSON.parse(r.out);
    const by = new Map(rows.map((x) => [x.id, x]));
    for (const id of CHAT) {
      const row = by.get(id)!;
      expect(row, id).toBeDefined();
      expect(row.canChat, id).toBe(true);
      // Not the old placeholders (128000 / unknown): the registry's limits or a sibling's, said which.
      expect(['registry', 'inferred'], id).toContain(row.metadata);
      expect(row.contextWindow, id).toBeGreaterThan(0);
    }
    for (const id of NOT_CHAT) expect(by.get(id), id).toMatchObject({ canChat: false });
    expect(by.get('wan2.7-image')).toMatchObject({ kind: 'image' });
    expect(by.get('qwen-mt-flash')).toMatchObject({ kind: 'translation' });
    // Route tags (`anthropic`) or none: AIsa's catalog says where it serves the model.
    for (const id of MESSAGES_ONLY) expect(by.get(id), id).toMatchObject({ kind: 'messages-only', canChat: false });
  });

  it.each(['openclaw', 'picoclaw'] as const)('--model refuses each id that cannot chat with exit 2 (%s, every model tagged openai)', async (target) => {
    for (const id of NOT_CHAT) {
      const home = tempHome(target === 'openclaw' ? { openclaw: true } : {});
      const args = ['onboard', '--non-interactive', '--target', target, '--base-url', gws.openai!.baseUrl, '--aisa-api-key', TEST_KEYS.good, '--model', id, '--json'];
      const r = await runMain(args, { home });
      expect(r.code, `${id}: ${r.out}${r.err}`).toBe(2);
      expect(JSON.parse(r.out).error, id).toMatchObject({ kind: 'model-cannot-chat' });
    }
  });

  it('models set and models fallbacks refuse them too', async () => {
    const home = openclawHome(gws.openai!.baseUrl);
    for (const id of ['wan2.7-t2v', 'gpt-image-2', 'jina-embeddings-v3', 'jev-latest', 'claude-opus-5-5']) {
      expect((await runMain(['models', 'set', id], { home })).code, id).toBe(2);
      expect((await runMain(['models', 'fallbacks', 'qwen3-max', id], { home })).code, id).toBe(2);
    }
  });
});
