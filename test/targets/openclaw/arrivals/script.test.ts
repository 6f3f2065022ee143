// AIsa's one-command script: what doctor says about its output, what --fix writes, and that nothing
// outside the repairs changes by a byte.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canBeChatModel } from '../../../../src/catalog.js';
import { arrivalGateway, arrivalSandbox, BACKUP_NAME, LISTED_NOW, unrepairedLinesKept } from '../../../support/arrivals.js';
import { check, doctorOnTerminal, envFor, parseReport } from '../../../support/doctor-harness.js';
import { TEST_KEYS } from '../../../support/fake-gateway.js';
import { maskKey } from '../../../../src/secret.js';

const KEY = TEST_KEYS.good;
const { doctor } = arrivalGateway();

describe("AIsa's script (56 models, key inline, backup beside it)", () => {
  it('doctor names the script and every problem it left', async () => {
    const box = arrivalSandbox('script', KEY);
    const r = await doctor(box, []);
    const report = parseReport(r.stdout);
    expect(check(report, 'setup-origin')).toMatchObject({ status: 'warn' });
    expect(check(report, 'setup-origin').message).toMatch(/AIsa's one-command script .*56 models with placeholder metadata.*anthropic\/claude-opus-4-5 alias.*meta\/wizard stamps.*the key inline/);
    expect(check(report, 'api-key-present').status).toBe('warn');
    const schema = check(report, 'schema-compat');
    expect(schema.status).toBe('fail');
    expect(schema.details).toEqual(expect.arrayContaining([expect.stringContaining('meta.lastTouchedAt'), expect.stringContaining('gateway.tailscale.resetOnExit')]));
    expect(check(report, 'model-metadata')).toMatchObject({ status: 'warn', path: expect.stringMatching(/^models\.providers\.aisa\.models\[\d+\]$/) });
    expect(check(report, 'model-metadata').message).toContain('qwen3-max');
    const chat = check(report, 'chat-models');
    expect(chat.status).toBe('warn');
    // gemini-3-pro-image-preview too, once the catalog (kindOf) knows it for an image model.
    for (const id of ['qwen-mt-flash', 'qwen-mt-lite', 'seedream-4-5-251128']) expect(chat.message).toContain(id);
    // Retired ids: what the key no longer lists (model-ids), among them the February defaults.
    expect(check(report, 'model-ids').message).toMatch(/gpt-5 → \S+, gpt-5-mini → \S+/);
    expect(check(report, 'model-ids').details).toEqual(expect.arrayContaining([expect.stringMatching(/\]\.id: gpt-5 → \S+$/)]));
    const lost = check(report, 'lost-sections');
    expect(lost.status).toBe('warn');
    expect(lost.message).toBe(
      `The backup ${join(box.stateDir, BACKUP_NAME)} still holds channels (telegram), model providers (ollama), auth profiles (anthropic:default), plugins (memory-core), env variables (BRAVE_API_KEY), which the current config lacks (AIsa's script overwrote the file).`,
    );
    expect(r.stdout).not.toContain(KEY);
    box.cleanup();
  });

  it('--fix --yes: key to .env behind a SecretRef, rejected keys gone, catalog metadata, no retired or non-chat model left, every other byte kept', async () => {
    const box = arrivalSandbox('script', KEY);
    const before = box.read();
    const r = await doctor(box, ['--fix', '--yes']);
    expect(r.stdout).not.toContain(KEY);
    const after = box.read();
    const cfg = JSON.parse(after);
    const aisa = cfg.models.providers.aisa;
    expect(aisa.apiKey).toEqual({ source: 'env', provider: 'default', id: 'AISA_API_KEY' });
    expect(after).not.toContain(KEY);
    expect(readFileSync(box.envPath, 'utf8')).toBe(`AISA_API_KEY=${KEY}\n`);
    expect(statSync(box.envPath).mode & 0o777).toBe(0o600);
    expect(cfg.meta).toEqual({ lastTouchedVersion: '2026.1.30' });
    expect(cfg.gateway.tailscale).toEqual({ mode: 'off' });
    const ids: string[] = aisa.models.map((m: { id: string }) => m.id);
    expect(ids.filter((id) => !LISTED_NOW.includes(id))).toEqual([]);
    expect(ids.filter((id) => !canBeChatModel(id))).toEqual([]);
    expect(ids).toContain('claude-haiku-4-5-20251001');
    expect(aisa.models.filter((m: { maxTokens?: number; reasoning?: boolean }) => m.maxTokens === 8192 && m.reasoning === false).length).toBeLessThan(ids.length);
    const allow = cfg.agents.defaults.models;
    expect(allow['anthropic/claude-opus-4-5']).toEqual({ alias: 'opus' });
    expect(Object.keys(allow).filter((k) => k.startsWith('aisa/')).sort()).toEqual(ids.map((id) => `aisa/${id}`).sort());
    // Byte for byte outside the repairs: only the provider block, the allow-list's aisa entries and the
    // two keys OpenClaw rejects change; the stamps, the rest of the defaults, messages, commands and gateway stay.
    const inProvider = (l: string) => /^ {8,}/.test(l) && before.indexOf(l) > before.indexOf('"providers"') && before.indexOf(l) < before.indexOf('"agents"');
    const repairedLines = before.split('\n').filter((l) => inProvider(l) || /^\s+"aisa\/[^"]+": \{\},?$/.test(l) || /"lastTouchedAt"|"resetOnExit"|"apiKey"|"lastTouchedVersion"|"mode": "off"|^\s+\]$|^\s+\},?$/.test(l));
    expect(unrepairedLinesKept(before, after, repairedLines.map((l) => new RegExp(`^${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)))).toEqual([]);
    const slice = (from: string, to: string) => before.slice(before.indexOf(from), before.indexOf(to));
    expect(after).toContain(slice('  "wizard"', '  "models"'));
    expect(after).toContain(slice('      "workspace"', '  "gateway"'));
    expect(after).toContain(slice('  "gateway"', '    "tailscale"'));
    expect(after).toContain('    "anthropic/claude-opus-4-5": {\n          "alias": "opus"\n        },'.replace('    "anthropic', '        "anthropic'));
    expect(after.startsWith('{\n  "meta": {\n    "lastTouchedVersion": "2026.1.30"')).toBe(true);
    // The backup is never merged by --yes: that needs its own answer on a terminal.
    expect(cfg.channels).toBeUndefined();
    const again = parseReport((await doctor(box, [])).stdout);
    for (const id of ['schema-compat', 'api-key-present', 'model-metadata', 'chat-models', 'model-ids']) expect(check(again, id).status, `${id}: ${check(again, id).message}`).toBe('pass');
    // Each model is declared and allow-listed: counted once.
    expect(check(again, 'chat-models').message).toBe(`${ids.length} declared or allow-listed models, all chat models.`);
    box.cleanup();
  });

  it('on a terminal the backup is its own question, showing what comes back; "no" restores nothing, "yes" only the missing sections', async () => {
    for (const restore of [false, true]) {
      const box = arrivalSandbox('script', KEY);
      const asked: string[] = [];
      const ask = async (q: string) => (asked.push(q), q.includes('Bring these sections back') ? restore : true);
      const r = await doctorOnTerminal(box, { fix: true, offline: true }, { ask }, envFor(box));
      const question = asked.find((q) => q.includes('Bring these sections back'))!;
      expect(question).toContain(join(box.stateDir, BACKUP_NAME));
      expect(question).toContain('channels (telegram)');
      expect(r.stdout).toContain('telegram');
      expect(r.stdout).not.toContain(KEY);
      const cfg = JSON.parse(box.read());
      if (!restore) {
        expect(cfg.channels).toBeUndefined();
        expect(r.stdout).toContain('nothing restored');
      } else {
        expect(cfg.channels.telegram).toEqual({ enabled: true, botToken: '123456:telegram-test-token', dmPolicy: 'pairing' });
        expect(cfg.models.providers.ollama.baseUrl).toBe('http://127.0.0.1:11434/v1');
        expect(cfg.auth.profiles['anthropic:default']).toEqual({ provider: 'anthropic', mode: 'api_key' });
        expect(cfg.env.vars).toEqual({ BRAVE_API_KEY: 'brave-test-value' });
        expect(cfg.plugins.entries['memory-core']).toEqual({ enabled: true });
        // What the script wrote since stays: the AIsa block and the default are not taken back.
        expect(cfg.agents.defaults.model.primary).toBe('aisa/claude-haiku-4-5-20251001');
        expect(cfg.models.providers.aisa.apiKey).toEqual({ source: 'env', provider: 'default', id: 'AISA_API_KEY' });
      }
      box.cleanup();
    }
  });

  it("the diffs shown mask the other secrets the config and its backup hold; the restored file keeps them real", async () => {
    const box = arrivalSandbox('script', KEY);
    // An auth profile carrying its key (as auth-profiles.json does) beside the backup's telegram bot token.
    const backupPath = join(box.stateDir, BACKUP_NAME);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    backup.auth.profiles['openai:work'] = { provider: 'openai', mode: 'api_key', key: 'ak-profile0123456789' };
    writeFileSync(backupPath, JSON.stringify(backup, null, 2));
    const secrets = ['123456:telegram-test-token', 'ak-profile0123456789', 'brave-test-value', 'gw-token-4f1c'];
    const ask = async () => true;
    const r = await doctorOnTerminal(box, { fix: true, offline: true }, { ask }, envFor(box));
    // The restore's diff was shown (channels, profiles, env), with the secrets' masked forms in place.
    expect(r.stdout).toContain('"telegram"');
    expect(r.stdout).toContain(`"botToken": "${maskKey('123456:telegram-test-token')}"`);
    expect(r.stdout).toContain(`"key": "${maskKey('ak-profile0123456789')}"`);
    for (const secret of [...secrets, KEY]) expect(r.stdout).not.toContain(secret);
    const cfg = JSON.parse(box.read());
    expect(cfg.channels.telegram.botToken).toBe('123456:telegram-test-token');
    expect(cfg.auth.profiles['openai:work'].key).toBe('ak-profile0123456789');
    expect(cfg.env.vars.BRAVE_API_KEY).toBe('brave-test-value');
    expect(cfg.gateway.auth.token).toBe('gw-token-4f1c');
    box.cleanup();
  });

  it('a declined fix writes nothing at all', async () => {
    const box = arrivalSandbox('script', KEY);
    const before = box.read();
    const r = await doctorOnTerminal(box, { fix: true, offline: true }, { ask: async () => false }, envFor(box));
    expect(box.read()).toBe(before);
    expect(existsSync(box.envPath)).toBe(false);
    expect(r.stdout).not.toContain(KEY);
    box.cleanup();
  });
});
