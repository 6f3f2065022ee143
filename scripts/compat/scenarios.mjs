// The compat gate's scenarios, in run order. Each gets a fresh context from harness.mjs and throws a
// `Fail` (via check) to fail, or returns { skip } to be skipped.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startFakeGateway } from './fake-gateway.mjs';
import {
  COMMENTED_CONFIG,
  COMMENTED_MARKERS,
  INCLUDE_MAIN,
  INCLUDE_MODELS,
  RETIRED_IDS_EXAMPLE,
  SEED_000_EXAMPLE,
  SEED_001_EXAMPLE,
  SEPTEMBER_IDS,
} from './fixtures.mjs';
import { AGENT_TIMEOUT, CORE, JSON5, KEY, check, isSecretRef, maskKey, parseJsonOut, secs, tail } from './common.mjs';
import { onboard, readBack } from './harness.mjs';
import { verify } from './checks.mjs';
import { doctorRepair } from './doctor.mjs';
import { curatedIds } from './project.mjs';
import { pluginScenarios } from './plugin-scenarios.mjs';
import { registryScenarios } from './registry-scenarios.mjs';
import { arrivalScenarios } from './arrival-scenarios.mjs';

export const scenarios = [
  {
    name: 'agent-turn',
    desc: 'onboard against a fake gateway on loopback, then one real `openclaw agent --local` turn',
    async run(ctx) {
      const reply = 'pong from the compat gate';
      const gw = await startFakeGateway({ key: KEY, reply });
      try {
        await onboard(ctx, ['--model', 'kimi-k2.5', '--base-url', gw.baseUrl]);
        const listed = gw.requests.filter((r) => r.path === '/v1/models');
        check(listed.length > 0, 'onboard (without --skip-validation) never called GET /v1/models');
        check(listed.every((r) => r.headers.authorization === `Bearer ${KEY}`), 'GET /v1/models did not carry the Bearer key');
        const back = await verify(ctx, { primary: 'aisa/kimi-k2.5' });
        check(back.provider.baseUrl === gw.baseUrl, `baseUrl is ${back.provider.baseUrl}, expected ${gw.baseUrl}`);
        gw.requests.length = 0;
        const res = await ctx.openclaw(['agent', '--local', '--agent', 'main', '-m', 'ping', '--json', '--timeout', '240'], {
          timeoutMs: AGENT_TIMEOUT,
        });
        ctx.notes.push(`agent turn ${secs(res.ms)}`);
        const chats = gw.requests.filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions');
        check(res.code === 0, `openclaw agent exited ${res.code}${res.timedOut ? ' (timeout)' : ''} after ${chats.length} chat request(s): ${tail(res.stderr, 500)}`);
        const out = parseJsonOut(res.stdout, 'openclaw agent');
        check(chats.length > 0, 'the fake gateway received no POST /v1/chat/completions');
        const first = chats[0];
        check(first.body?.model === 'kimi-k2.5', `the request asked for model ${JSON.stringify(first.body?.model)}, expected "kimi-k2.5"`);
        check(first.headers.authorization === `Bearer ${KEY}`, `the request carried ${first.headers.authorization ? 'another Authorization header' : 'no Authorization header'}, not the Bearer key`);
        check(first.body?.temperature === undefined || first.body.temperature === 1, `kimi-k2.5 got temperature ${first.body?.temperature} (only 1 is allowed)`);
        const text = (out.payloads ?? []).map((p) => p.text).join('');
        check(text.includes(reply), `the reply did not come back: ${JSON.stringify(out.payloads ?? out).slice(0, 300)}`);
        ctx.summary = `reply "${text}" to POST /v1/chat/completions model=${first.body.model} stream=${first.body.stream === true} Bearer sk-…${KEY.slice(-4)}, turn ${secs(res.ms)}`;
      } finally {
        await gw.close();
      }
    },
  },
  {
    name: 'fresh',
    desc: 'no config file yet; defaults (env-file, qwen3-max, curated core set)',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation']);
      await verify(ctx, { primary: 'aisa/qwen3-max', mustDeclare: CORE });
    },
  },
  {
    name: 'fresh-json',
    desc: '--json: one JSON document on stdout, key masked',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation', '--json']);
      check(ctx.onboardJson && typeof ctx.onboardJson === 'object', 'no JSON document from --json');
      await verify(ctx, { primary: 'aisa/qwen3-max' });
    },
  },
  {
    name: 'commented-config',
    desc: 'JSON5 with comments, two other providers, channels, a non-AIsa default',
    async run(ctx) {
      await writeFile(ctx.config, COMMENTED_CONFIG, { mode: 0o600 });
      await onboard(ctx, ['--model', 'deepseek-v3.1', '--skip-validation']);
      const text = await readFile(ctx.config, 'utf8');
      const lost = COMMENTED_MARKERS.filter((m) => !text.includes(m));
      check(!lost.length, `comments/lines lost: ${lost.map((l) => JSON.stringify(l)).join(', ')}`);
      const back = await verify(ctx, { primary: 'aisa/deepseek-v3.1', ocEnv: { OPENROUTER_API_KEY: 'sk-or-dummy' } });
      const providers = Object.keys(back.config.models.providers).sort().join(',');
      check(providers === 'aisa,ollama,openrouter', `providers are ${providers}, expected aisa,ollama,openrouter`);
      check(back.config.channels?.telegram?.botToken === '123456:ABCDEF', 'channels.telegram was changed');
      check(back.defaults.models?.['ollama/llama3.3']?.alias === 'llama', 'agents.defaults.models["ollama/llama3.3"] was lost');
      check(existsSync(`${ctx.config}.bak`), 'no openclaw.json.bak backup of the previous file');
    },
  },
  {
    name: 'string-model',
    desc: 'agents.defaults.model was a string: becomes { primary }',
    async run(ctx) {
      await writeFile(ctx.config, `{\n  // default as a bare string\n  agents: { defaults: { model: 'anthropic/claude-sonnet-4-5' } },\n}\n`, { mode: 0o600 });
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation']);
      check((await readFile(ctx.config, 'utf8')).includes('// default as a bare string'), 'comment lost');
      await verify(ctx, { primary: 'aisa/qwen3-max' });
    },
  },
  {
    name: 'key-env-file',
    desc: '--key-storage env-file: key in <state>/.env (0600), config holds the SecretRef to AISA_API_KEY; OpenClaw reads .env',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation', '--key-storage', 'env-file']);
      // No AISA_API_KEY in OpenClaw's environment: it must come from <state>/.env.
      await verify(ctx, { primary: 'aisa/qwen3-max', keyStorage: 'env-file' });
    },
  },
  {
    name: 'key-env',
    desc: '--key-storage env: key written nowhere; OpenClaw gets it from the process env',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation', '--key-storage', 'env']);
      await verify(ctx, { primary: 'aisa/qwen3-max', keyStorage: 'env', ocEnv: { AISA_API_KEY: KEY } });
    },
  },
  {
    name: 'key-inline',
    desc: '--key-storage inline: key in the config itself, file 0600',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation', '--key-storage', 'inline']);
      await verify(ctx, { primary: 'aisa/qwen3-max', keyStorage: 'inline' });
    },
  },
  {
    name: 'fallbacks',
    desc: '--fallback twice: { primary, fallbacks } in order, tagged fallback#1/#2 by OpenClaw',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--fallback', 'deepseek-v3.1', '--fallback', 'aisa/qwen-plus-2025-12-01', '--skip-validation']);
      await verify(ctx, { primary: 'aisa/qwen3-max', fallbacks: ['aisa/deepseek-v3.1', 'aisa/qwen-plus-2025-12-01'] });
    },
  },
  {
    name: 'kimi',
    desc: 'kimi-k2.5 as default (prefixed on the command line): params.temperature 1',
    async run(ctx) {
      await onboard(ctx, ['--model', 'aisa/kimi-k2.5', '--models', 'kimi-k2.5,qwen3-max', '--skip-validation']);
      await verify(ctx, { primary: 'aisa/kimi-k2.5', mustDeclare: ['kimi-k2.5', 'qwen3-max'] });
    },
  },
  {
    name: 'all-curated',
    desc: "every chat model of AIsa's newest catalog declared with --models (the generated metadata, validated by OpenClaw)",
    async run(ctx) {
      const ids = await curatedIds();
      await onboard(ctx, ['--model', 'qwen3-max', '--models', ids.join(','), '--skip-validation']);
      await verify(ctx, { primary: 'aisa/qwen3-max', mustDeclare: ids });
    },
  },
  {
    name: 'rerun-update',
    desc: 'onboard twice (new default + fallback): merged, backup rotated, still valid',
    async run(ctx) {
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation']);
      await onboard(ctx, ['--model', 'qwen-plus-2025-12-01', '--fallback', 'qwen3-max', '--skip-validation']);
      check(existsSync(`${ctx.config}.bak`), 'second run left no openclaw.json.bak');
      await verify(ctx, { primary: 'aisa/qwen-plus-2025-12-01', fallbacks: ['aisa/qwen3-max'], mustDeclare: ['qwen3-max'] });
    },
  },
  {
    name: 'include',
    desc: 'models routed through $include: the included file is edited, never flattened',
    async run(ctx) {
      await writeFile(ctx.config, INCLUDE_MAIN, { mode: 0o600 });
      await writeFile(join(ctx.state, 'models.json5'), INCLUDE_MODELS, { mode: 0o600 });
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation']);
      const main = JSON5.parse(await readFile(ctx.config, 'utf8'));
      check(main.models?.$include === './models.json5', `the main file's models.$include was replaced: ${JSON.stringify(main.models).slice(0, 200)}`);
      const back = await verify(ctx, { primary: 'aisa/qwen3-max' });
      check(back.providerFile === join(ctx.state, 'models.json5'), `the aisa block is in ${back.providerFile}, expected models.json5`);
      check(back.config.models.providers.local, 'the other provider in the included file was lost');
    },
  },
  {
    name: 'second-gateway',
    desc: 'AIsa, then another gateway beside it (--provider-id sealos, live list): aisa block untouched, default kept, both listed',
    async run(ctx) {
      const sealosKey = 'sk-compat-sealos-0000-9c2e';
      const gw = await startFakeGateway({ key: sealosKey, models: ['Doubao-lite-4k', 'glm-4-flash'] });
      try {
        await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation']);
        const first = await readBack(ctx);
        await onboard(ctx, ['--provider-id', 'sealos', '--base-url', gw.baseUrl], { key: sealosKey });
        check(gw.requests.some((r) => r.path === '/v1/models'), 'onboard --provider-id sealos never asked the second gateway for its models');
        const back = await verify(ctx, { primary: 'aisa/qwen3-max' });
        check(JSON.stringify(back.provider) === JSON.stringify(first.provider), 'the second run changed models.providers.aisa');
        const sealos = back.config.models.providers.sealos;
        check(isSecretRef(sealos?.apiKey, 'SEALOS_API_KEY'), `models.providers.sealos.apiKey is ${JSON.stringify(maskKey(sealos?.apiKey))}, expected the SecretRef to SEALOS_API_KEY`);
        check(sealos.baseUrl === gw.baseUrl, `models.providers.sealos.baseUrl is ${sealos.baseUrl}, expected ${gw.baseUrl}`);
        const envText = await readFile(join(ctx.state, '.env'), 'utf8');
        check(envText.includes(`SEALOS_API_KEY=${sealosKey}`) && envText.includes(`AISA_API_KEY=${KEY}`), '.env does not hold both keys');
        const res = await ctx.openclaw(['models', 'list', '--provider', 'sealos', '--json']);
        const out = res.stdout.trim() ? parseJsonOut(res.stdout, 'openclaw models list --provider sealos') : null;
        check(res.code === 0 && Array.isArray(out?.models), `openclaw models list --provider sealos failed (exit ${res.code}): ${tail(res.stderr || res.stdout, 400)}`);
        const keys = out.models.map((m) => m.key);
        const lost = ['sealos/Doubao-lite-4k', 'sealos/glm-4-flash'].filter((k) => !keys.includes(k));
        check(!lost.length, `OpenClaw does not list ${lost.join(', ')} (lists ${keys.join(', ') || 'nothing'})`);
        const unusable = out.models.filter((m) => m.available !== true).map((m) => m.key);
        check(!unusable.length, `OpenClaw says not available (no usable key?): ${unusable.join(', ')}`);
        ctx.summary += `; + sealos (${keys.length} models)`;
      } finally {
        await gw.close();
      }
    },
  },
  {
    name: 'seed000-doctor',
    desc: "seed 000's example (stale qwen3-plus, no apiKey) repaired by `aisa-setup doctor --fix --yes`",
    async run(ctx) {
      return doctorRepair(ctx, SEED_000_EXAMPLE, {
        primary: 'aisa/qwen-plus-2025-12-01',
        mustDeclare: ['qwen-plus-2025-12-01'],
        gone: ['qwen3-plus', 'qwen-plus', 'qwen-plus-latest', 'qwen3-flash', 'qwen-turbo', 'qwen-turbo-latest'],
      });
    },
  },
  {
    name: 'retired-doctor',
    desc: "a February config naming ids AIsa has retired (gpt-5, claude-opus-4-1-20250805, gemini-3-pro-preview…) against September's list: `doctor --fix --yes` puts the listed successors in place",
    async run(ctx) {
      await doctorRepair(ctx, RETIRED_IDS_EXAMPLE, {
        primary: 'aisa/gpt-5.5',
        mustDeclare: ['gpt-5.5', 'claude-opus-5', 'gemini-3.5-flash', 'gpt-5.4-mini', 'qwen3-max'],
        gone: ['gpt-5', 'gpt-5-mini', 'claude-opus-4-1-20250805', 'gemini-3-pro-preview', 'gpt-oss-120b'],
        models: SEPTEMBER_IDS,
      });
      ctx.summary = 'gpt-5 → gpt-5.5, claude-opus-4-1-20250805 → claude-opus-5, gemini-3-pro-preview → gemini-3.5-flash, gpt-5-mini → gpt-5.4-mini; gpt-oss-120b dropped; OpenClaw validates and lists them';
    },
  },
  {
    name: 'seed000-onboard',
    desc: "onboard over seed 000's example: the user's claude-sonnet-4-5 and gemini-2.5-flash stay in `openclaw models list` beside the new models",
    async run(ctx) {
      await writeFile(ctx.config, SEED_000_EXAMPLE, { mode: 0o600 });
      await onboard(ctx, ['--model', 'qwen3-max', '--skip-validation']);
      await verify(ctx, { primary: 'aisa/qwen3-max', mustDeclare: ['claude-sonnet-4-5', 'gemini-2.5-flash'] });
    },
  },
  {
    name: 'seed001-doctor',
    desc: "seed 001's example (aisa/ ids, supportsDeveloperRole on models) repaired by `aisa-setup doctor --fix --yes`",
    async run(ctx) {
      return doctorRepair(ctx, SEED_001_EXAMPLE, {
        primary: 'aisa/qwen3-max',
        mustDeclare: CORE,
        gone: [],
      });
    },
  },
  ...pluginScenarios,
  ...registryScenarios,
  ...arrivalScenarios,
];
