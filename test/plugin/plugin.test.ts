// The OpenClaw plugin's parts that run without OpenClaw: the manifest OpenClaw reads, the catalog
// filtering, the per-turn hooks and the skill. The compat gate runs the bundle in the real OpenClaw.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, SKILL_DIR } from '../../plugin/manifest.js';
import { liveChatModels, offlineModels } from '../../plugin/models.js';
import { normalizeResolvedModel, prepareExtraParams } from '../../plugin/hooks.js';
import { lookupModel } from '../../src/catalog.js';
import { PLUGIN_API_MIN } from '../../src/targets/openclaw/openclaw-version.js';
// @ts-expect-error: a plain .mjs module of the compat gate
import { OPENCLAW_VERSION } from '../../scripts/compat/install.mjs';

const root = resolve(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const manifest = JSON.parse(read('openclaw.plugin.json'));
const pkg = JSON.parse(read('package.json'));

describe('openclaw.plugin.json and package.json', () => {
  it('the file is what plugin/manifest.ts builds (run node scripts/plugin-manifest.mjs after a catalog change)', () => {
    expect(manifest).toEqual(buildManifest());
  });

  it('declares the auth choice and flag the seeds tell users to run', () => {
    expect(manifest.id).toBe('aisa');
    expect(manifest.providers).toEqual(['aisa']);
    expect(manifest.setup.providers).toEqual([{ id: 'aisa', envVars: ['AISA_API_KEY'] }]);
    const [choice] = manifest.providerAuthChoices;
    expect(choice).toMatchObject({ provider: 'aisa', method: 'api-key', choiceId: 'aisa-api-key', optionKey: 'aisaApiKey', cliFlag: '--aisa-api-key' });
    expect(manifest.modelCatalog.providers.aisa).toMatchObject({ baseUrl: 'https://api.aisa.one/v1', api: 'openai-completions', defaultModel: 'qwen3-max' });
    // static: rows listed offline; the discovery entry's live catalog answers --refresh (compat gate).
    expect(manifest.modelCatalog.discovery).toEqual({ aisa: 'static' });
    expect(manifest.providerCatalogEntry).toBe('./dist/plugin/discovery.js');
  });

  it('ships what it names: the entry, the skill, the manifest; pins the tested OpenClaw', () => {
    expect(pkg.openclaw.extensions).toEqual(['./dist/plugin/index.js']);
    expect(existsSync(join(root, 'dist/plugin/index.js'))).toBe(true);
    expect(pkg.files).toEqual(expect.arrayContaining(['dist/', 'openclaw.plugin.json', 'skills/']));
    expect(manifest.skills).toEqual([SKILL_DIR]);
    expect(existsSync(join(root, SKILL_DIR, 'SKILL.md'))).toBe(true);
    expect(pkg.openclaw.build.openclawVersion).toBe(OPENCLAW_VERSION);
    expect(pkg.openclaw.compat.pluginApi).toBe(`>=${OPENCLAW_VERSION}`);
  });

  it('carries what published OpenClaw plugins carry, every version floor the tested OpenClaw, and no runtime or peer dependency', () => {
    const floor = `>=${OPENCLAW_VERSION}`;
    expect(pkg.openclaw.install).toEqual({ npmSpec: pkg.name, minHostVersion: floor });
    expect(`>=${PLUGIN_API_MIN}`).toBe(floor); // what `aisa-setup plugin install` checks first
    expect(pkg.openclaw.compat.minGatewayVersion).toBe(floor);
    expect(pkg.openclaw.build.pluginSdkVersion).toBe(OPENCLAW_VERSION);
    // No peer dependency on openclaw, not even an optional one: OpenClaw's installer then plans the
    // host as a peer and resolves its whole tree from the registry (over 5 minutes, measured).
    expect(pkg.peerDependencies).toBeUndefined();
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(pkg.homepage && pkg.bugs.url && pkg.keywords).toBeTruthy();
    // Everything is bundled into dist/: an install fetches this one package and nothing else.
    expect(pkg.dependencies).toBeUndefined();
  });

  it('the bundle imports only the two public SDK subpaths of OpenClaw', () => {
    const bundle = read('dist/plugin/index.js');
    const sdk = [...new Set([...bundle.matchAll(/["'](openclaw\/[^"']+)["']/g)].map((x) => x[1]))].sort();
    expect(sdk).toEqual(['openclaw/plugin-sdk/plugin-entry', 'openclaw/plugin-sdk/provider-auth']);
  });
});

describe('the catalog keeps chat models only', () => {
  it('offline: the curated core rows that can chat, with the catalog metadata', () => {
    const ids = offlineModels().map((m) => m.id);
    expect(ids).toContain('qwen3-max');
    expect(ids).toContain('kimi-k2.5');
    expect(ids).not.toContain('qwen-mt-flash');
    expect(offlineModels().find((m) => m.id === 'qwen3-max')).toMatchObject({ contextWindow: 262144, input: ['text', 'image'], compat: { supportsDeveloperRole: false } });
  });

  it('live: translation, image, embedding and endpoint-tagged non-chat models left out; unknown chat ids kept', () => {
    const rows = liveChatModels([
      { id: 'qwen3-max' },
      { id: 'qwen-mt-flash', supported_endpoint_types: ['openai'] },
      { id: 'wan2.2-t2i-flash' },
      { id: 'text-embedding-v4' },
      { id: 'some-new-model', supported_endpoint_types: ['image-generation'] },
      { id: 'glm-4-plus' },
      // AIsa serves it on /v1/messages only: the catalog's word, whatever route tag the gateway gives.
      { id: 'claude-opus-5-5', supported_endpoint_types: ['anthropic'] },
      { id: 'brand-new-chat' },
    ]);
    expect(rows.map((m) => m.id)).toEqual(['qwen3-max', 'glm-4-plus', 'brand-new-chat']);
    expect(rows[2]).toMatchObject({ name: 'Brand New Chat', contextWindow: 128000 });
  });
});

describe('per-turn hooks', () => {
  it('kimi-k2.5 always gets temperature 1; other models are left alone', () => {
    expect(prepareExtraParams({ provider: 'aisa', modelId: 'kimi-k2.5', extraParams: { temperature: 0.7, top_p: 0.9 } })).toEqual({ temperature: 1, top_p: 0.9 });
    expect(prepareExtraParams({ provider: 'aisa', modelId: 'kimi-k2.5' })).toEqual({ temperature: 1 });
    expect(prepareExtraParams({ provider: 'aisa', modelId: 'qwen3-max', extraParams: { temperature: 0.7 } })).toBeUndefined();
  });

  it('AISA_BASE_URL moves turns to that gateway, unless a provider block sets its own baseUrl', () => {
    const model = { id: 'qwen3-max', baseUrl: 'https://api.aisa.one/v1' };
    expect(normalizeResolvedModel({ provider: 'aisa', modelId: 'qwen3-max', model }, { AISA_BASE_URL: 'http://127.0.0.1:9/' })?.baseUrl).toBe('http://127.0.0.1:9/v1');
    expect(normalizeResolvedModel({ provider: 'aisa', modelId: 'qwen3-max', model }, {})).toBeUndefined();
    const config = { models: { providers: { aisa: { baseUrl: 'https://block.example/v1' } } } };
    expect(normalizeResolvedModel({ provider: 'aisa', modelId: 'qwen3-max', model, config }, { AISA_BASE_URL: 'http://127.0.0.1:9' })).toBeUndefined();
    // Never the key in clear to a remote host.
    expect(() => normalizeResolvedModel({ provider: 'aisa', modelId: 'qwen3-max', model }, { AISA_BASE_URL: 'http://gw.example.com' })).toThrow(/http/i);
  });
});

describe('the aisa skill', () => {
  const skill = read(join(SKILL_DIR, 'SKILL.md'));

  it('has OpenClaw skill metadata and sends troubleshooting to aisa-setup doctor --json', () => {
    expect(skill).toMatch(/^---\nname: aisa\ndescription: .+\nmetadata:\n {2}openclaw:\n/);
    expect(skill).toContain('aisa-setup doctor --json');
    expect(skill).toContain('https://aisa.one/models');
  });

  it("its example config has bare ids, compat nested, kimi at temperature 1, and the catalog's models", () => {
    const config = JSON.parse(skill.match(/```json\n([\s\S]*?)```/)![1]!);
    const models = config.models.providers.aisa.models;
    expect(models).toEqual(offlineModels());
    for (const m of models) {
      expect(m.id).not.toMatch(/^aisa\//);
      expect(m).not.toHaveProperty('supportsDeveloperRole');
    }
    expect(config.agents.defaults.models['aisa/kimi-k2.5'].params.temperature).toBe(1);
  });

  it('quotes list prices that match the catalog', () => {
    const rows = [...skill.matchAll(/`aisa\/([\w.-]+)` \|[^|]+\|[^|]+\| ([\d.]+) \/ ([\d.]+) \|/g)];
    expect(rows.length).toBe(offlineModels().length);
    for (const [, id, input, output] of rows) expect([Number(input), Number(output)]).toEqual([lookupModel(id!)!.cost.input, lookupModel(id!)!.cost.output]);
  });
});
