import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogKind, generateCatalog, matchRegistry, type AisaRow, type Registry } from '../scripts/catalog/generate.js';
import { catalogInputs } from '../scripts/catalog/inputs.js';
import type { AisaFacts } from '../scripts/catalog/facts.js';
import { nearestSibling, newestOfLine, parseId } from '../src/catalog/family.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const inputs = await catalogInputs(ROOT);

describe('the shipped table', () => {
  it('is exactly what `npm run catalog` makes from data/catalog/ and the pinned registry', () => {
    const shipped = readFileSync(new URL('../src/catalog/generated.ts', import.meta.url), 'utf8');
    expect(shipped).toBe(generateCatalog(inputs).text);
  });

  it('names its sources and dates', () => {
    const { text } = generateCatalog(inputs);
    expect(text).toContain('export const CATALOG_AS_OF = "2026-09-30";');
    expect(text).toContain('export const PRICES_AS_OF = "2026-08-05";');
    expect(text).toMatch(/export const REGISTRY = "@mariozechner\/pi-ai@\d+\.\d+\.\d+";/);
  });
});

describe("matching AIsa's ids to the registry", () => {
  const row = (id: string) => inputs.aisa.find((r) => r.id === id)!;
  it.each([
    ['gpt-5.4', 'openai:gpt-5.4'],
    ['claude-opus-4-7', 'anthropic:claude-opus-4-7'],
    ['grok-4.3', 'xai:grok-4.3'],
    ['kimi-k2.5', 'moonshotai:kimi-k2.5'],
    ['deepseek-v4-pro', 'deepseek:deepseek-v4-pro'],
    // No first-party Qwen provider: OpenRouter's row under its vendor prefix.
    ['qwen3-max', 'openrouter:qwen/qwen3-max'],
    // Case-blind: AIsa spells MiniMax-M2.5, OpenRouter minimax/minimax-m2.5.
    ['MiniMax-M2.5', 'openrouter:minimax/minimax-m2.5'],
    ['deepseek-v3.1', 'vercel-ai-gateway:deepseek/deepseek-v3.1'],
    // The facts file's explicit aliases: a dated snapshot, a thinking variant, dashes for dots.
    ['qwen-plus-2025-12-01', 'openrouter:qwen/qwen-plus'],
    ['claude-sonnet-4-6-thinking', 'anthropic:claude-sonnet-4-6'],
    ['seed-1-6-250915', 'openrouter:bytedance-seed/seed-1.6'],
    // Newer than the registry: no match (family inference takes over).
    ['claude-opus-4-8', undefined],
    ['gpt-6-sol', undefined],
  ])('%s → %s', (id, key) => {
    expect(matchRegistry(row(id), inputs.facts, inputs.registry)).toBe(key);
  });

  it('refuses an alias the registry does not have', () => {
    const facts: AisaFacts = { ...inputs.facts, registry: { ...inputs.facts.registry, aliases: { 'qwen3-max': 'openrouter:qwen/qwen9-max' } } };
    expect(() => matchRegistry(row('qwen3-max'), facts, inputs.registry)).toThrow(/not in the registry/);
  });
});

