// Seed 000's config (the OpenClaw AIsa page, copied by hand): onboard keeps the user's declared
// models usable. OpenClaw reads agents.defaults.models as an allow-list once it exists, so a model
// declared in the block but missing there drops out of `openclaw models list`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { cli, envFor, sandbox } from '../../support/doctor-harness.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';

const file = fileGateway();
const SEED = readFileSync(join(import.meta.dirname, '../../fixtures/doctor/seed-000.json5'), 'utf8');

async function onboard(config: string, args: string[]) {
  const box = sandbox(config);
  const r = await cli(['onboard', '--non-interactive', '--json', '--config', box.configPath, '--base-url', file.gw.baseUrl, '--key-storage', 'env', ...args], envFor(box, { AISA_API_KEY: TEST_KEYS.good }));
  expect(r.code, r.stderr).toBe(0);
  return { doc: JSON.parse(r.stdout), text: box.read() };
}

/** What `openclaw models list` shows of the aisa block: with an allow-list, only what it names. */
function listed(cfg: any): string[] {
  const declared = (cfg.models.providers.aisa.models as { id: string }[]).map((m) => `aisa/${m.id}`);
  const allow = cfg.agents?.defaults?.models;
  return allow ? declared.filter((ref) => Object.hasOwn(allow, ref)) : declared;
}

describe('seed 000: the declared models the user keeps', () => {
  it('are all in the allow-list onboard writes, and the report claims no more than OpenClaw lists', async () => {
    const { doc, text } = await onboard(SEED, ['--model', 'qwen3-max']);
    const cfg = JSON5.parse(text) as any;
    expect(listed(cfg)).toEqual(expect.arrayContaining(['aisa/claude-sonnet-4-5', 'aisa/gemini-2.5-flash']));
    expect(listed(cfg).map((r) => r.slice('aisa/'.length))).toEqual(doc.provider.models);
    expect(doc.provider.models).toHaveLength(6);
  });

  it('an allow-list the file already has gains the models the block keeps, its own entries untouched', async () => {
    const withAllow = SEED.replace('model: { primary: "aisa/qwen3-plus" }', 'model: { primary: "aisa/qwen3-plus" },\n      models: { "aisa/claude-sonnet-4-5": { alias: "sonnet" } }');
    const { doc, text } = await onboard(withAllow, ['--model', 'qwen3-max']);
    const cfg = JSON5.parse(text) as any;
    expect(cfg.agents.defaults.models['aisa/claude-sonnet-4-5']).toEqual({ alias: 'sonnet' });
    expect(listed(cfg).map((r) => r.slice('aisa/'.length))).toEqual(doc.provider.models);
  });

  it('a model entry written on one line stays on one line when onboard completes it (no half-row, half-block entry)', async () => {
    const { text } = await onboard(SEED, ['--model', 'qwen3-max']);
    const line = text.split('\n').find((l) => l.includes('"qwen-plus-2025-12-01"'))!;
    expect(line.trim()).toMatch(/^\{ id: "qwen-plus-2025-12-01", name: "Qwen Plus 2025-12-01", .*, cost: \{ input: [\d.]+, output: [\d.]+, cacheRead: [\d.]+, cacheWrite: [\d.]+ \}, compat: \{ supportsDeveloperRole: false \} \},$/);
    // The entries added whole are blocks, as before.
    expect(text).toContain('          {\n            id: "qwen3-max",\n');
  });
});
