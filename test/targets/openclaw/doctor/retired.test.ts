// Ids AIsa has retired (a February config against September's list): doctor names the listed model
// that replaced each, and --fix puts it in place everywhere, the user's own fields kept; an id with
// no successor leaves the fallbacks and declarations, a default without one is left to the user.
import { readFileSync } from 'node:fs';
import JSON5 from 'json5';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../../support/fake-gateway.js';
import { fileGateway } from '../../../support/file-gateway.js';
import { check, cli, envFor, parseReport, sandbox, type Sandbox } from '../../../support/doctor-harness.js';

const AISA: { id: string; listed: string[] }[] = JSON.parse(readFileSync(new URL('../../../../data/catalog/aisa-models.json', import.meta.url), 'utf8'));
const SEPTEMBER = AISA.filter((r) => r.listed.includes('2026-09-30')).map((r) => r.id);
const file = fileGateway({ gateway: { models: SEPTEMBER } });

let box: Sandbox | undefined;
afterEach(() => box?.cleanup());

function config(primary: string): string {
  return `// written in February
{
  models: { providers: { aisa: {
    baseUrl: "https://api.aisa.one/v1", apiKey: "\${AISA_API_KEY}", api: "openai-completions",
    models: [
      { id: "gpt-5", name: "GPT-5" },
      { id: "claude-opus-4-1-20250805", name: "My Opus", params: { maxTokens: 2000 } }, // mine
      { id: "gemini-3-pro-preview", name: "Gemini 3 Pro Preview" },
      { id: "gpt-oss-120b", name: "GPT OSS" },
      { id: "qwen3-max", name: "Qwen3 Max" },
    ],
  } } },
  agents: { defaults: {
    model: { primary: "${primary}", fallbacks: ["aisa/claude-opus-4-1-20250805", "aisa/gpt-oss-120b", "aisa/qwen3-max"] },
    models: { "aisa/gpt-5": { alias: "five" }, "aisa/gpt-oss-120b": {}, "aisa/qwen3-max": {} },
  } },
}
`;
}

async function doctor(text: string) {
  box = sandbox(text, { 'https://api.aisa.one/v1': file.gw.baseUrl });
  const env = envFor(box, { AISA_API_KEY: TEST_KEYS.good });
  const base = ['doctor', '--config', box.configPath, '--json', '--timeout', '3'];
  const before = parseReport((await cli(base, env)).stdout);
  const fixed = await cli([...base, '--fix', '--yes'], env);
  return { before, fixed: parseReport(fixed.stdout), after: box.read() };
}

describe('retired ids', () => {
  it('are named with their listed successors, and --fix applies them to the default, fallbacks and declarations', async () => {
    const { before, fixed, after } = await doctor(config('aisa/gpt-5'));
    const ids = check(before, 'model-ids');
    expect(ids.status).toBe('warn');
    expect(ids.message).toContain('gpt-5 → gpt-5.5, claude-opus-4-1-20250805 → claude-opus-5, gemini-3-pro-preview → gemini-3.5-flash');
    expect(ids.message).toContain("The key's model list does not include: gpt-oss-120b.");
    expect(ids.details).toContain('agents.defaults.model.primary: gpt-5 → gpt-5.5');
    expect(ids.fix).toContain('doctor --fix');

    const cfg = JSON5.parse(after);
    expect(cfg.models.providers.aisa.models).toEqual([
      { id: 'gpt-5.5', name: 'GPT-5.5' },
      // The user's own name and params stay on the renamed entry.
      { id: 'claude-opus-5', name: 'My Opus', params: { maxTokens: 2000 } },
      { id: 'gemini-3.5-flash', name: 'Gemini 3.5 Flash' },
      { id: 'qwen3-max', name: 'Qwen3 Max' },
    ]);
    expect(cfg.agents.defaults.model).toEqual({ primary: 'aisa/gpt-5.5', fallbacks: ['aisa/claude-opus-5', 'aisa/qwen3-max'] });
    expect(cfg.agents.defaults.models).toEqual({ 'aisa/gpt-5.5': { alias: 'five' }, 'aisa/qwen3-max': {}, 'aisa/claude-opus-5': {}, 'aisa/gemini-3.5-flash': {} });
    expect(after).toContain('// mine');
    expect(check(fixed, 'model-ids').status).toBe('pass');
    expect(check(fixed, 'default-model').status).toBe('pass');
  });

  it('leaves a default without a successor for the user to choose, and says so', async () => {
    const { fixed, after } = await doctor(config('aisa/gpt-oss-120b'));
    const cfg = JSON5.parse(after);
    expect(cfg.agents.defaults.model.primary).toBe('aisa/gpt-oss-120b');
    expect(cfg.agents.defaults.model.fallbacks).toEqual(['aisa/claude-opus-5', 'aisa/qwen3-max']);
    expect(cfg.models.providers.aisa.models.map((m: { id: string }) => m.id)).toContain('gpt-oss-120b');
    expect(check(fixed, 'default-model')).toMatchObject({ status: 'fail' });
    expect(check(fixed, 'default-model').message).toContain('gpt-oss-120b');
  });

  it('speaks Chinese', async () => {
    box = sandbox(config('aisa/gpt-5'), { 'https://api.aisa.one/v1': file.gw.baseUrl });
    const r = await cli(['doctor', '--config', box.configPath, '--json', '--timeout', '3', '--lang', 'zh-CN'], envFor(box, { AISA_API_KEY: TEST_KEYS.good }));
    const ids = check(parseReport(r.stdout), 'model-ids');
    expect(ids.message).toContain('该密钥已不再列出这些模型，列出的替代型号分别是：gpt-5 → gpt-5.5');
    expect(ids.fix).toContain('它会用替代型号替换');
  });
});