describe('generation from other inputs', () => {
  const base = (over: Partial<AisaRow>): AisaRow => ({ id: 'x', provider: 'Acme', endpoints: ['/v1/chat/completions'], capabilities: ['text'], listed: ['2026-09-30'], ...over });
  const registry: Registry = {
    acme: { 'acme-2': { name: 'Acme 2', reasoning: true, input: ['text', 'image'], contextWindow: 500000, maxTokens: 64000 } },
  };
  const facts: AisaFacts = {
    ...inputs.facts,
    registry: { ...inputs.facts.registry, providers: { Acme: ['acme'] }, aliases: {} },
    stale: { ...inputs.facts.stale, ids: {} },
    successors: { ...inputs.facts.successors, ids: {} },
    curated: { ...inputs.facts.curated, default: 'acme-2', ids: ['acme-2'] },
  };
  const aisa = [
    base({ id: 'acme-2', contextWindow: 200000, inputPrice: 1, outputPrice: 2, priceAsOf: '2026-08-05' }),
    base({ id: 'acme-3' }),
    base({ id: 'zeta-1' }),
    base({ id: 'acme-draw-1', endpoints: ['/v1/images/generations'], capabilities: ['image'] }),
  ];

  it("infers a model no source knows from its sibling, says so, and lets AIsa's smaller context win", () => {
    const rows = generateCatalog({ aisa, facts, registry, registryName: 'test' }).rows;
    const by = (id: string) => rows.find((r) => r.id === id)!;
    expect(by('acme-2')).toMatchObject({ metadata: 'registry', metadataFrom: 'acme:acme-2', contextWindow: 200000, maxTokens: 64000, kind: 'vision-chat', cost: { input: 1, output: 2 } });
    expect(by('acme-3')).toMatchObject({ metadata: 'inferred', metadataFrom: 'acme-2', contextWindow: 200000, reasoning: true, cost: { input: 0, output: 0 } });
    expect(by('acme-3').priceAsOf).toBeUndefined();
    // No source, no sibling: conservative limits, marked, never silent.
    expect(by('zeta-1')).toMatchObject({ metadata: 'unknown', contextWindow: 128000, maxTokens: 8192 });
    expect(by('acme-draw-1')).toMatchObject({ kind: 'image', metadata: 'none', chatRoute: false });
  });

  it('keeps chatRoute false for a chat model AIsa serves on /v1/messages only, and fails on a chat route the app does not name', () => {
    const messages = [...aisa, base({ id: 'acme-4', endpoints: ['/v1/messages'] })];
    expect(generateCatalog({ aisa: messages, facts, registry, registryName: 'test' }).rows.find((r) => r.id === 'acme-4')).toMatchObject({ kind: 'vision-chat', chatRoute: false });
    const responses = [...aisa, base({ id: 'acme-4', endpoints: ['/v1/responses'] })];
    expect(() => generateCatalog({ aisa: responses, facts, registry, registryName: 'test' })).toThrow(/acme-4 is a chat model on neither \/v1\/chat\/completions nor \/v1\/messages/);
  });

  it('fails when a curated id no longer meets the written criteria', () => {
    const retired = aisa.map((r) => (r.id === 'acme-2' ? { ...r, listed: ['2026-08-05'] } : r));
    expect(() => generateCatalog({ aisa: retired, facts, registry, registryName: 'test' })).toThrow(/acme-2 is not in AIsa's newest catalog/);
    const unpriced = aisa.map((r) => (r.id === 'acme-2' ? { ...r, inputPrice: undefined } : r));
    expect(() => generateCatalog({ aisa: unpriced, facts, registry, registryName: 'test' })).toThrow(/no price AIsa published/);
  });

  it("reads what a model is from AIsa's endpoints, then its name", () => {
    expect(catalogKind(base({ id: 'v', endpoints: ['/v1/video/generations'] }), false)).toBe('video');
    expect(catalogKind(base({ id: 'e', endpoints: ['/v1/embeddings', '/v1/classify'] }), false)).toBe('embedding');
    expect(catalogKind(base({ id: 'qwen-mt-plus' }), false)).toBe('translation');
    expect(catalogKind(base({ id: 'seedream-9', capabilities: ['image', 'vision'] }), true)).toBe('image');
    expect(catalogKind(base({ id: 'c', endpoints: [], capabilities: ['image'] }), false)).toBe('image');
    expect(catalogKind(base({ id: 'c' }), true)).toBe('vision-chat');
  });
});

describe('model lines', () => {
  it.each([
    ['claude-opus-4-1-20250805', 'claude|opus', [4, 1], true],
    ['claude-3-7-sonnet-20250219', 'claude|sonnet', [3, 7], true],
    ['qwen3.7-max-2026-06-08', 'qwen|max', [3, 7], true],
    ['kimi-k2.5', 'kimi|k', [2, 5], false],
    ['deepseek-v3-0324', 'deepseek|v', [3], true],
    ['gemini-3-pro-preview', 'gemini|pro', [3], false],
    ['MiniMax-M2.7-highspeed', 'minimax|highspeed|m', [2, 7], false],
  ] as const)('%s: line %s, version %j, dated %s', (id, family, version, dated) => {
    expect(parseId(id)).toMatchObject({ family, version, dated });
  });

  it('takes the newest of a line, and the predecessor as the sibling', () => {
    expect(newestOfLine('gpt-5', ['gpt-5.5', 'gpt-5.4', 'gpt-5.4-mini', 'gpt-6-sol'])).toBe('gpt-5.5');
    expect(nearestSibling('claude-opus-5', ['claude-opus-4-7', 'claude-opus-4-20250514', 'claude-sonnet-4-6'])).toBe('claude-opus-4-7');
    expect(nearestSibling('gpt-6-sol', ['gpt-5.5', 'gpt-5.5-pro', 'gpt-4o'])).toBe('gpt-5.5');
    expect(nearestSibling('zeta-1', ['gpt-5.5'])).toBeUndefined();
  });
});
