// Ten real `aisa-setup models set <id> --offline` processes at once on one config, several rounds:
// none was shown a plan, so each one that finds the file changed under it plans its edit again on
// the new text, under the lock, and writes. All exit 0, and no update is lost: every id set is
// declared afterwards, the default is one of them, and the file still reads.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { CATALOG, kindOf } from '../../../src/catalog.js';
import { canChat } from '../../../src/model-kind.js';
import { runCli } from '../../support/cli.js';
import { tempHome } from '../../support/home.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';

const PROCESSES = 10;
const ROUNDS = 3;
// Chat models of the catalog that are not declared yet: each run adds its own entry.
const IDS = CATALOG.filter((m) => !m.core && canChat(kindOf(m.id))).map((m) => m.id);

const OPENCLAW = `{\n  // mine\n  models: { providers: { aisa: { baseUrl: "https://api.aisa.one/v1", apiKey: "\${AISA_API_KEY}", api: "openai-completions", models: [{ id: "qwen3-max", name: "Qwen3 Max" }] } } },\n  agents: { defaults: { model: { primary: "aisa/qwen3-max" } } },\n}\n`;
const PICO = `${JSON.stringify({ version: 3, model_list: [{ model_name: 'aisa/qwen3-max', model: 'openai/qwen3-max', api_base: 'https://api.aisa.one/v1', api_keys: [TEST_KEYS.good], enabled: true }], agents: { defaults: { model_name: 'aisa/qwen3-max' } } }, null, 2)}\n`;

const targets = [
  { name: 'openclaw', args: [] as string[], file: ['.openclaw', 'openclaw.json'], text: OPENCLAW, read: (t: string) => { const c = JSON5.parse(t); return { declared: c.models.providers.aisa.models.map((m: { id: string }) => m.id) as string[], primary: c.agents.defaults.model.primary as string }; } },
  { name: 'picoclaw', args: ['--target', 'picoclaw'], file: ['.picoclaw', 'config.json'], text: PICO, read: (t: string) => { const c = JSON.parse(t); return { declared: c.model_list.map((e: { model_name: string }) => e.model_name.slice('aisa/'.length)) as string[], primary: c.agents.defaults.model_name as string }; } },
];

describe('models set, ten processes at once on one config', () => {
  it('has enough distinct chat ids to race with', () => expect(IDS.length).toBeGreaterThanOrEqual(PROCESSES));

  it.each(targets)('$name: every run exits 0 and every id lands, round after round', async (target) => {
    const home = tempHome();
    const config = join(home, ...target.file);
    mkdirSync(join(home, target.file[0]!), { recursive: true, mode: 0o700 });
    const ids = IDS.slice(0, PROCESSES);
    // Each round starts from the same file, so every id must land again.
    for (let round = 0; round < ROUNDS; round++) {
      writeFileSync(config, target.text, { mode: 0o600 });
      const runs = await Promise.all(ids.map((id) => runCli(['models', 'set', id, '--offline', '--config', config, ...target.args], { home, timeoutMs: 30_000 })));
      runs.forEach((r, i) => expect(r.code, `round ${round}, ${ids[i]}: ${r.stderr}`).toBe(0));
      const now = target.read(readFileSync(config, 'utf8'));
      expect([...now.declared].sort()).toEqual(['qwen3-max', ...ids].sort());
      expect(ids.map((id) => `aisa/${id}`)).toContain(now.primary);
    }
  }, 120_000);

  it('doctor --fix --yes (nobody confirms either) races models set: all exit 0, the fix and every id land', async () => {
    const home = tempHome();
    const dir = join(home, '.openclaw');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const config = join(dir, 'openclaw.json');
    writeFileSync(join(dir, '.env'), `AISA_API_KEY=${TEST_KEYS.good}\n`, { mode: 0o600 });
    const ids = IDS.slice(0, PROCESSES / 2);
    for (let round = 0; round < ROUNDS; round++) {
      // A stale id (qwen3-plus) for doctor to replace, in the default and the provider block.
      writeFileSync(config, OPENCLAW.replace('"aisa/qwen3-max"', '"aisa/qwen3-plus"').replace('{ id: "qwen3-max", name: "Qwen3 Max" }', '{ id: "qwen3-max", name: "Qwen3 Max" }, { id: "qwen3-plus" }'), { mode: 0o600 });
      const runs = await Promise.all([
        ...ids.map((id) => runCli(['models', 'set', id, '--offline', '--config', config], { home, timeoutMs: 30_000 })),
        ...ids.map(() => runCli(['doctor', '--fix', '--yes', '--offline', '--config', config], { home, timeoutMs: 30_000 })),
      ]);
      runs.forEach((r, i) => expect(r.code, `round ${round}, run ${i}: ${r.stdout}\n${r.stderr}`).toBe(0));
      const text = readFileSync(config, 'utf8');
      expect(text).not.toContain('qwen3-plus');
      expect(targets[0]!.read(text).declared).toEqual(expect.arrayContaining(ids));
    }
  }, 120_000);
});
