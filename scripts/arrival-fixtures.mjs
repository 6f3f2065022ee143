#!/usr/bin/env node
// Writes test/fixtures/arrivals/ from AIsa's published model data (data/catalog/aisa-models.json, the rows
// whose `listed` has "2026-02-script"): the configs AIsa's own script, tutorial and ClawHub plugins
// leave behind (facts.md, "How AIsa's own guides and tools set AIsa up in OpenClaw"), so tests and the
// compat gate judge the same files. Run again when the data changes:
//   node scripts/arrival-fixtures.mjs [path/to/aisa-models.json]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const src = process.argv[2] ?? new URL('../data/catalog/aisa-models.json', import.meta.url).pathname;
const out = new URL('../test/fixtures/arrivals/', import.meta.url).pathname;
const rows = JSON.parse(readFileSync(src, 'utf8'));
const KEY = '__KEY__';

// The script names a model "<Name> (AISA)"; rows without its own name get one made the same way.
const WORDS = { gpt: 'GPT', oss: 'OSS', vl: 'VL', mt: 'MT', r1: 'R1', deepseek: 'DeepSeek', minimax: 'MiniMax' };
const nameOf = (r) => r.name ?? `${r.id.split('-').map((w) => WORDS[w] ?? w[0].toUpperCase() + w.slice(1)).join(' ')} (AISA)`;
// The script's placeholder sizes: 64000 for grok and the minis, 200000 for Claude, 128000 otherwise.
const contextOf = (r) => r.scriptContextWindow ?? (/^grok|-mini$/.test(r.id) ? 64000 : r.id.startsWith('claude') ? 200000 : 128000);

const script = rows.filter((r) => r.listed.includes('2026-02-script'));
const listedNow = rows.filter((r) => r.listed.includes('2026-09-30') && r.endpoints?.includes('/v1/chat/completions')).map((r) => r.id);

const scriptConfig = {
  meta: { lastTouchedVersion: '2026.1.30', lastTouchedAt: '2026-02-14T09:30:12.000Z' },
  wizard: { lastRunAt: '2026-02-14T09:30:12.000Z', lastRunVersion: '2026.1.30', lastRunCommand: 'onboard', lastRunMode: 'local' },
  models: {
    mode: 'merge',
    providers: {
      aisa: {
        baseUrl: 'https://api.aisa.one/v1',
        apiKey: KEY,
        api: 'openai-completions',
        models: script.map((r) => ({
          id: r.id,
          name: nameOf(r),
          reasoning: false,
          input: ['text'],
          cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
          contextWindow: contextOf(r),
          maxTokens: r.scriptMaxTokens ?? 8192,
        })),
      },
    },
  },
  agents: {
    defaults: {
      model: { primary: 'aisa/claude-haiku-4-5-20251001' },
      models: Object.fromEntries([['anthropic/claude-opus-4-5', { alias: 'opus' }], ...script.map((r) => [`aisa/${r.id}`, {}])]),
      workspace: '/home/user/.openclaw/workspace',
      compaction: { mode: 'safeguard' },
      maxConcurrent: 4,
      subagents: { maxConcurrent: 8 },
    },
  },
  messages: { ackReactionScope: 'group-mentions' },
  commands: { native: 'auto', nativeSkills: 'auto' },
  gateway: { port: 18789, mode: 'local', bind: 'loopback', auth: { mode: 'token', token: 'gw-token-4f1c' }, tailscale: { mode: 'off', resetOnExit: false } },
};

// What the person had before the script ran: channels, env, another provider, auth profiles, plugins.
const earlier = {
  env: { vars: { BRAVE_API_KEY: 'brave-test-value' } },
  auth: { profiles: { 'anthropic:default': { provider: 'anthropic', mode: 'api_key' } } },
  models: { providers: { ollama: { baseUrl: 'http://127.0.0.1:11434/v1', api: 'openai-completions', models: [{ id: 'llama3.3', name: 'Llama 3.3' }] } } },
  agents: { defaults: { model: { primary: 'anthropic/claude-opus-4-5' }, workspace: '/home/user/.openclaw/workspace' } },
  channels: { telegram: { enabled: true, botToken: '123456:telegram-test-token', dmPolicy: 'pairing' } },
  plugins: { entries: { 'memory-core': { enabled: true } } },
  gateway: { port: 18789, mode: 'local', bind: 'loopback', auth: { mode: 'token', token: 'gw-token-4f1c' } },
};

// AIsa's tutorial, newest version: the key in the env block, id and name only, kimi-k2.5 by default.
const tutorialIds = ['gpt-5.4-mini', 'kimi-k2.5', 'claude-opus-4-8', 'gemini-3.5-flash', 'deepseek-v4-flash', 'qwen3.7-max', 'MiniMax-M3', 'glm-5'];
const tutorial = (ids, primary) => ({
  env: { AISA_API_KEY: KEY },
  models: {
    mode: 'merge',
    providers: { aisa: { baseUrl: 'https://api.aisa.one/v1', apiKey: '${AISA_API_KEY}', api: 'openai-completions', models: ids.map((id) => ({ id, name: id })) } },
  },
  agents: { defaults: { model: { primary: `aisa/${primary}` }, models: { [`aisa/${primary}`]: {} } } },
});
// An older version: gpt-4.1 by default, ids AIsa has since retired.
const tutorialOldIds = ['gpt-4.1', 'gpt-5-mini', 'claude-sonnet-4-20250514', 'gemini-2.5-flash', 'deepseek-v3.1', 'qwen3-max', 'kimi-k2.5'];

const write = (name, value) => {
  mkdirSync(join(out, name, '..'), { recursive: true });
  writeFileSync(join(out, name), JSON.stringify(value, null, 2) + '\n');
};
write('script/openclaw.json', scriptConfig);
write('script/openclaw.json.bak.20260214093012', earlier);
write('tutorial/openclaw.json', tutorial(tutorialIds, 'kimi-k2.5'));
write('tutorial-old/openclaw.json', tutorial(tutorialOldIds, 'gpt-4.1'));
// Beside two ClawHub plugins that claim the provider aisa, as OpenClaw 2026.9.6 installs them.
const pluginConfig = {
  auth: { profiles: { 'aisa:default': { provider: 'aisa', mode: 'api_key' } } },
  agents: { defaults: { model: { primary: 'aisa/kimi-k2.5' }, models: { 'aisa/kimi-k2.5': { alias: 'AIsa' } } } },
  plugins: { entries: { aisa: { enabled: true }, 'aisa-provider': { enabled: true } } },
};
write('plugin/openclaw.json', pluginConfig);
const plugin = (dir, name, id, version) => {
  write(`plugin/extensions/${dir}/package.json`, { name, version, openclaw: { extensions: ['./index.js'] } });
  write(`plugin/extensions/${dir}/openclaw.plugin.json`, {
    id,
    providers: ['aisa'],
    providerAuthChoices: [{ provider: 'aisa', method: 'api-key', choiceId: 'aisa-api-key' }],
    configSchema: { type: 'object', additionalProperties: false, properties: {} },
  });
};
plugin('aisa', '@aisa/openclaw-aisa-provider', 'aisa', '0.1.0');
plugin('aisa-provider', 'aisa-provider-plugin', 'aisa-provider', '1.0.0');
// The ids AIsa's 2026-09-30 catalog serves on chat/completions: what a key lists in the tests.
write('listed-2026-09-30.json', listedNow);
console.log(`${script.length} script models, ${listedNow.length} listed on 2026-09-30, written to ${out}`);
