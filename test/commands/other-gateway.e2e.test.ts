// AIsa and a second OpenAI-compatible gateway (Sealos AI Proxy, seed 003) side by side in one
// OpenClaw config: two fake gateways on loopback, the built CLI as a child process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffChars } from 'diff';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pathWithOpenclaw, runCli, type CliRun } from '../support/cli.js';
import { tempHome } from '../support/home.js';
import { TEST_KEYS } from '../support/fake-gateway.js';
import { fileGateway } from '../support/file-gateway.js';

const AISA_KEY = TEST_KEYS.good;
const SEALOS_KEY = 'sk-fakeSealos0123456789abcdefGHIJKLMNOPqrstu';
const SEALOS_MODELS = ['Doubao-lite-4k', 'glm-4-flash', 'qwen-turbo'];
// What every run printed is checked after the file: neither key may appear unmasked.
const aisaFile = fileGateway({ secrets: [AISA_KEY, SEALOS_KEY] });
const sealosFile = fileGateway({ gateway: { keys: { [SEALOS_KEY]: 'ok' }, models: SEALOS_MODELS } });

const cfgPath = (home: string) => join(home, '.openclaw', 'openclaw.json');
const readText = (home: string) => readFileSync(cfgPath(home), 'utf8');

const onboard = (home: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> =>
  aisaFile.runCli(['onboard', '--non-interactive', '--config', cfgPath(home), ...args], { home, env });

const GatewayDoc = z.object({
  ok: z.literal(true),
  providerId: z.literal('sealos'),
  changed: z.boolean(),
  keyStorage: z.enum(['env-file', 'env', 'inline']),
  keyMasked: z.string().regex(/^sk-…[A-Za-z0-9]{4}$/),
  provider: z.object({ baseUrl: z.string(), models: z.array(z.string()) }),
  defaultModel: z.string().nullable(),
  fallbacks: z.array(z.string()),
  warnings: z.array(z.string()),
});

describe('a second gateway beside AIsa (--provider-id)', () => {
  it('adds sealos without touching the aisa block or the default, then makes a sealos model the default', async () => {
    const home = tempHome();
    const first = await onboard(home, ['--aisa-api-key', AISA_KEY, '--base-url', aisaFile.gw.baseUrl, '--model', 'qwen3-max', '--json']);
    expect(first.code, first.stderr).toBe(0);
    const afterAisa = readText(home);

    const second = await onboard(home, ['--provider-id', 'sealos', '--base-url', sealosFile.gw.baseUrl, '--json'], { SEALOS_API_KEY: SEALOS_KEY });
    expect(second.code, second.stderr).toBe(0);
    const doc = GatewayDoc.parse(JSON.parse(second.stdout));
    expect(doc.provider.models).toEqual(SEALOS_MODELS);
    expect(doc.defaultModel).toBe('aisa/qwen3-max');
    const text = readText(home);
    // The second run only inserts text (a comma after the aisa block, then the sealos block): not a byte removed.
    expect(diffChars(afterAisa, text).filter((p) => p.removed)).toEqual([]);
    const cfg = JSON5.parse(text);
    expect(cfg.models.providers.aisa).toEqual(JSON5.parse(afterAisa).models.providers.aisa);
    expect(cfg.models.providers.sealos).toMatchObject({ baseUrl: sealosFile.gw.baseUrl, apiKey: { source: 'env', provider: 'default', id: 'SEALOS_API_KEY' }, api: 'openai-completions' });
    // The document names the reference the config really holds.
    expect(JSON.parse(second.stdout).keyReference).toEqual(cfg.models.providers.sealos.apiKey);
    // Conservative metadata, no AIsa compat assumptions, no stale-id "correction" of qwen-turbo.
    expect(cfg.models.providers.sealos.models[2]).toEqual({ id: 'qwen-turbo', name: 'qwen-turbo', reasoning: false, input: ['text'], contextWindow: 128000, maxTokens: 8192, cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 } });
    expect(cfg.agents.defaults.model).toEqual({ primary: 'aisa/qwen3-max' });
    expect(Object.keys(cfg.agents.defaults.models)).toEqual(expect.arrayContaining(['aisa/qwen3-max', 'sealos/Doubao-lite-4k', 'sealos/glm-4-flash']));
    expect(readFileSync(join(home, '.openclaw', '.env'), 'utf8')).toBe(`AISA_API_KEY=${AISA_KEY}\nSEALOS_API_KEY=${SEALOS_KEY}\n`);
    expect(sealosFile.gw.requests.every((q) => q.headers.authorization === `Bearer ${SEALOS_KEY}`)).toBe(true);

    const again = await onboard(home, ['--provider-id', 'sealos', '--base-url', sealosFile.gw.baseUrl, '--json'], { SEALOS_API_KEY: SEALOS_KEY });
    expect(GatewayDoc.parse(JSON.parse(again.stdout)).changed).toBe(false);
    expect(readText(home)).toBe(text);

    const third = await onboard(home, ['--provider-id', 'sealos', '--base-url', sealosFile.gw.baseUrl, '--model', 'sealos/glm-4-flash', '--fallback', 'aisa/qwen3-max', '--json'], {
      SEALOS_API_KEY: SEALOS_KEY,
    });
    expect(third.code, third.stderr).toBe(0);
    const final = JSON5.parse(readText(home));
    expect(final.agents.defaults.model).toEqual({ primary: 'sealos/glm-4-flash', fallbacks: ['aisa/qwen3-max'] });
    expect(final.models.providers.aisa).toEqual(cfg.models.providers.aisa);
  });

  it('its "Next:" line to switch the default works as printed, and keeps the models chosen before', async () => {
    const home = tempHome();
    const env = { SEALOS_API_KEY: SEALOS_KEY };
    const first = await onboard(home, ['--provider-id', 'sealos', '--base-url', sealosFile.gw.baseUrl, '--models', 'glm-4-flash,qwen-turbo'], env);
    expect(first.code, first.stderr).toBe(0);
    const line = first.stdout.split('\n').find((l) => l.includes('aisa-setup onboard --provider-id sealos'));
    expect(line, first.stdout).toBeDefined();
    const words = line!.trim().split(/\s{3,}/)[0]!.split(' ');
    expect(words[0]).toBe('aisa-setup');
    const next = await aisaFile.runCli(words.slice(1).map((w) => (w === '<id>' ? 'qwen-turbo' : w)), { home, env });
    expect(next.code, next.stderr).toBe(0);
    const cfg = JSON5.parse(readText(home));
    expect(cfg.models.providers.sealos.models.map((m: { id: string }) => m.id)).toEqual(['glm-4-flash', 'qwen-turbo']);
    expect(cfg.agents.defaults.model.primary).toBe('sealos/qwen-turbo');
  });

  it('prints a human summary naming the gateway, in both languages', async () => {
    for (const [lang, word] of [['en', 'Default model unchanged'], ['zh-CN', '默认模型保持不变']] as const) {
      const home = tempHome();
      await onboard(home, ['--aisa-api-key', AISA_KEY, '--base-url', aisaFile.gw.baseUrl, '--skip-validation']);
      const r = await onboard(home, ['--lang', lang, '--provider-id', 'sealos', '--base-url', sealosFile.gw.baseUrl, '--aisa-api-key', SEALOS_KEY, '--models', 'glm-4-flash'], { PATH: pathWithOpenclaw(home) });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(word);
      expect(r.stdout).toContain('openclaw models list --provider sealos');
      // The summary names the reference the config really holds: the SecretRef object, not the ${VAR} string.
      expect(r.stdout).toContain('{ source: "env", provider: "default", id: "SEALOS_API_KEY" }');
      expect(r.stdout).not.toContain('${SEALOS_API_KEY}');
      expect(r.stdout).not.toContain('AISA_API_KEY');
    }
  });

  it.each([
    ['no --base-url', ['--provider-id', 'sealos'], /needs --base-url/],
    ['offline without --models', ['--provider-id', 'sealos', '--base-url', 'http://127.0.0.1:9/v1', '--skip-validation'], /needs --models/],
    ['a built-in provider', ['--provider-id', 'openai', '--base-url', 'http://127.0.0.1:9/v1'], /built in/],
    ['a bad id', ['--provider-id', 'Sea_los', '--base-url', 'http://127.0.0.1:9/v1'], /--provider-id/],
    ['a digit first', ['--provider-id', '9gw', '--base-url', 'http://127.0.0.1:9/v1'], /--provider-id/],
  ])('refuses %s with exit 2 before any request', async (_what, args, message) => {
    const home = tempHome();
    const r = await onboard(home, [...args, '--aisa-api-key', SEALOS_KEY, '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.message).toMatch(message);
  });

  it('ignores AISA_BASE_URL and AISA_API_KEY for another gateway, and says which variable it wants (zh-CN)', async () => {
    const home = tempHome();
    const r = await onboard(home, ['--provider-id', 'company-gw', '--lang', 'zh-CN', '--json'], { AISA_BASE_URL: aisaFile.gw.baseUrl, AISA_API_KEY: AISA_KEY });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.message).toContain('--base-url');
    const r2 = await onboard(home, ['--provider-id', 'company-gw', '--base-url', sealosFile.gw.baseUrl, '--lang', 'zh-CN', '--json'], { AISA_API_KEY: AISA_KEY });
    expect(r2.code).toBe(2);
    expect(JSON.parse(r2.stdout).error.message).toContain('COMPANY_GW_API_KEY');
  });
});

describe('help', () => {
  it.each([
    ['en', 'which agent to set up', 'provider name for another OpenAI-compatible'],
    ['zh-CN', '要配置的智能体', '为另一个 OpenAI 兼容网关指定提供商名称'],
  ])('lists --target and --provider-id (%s)', async (lang, target, providerId) => {
    const r = await runCli(['onboard', '--help', '--lang', lang], { home: tempHome() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--target <openclaw|picoclaw>');
    expect(r.stdout).toContain(target);
    expect(r.stdout).toContain('--provider-id <id>');
    expect(r.stdout).toContain(providerId);
  });
});
