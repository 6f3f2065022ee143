// AIsa's OpenClaw tutorial: the key in the config's env block (which OpenClaw 2026.9.6 rejects),
// id+name-only models; its older version defaults to a retired id.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arrivalGateway, arrivalSandbox, unrepairedLinesKept } from '../../../support/arrivals.js';
import { check, doctorOnTerminal, envFor, parseReport } from '../../../support/doctor-harness.js';
import { TEST_KEYS } from '../../../support/fake-gateway.js';

const KEY = TEST_KEYS.good;
const OTHER = 'sk-aisa-exported0123456789abcdefZZZZ';
const { doctor, command } = arrivalGateway();

describe("AIsa's tutorial, newest version", () => {
  it('doctor: the tutorial named, the key in env shown masked, invalid for 2026.9.6, and the key OpenClaw will use', async () => {
    const box = arrivalSandbox('tutorial', KEY);
    const report = parseReport((await doctor(box, ['--offline'])).stdout);
    expect(check(report, 'setup-origin').message).toMatch(/AIsa's OpenClaw tutorial: recognised by 8 models with id and name only, the key in the config env block\./);
    const env = check(report, 'env-key');
    expect(env).toMatchObject({ status: 'fail', path: 'env.AISA_API_KEY' });
    expect(env.message).toContain('sk-…uvwx');
    expect(env.message).toContain('rejects a variable directly under env');
    expect(env.message).toContain("OpenClaw will use sk-…uvwx (from the config's env.AISA_API_KEY)");
    // The string reference works but is what OpenClaw's own doctor calls plaintext: offered as the SecretRef.
    expect(check(report, 'api-key-present')).toMatchObject({ status: 'warn' });
    expect(check(report, 'api-key-present').message).toContain("sk-…uvwx (from the config's env.AISA_API_KEY)");
    expect(check(report, 'api-key-present').fix).toContain('{ source: "env", provider: "default", id: "AISA_API_KEY" }');
    expect(JSON.stringify(report)).not.toContain(KEY);
    // An exported AISA_API_KEY (every AIsa page says to export it) beats the config's env block.
    const shadowed = parseReport((await doctor(box, ['--offline'], { AISA_API_KEY: OTHER })).stdout);
    expect(check(shadowed, 'env-key').message).toContain('That key is not used: the exported AISA_API_KEY wins');
    box.cleanup();
  });

  it('--fix --yes: the key moves to .env (0600), the env entry goes and nothing else in env, SecretRef in its place', async () => {
    const box = arrivalSandbox('tutorial', KEY);
    const before = box.read();
    const r = await doctor(box, ['--fix', '--yes']);
    expect(r.stdout).not.toContain(KEY);
    const after = box.read();
    expect(after).not.toContain(KEY);
    expect(readFileSync(box.envPath, 'utf8')).toBe(`AISA_API_KEY=${KEY}\n`);
    expect(statSync(box.envPath).mode & 0o777).toBe(0o600);
    const cfg = JSON.parse(after);
    expect(cfg.env).toEqual({});
    expect(cfg.models.mode).toBe('merge');
    expect(cfg.models.providers.aisa.apiKey).toEqual({ source: 'env', provider: 'default', id: 'AISA_API_KEY' });
    // All eight are listed: none dropped; the default and its allow-list entry kept (temperature 1 for kimi).
    expect(cfg.models.providers.aisa.models.map((m: { id: string }) => m.id)).toEqual(['gpt-5.4-mini', 'kimi-k2.5', 'claude-opus-4-8', 'gemini-3.5-flash', 'deepseek-v4-flash', 'qwen3.7-max', 'MiniMax-M3', 'glm-5']);
    expect(cfg.agents.defaults.model).toEqual({ primary: 'aisa/kimi-k2.5' });
    // Only the env entry, the apiKey, the entries the catalog completes (their last line, `name`, gains
    // a comma) and kimi's allow-list entry change.
    expect(unrepairedLinesKept(before, after, [/"AISA_API_KEY": "sk-/, /"apiKey": "\$\{AISA_API_KEY\}"/, /^ {12}"name": "[^"]+"$/, /"aisa\/kimi-k2\.5": \{\}$/])).toEqual([]);
    const again = parseReport((await doctor(box, ['--offline'])).stdout);
    expect(check(again, 'env-key').status).toBe('pass');
    expect(check(again, 'api-key-present').status).toBe('pass');
    box.cleanup();
  });

  it('a different key already in .env: the env entry is reported and left for the person (never two keys lost)', async () => {
    const box = arrivalSandbox('tutorial', KEY);
    writeFileSync(box.envPath, `AISA_API_KEY=${OTHER}\n`, { mode: 0o600 });
    const report = parseReport((await doctor(box, ['--offline', '--fix', '--yes'])).stdout);
    expect(check(report, 'env-key').fix).toContain('Two different keys');
    expect(JSON.parse(box.read()).env.AISA_API_KEY).toBe(KEY);
    expect(readFileSync(box.envPath, 'utf8')).toBe(`AISA_API_KEY=${OTHER}\n`);
    box.cleanup();
  });

  it('models finds the key where OpenClaw would, in the env block, before any repair', async () => {
    const box = arrivalSandbox('tutorial', KEY);
    const r = await command('models')(box, []);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).map((m: { id: string }) => m.id)).toContain('kimi-k2.5');
    expect(r.stdout + r.stderr).not.toContain(KEY);
    box.cleanup();
  });

  it('a refused fix on a terminal writes nothing', async () => {
    const box = arrivalSandbox('tutorial', KEY);
    const before = box.read();
    await doctorOnTerminal(box, { fix: true, offline: true }, { ask: async () => false }, envFor(box));
    expect(box.read()).toBe(before);
    expect(existsSync(box.envPath)).toBe(false);
    box.cleanup();
  });
});

describe("AIsa's tutorial, an older version (gpt-4.1 by default, retired ids)", () => {
  it('doctor names the old version and the retired ids; --fix puts each successor in place, the default included', async () => {
    const box = arrivalSandbox('tutorial-old', KEY);
    const report = parseReport((await doctor(box, [])).stdout);
    expect(check(report, 'setup-origin').message).toContain("AIsa's OpenClaw tutorial (an older version)");
    expect(check(report, 'setup-origin').message).toContain('the old default aisa/gpt-4.1');
    expect(check(report, 'model-ids').message).toContain('gpt-4.1 → gpt-5.5, gpt-5-mini → gpt-5.4-mini');
    expect(check(report, 'default-model').status).toBe('fail');
    await doctor(box, ['--fix', '--yes']);
    const cfg = JSON.parse(box.read());
    expect(cfg.models.providers.aisa.models.map((m: { id: string }) => m.id)).toEqual(['gpt-5.5', 'gpt-5.4-mini', 'claude-sonnet-5-5', 'gemini-3.5-flash', 'deepseek-v3.1', 'qwen3-max', 'kimi-k2.5']);
    expect(cfg.agents.defaults.model.primary).toBe('aisa/gpt-5.5');
    // The tutorial's id+name-only entries got the catalog's metadata on the way.
    expect(cfg.models.providers.aisa.models.every((m: { contextWindow?: number }) => typeof m.contextWindow === 'number')).toBe(true);
    expect(cfg.env).toEqual({});
    box.cleanup();
  });
});
