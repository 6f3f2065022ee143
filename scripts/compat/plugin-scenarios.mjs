// The seeds' own OpenClaw commands, through the aisa plugin installed from the packed package:
// OpenClaw's onboarding with the auth choice, the env-only path, the live catalog, kimi-k2.5's
// temperature, the skill, uninstall, and the plugin beside an aisa-setup provider block.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MODELS, startFakeGateway } from './fake-gateway.mjs';
import { CORE, JSON5, KEY, ROOT, check, parseJsonOut, tail } from './common.mjs';
import { onboard } from './harness.mjs';
import { modelsList, validate } from './checks.mjs';
import { agentTurn, installPlugin, ocOnboard, stateContains, validClean } from './plugin-harness.mjs';
import { ttyOnboard } from './plugin-tty.mjs';

const REPLY = 'pong through the aisa plugin';
const WRONG = 'sk-compat-wrong-0000-1111';
// Listed by the gateway, but not chat models (translation, image, video, embedding, rerank) or
// served by AIsa on /v1/messages only (claude-opus-5-5: the provider speaks /v1/chat/completions):
// the catalog must leave them out, even with every model tagged `openai` as new-api does.
const NOT_CHAT = ['qwen-mt-flash', 'qwen-mt-lite', 'wan2.2-t2i-flash', 'wan2.7-image', 'wan2.7-t2v', 'gpt-image-2', 'happyhorse-1.1-i2v', 'seedream-5-0-260128', 'text-embedding-3-small', 'jina-embeddings-v3', 'jina-reranker-v3', 'claude-opus-5-5'];
const LIVE_ONLY = 'glm-4-plus';

/**
 * `openclaw models list --provider aisa --json` without --refresh and without a running Gateway:
 * the manifest's static rows (the curated set) must be there; no request to the gateway.
 */
async function offlineRows(ctx, gw, env) {
  gw.requests.length = 0;
  const res = await ctx.openclaw(['models', 'list', '--provider', 'aisa', '--json'], { env });
  const out = res.stdout.trim() ? parseJsonOut(res.stdout, 'openclaw models list') : null;
  check(res.code === 0 && Array.isArray(out?.models), `models list failed (exit ${res.code}): ${tail(res.stderr || res.stdout)}`);
  const keys = out.models.map((m) => m.key);
  const missing = CORE.filter((id) => !keys.includes(`aisa/${id}`));
  check(!missing.length, `models list (no --refresh) lacks ${missing.join(', ')}: it lists ${keys.join(', ') || 'nothing ("No models found.")'}`);
  check(!gw.requests.some((r) => r.path === '/v1/models'), 'models list without --refresh asked the gateway');
  return keys;
}

async function withGateway(opts, fn) {
  const gw = await startFakeGateway({ key: KEY, reply: REPLY, ...opts });
  try {
    return await fn(gw);
  } finally {
    await gw.close();
  }
}

async function editConfig(ctx, change) {
  const config = JSON5.parse(await readFile(ctx.config, 'utf8'));
  change(config);
  await writeFile(ctx.config, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
}

export const pluginScenarios = [
  {
    name: 'plugin-onboard',
    desc: 'npm-pack:<tgz> install; `openclaw onboard --non-interactive --auth-choice aisa-api-key --aisa-api-key`: a wrong key refused, the right one checked live; a turn on the default',
    async run(ctx) {
      return withGateway({}, async (gw) => {
        const env = { AISA_BASE_URL: gw.baseUrl };
        const pkg = await installPlugin(ctx, 'tgz');
        check(pkg.kB <= 400, `the tarball is ${pkg.kB} kB, more than 400`);
        const bad = await ocOnboard(ctx, ['--aisa-api-key', WRONG], env);
        const badOut = `${bad.stdout}\n${bad.stderr}`;
        check(bad.code !== 0, 'onboarding accepted a key the gateway answers 401 for');
        check(badOut.includes('did not accept the key') && badOut.includes('sk-…1111'), `no diagnosis for the wrong key: ${tail(badOut, 400)}`);
        check(!badOut.includes(WRONG), 'the wrong key was printed unmasked');
        check(!(await stateContains(ctx.state, WRONG)), 'the refused key was stored anyway');
        gw.requests.length = 0;
        const good = await ocOnboard(ctx, ['--aisa-api-key', KEY], env);
        check(good.code === 0, `onboarding with the right key exited ${good.code}: ${tail(good.stderr || good.stdout)}`);
        const listed = gw.requests.filter((r) => r.path === '/v1/models');
        check(listed.length === 1 && listed[0].headers.authorization === `Bearer ${KEY}`, `the key was not checked once against GET /v1/models (${listed.length} requests)`);
        check(!`${good.stdout}${good.stderr}`.includes(KEY), 'onboarding printed the key unmasked');
        const config = await validClean(ctx, env);
        check(config.agents?.defaults?.model?.primary === 'aisa/qwen3-max', `default model is ${JSON.stringify(config.agents?.defaults?.model)}, expected aisa/qwen3-max`);
        check(config.auth?.profiles?.['aisa:default'], 'no auth.profiles["aisa:default"] written');
        check(!config.models?.providers?.aisa, 'the plugin path wrote a models.providers.aisa block');
        const rows = await offlineRows(ctx, gw, env);
        const [first] = await agentTurn(ctx, gw, env, REPLY);
        check(first.body?.model === 'qwen3-max', `the turn asked for ${JSON.stringify(first.body?.model)}, expected qwen3-max`);
        ctx.summary = `tarball ${pkg.kB} kB; wrong key refused (401 diagnosed), models list shows ${rows.length} rows offline, default aisa/qwen3-max answered`;
      });
    },
  },
  {
    name: 'plugin-tty',
    desc: '`openclaw onboard --auth-choice aisa-api-key` on a terminal (tmux): a refused key diagnosed and asked again, the right one accepted, live test',
    run: (ctx) => ttyOnboard(ctx, ctx.oc),
  },
  {
    name: 'plugin-env-only',
    desc: 'AISA_API_KEY + `openclaw models set aisa/kimi-k2.5` (temperature 0.7 configured, 1 sent); models list: curated rows offline, --refresh: the key\'s chat models only (every model tagged openai); skills list; uninstall',
    async run(ctx) {
      return withGateway({ models: [...DEFAULT_MODELS, LIVE_ONLY, ...NOT_CHAT.filter((id) => !DEFAULT_MODELS.includes(id))], tags: ['openai'] }, async (gw) => {
        const env = { AISA_API_KEY: KEY, AISA_BASE_URL: gw.baseUrl };
        await installPlugin(ctx, 'dir');
        const set = await ctx.openclaw(['models', 'set', 'aisa/kimi-k2.5'], { env });
        check(set.code === 0, `openclaw models set aisa/kimi-k2.5 exited ${set.code}: ${tail(set.stderr || set.stdout)}`);
        await editConfig(ctx, (c) => {
          c.agents.defaults.models = { ...c.agents.defaults.models, 'aisa/kimi-k2.5': { params: { temperature: 0.7 } } };
        });
        await validClean(ctx, env);
        const [first] = await agentTurn(ctx, gw, env, REPLY);
        check(first.body?.model === 'kimi-k2.5', `the turn asked for ${JSON.stringify(first.body?.model)}, expected kimi-k2.5`);
        check(first.body?.temperature === 1, `kimi-k2.5 was sent temperature ${JSON.stringify(first.body?.temperature)} (configured 0.7, must be 1)`);

        const offline = await offlineRows(ctx, gw, env);
        gw.requests.length = 0;
        const list = await ctx.openclaw(['models', 'list', '--refresh', '--provider', 'aisa', '--json'], { env });
        const out = list.stdout.trim() ? parseJsonOut(list.stdout, 'openclaw models list --refresh') : null;
        check(list.code === 0 && Array.isArray(out?.models), `models list --refresh failed (exit ${list.code}): ${tail(list.stderr || list.stdout)}`);
        check(gw.requests.some((r) => r.path === '/v1/models'), '--refresh never asked the gateway for the live list');
        const keys = out.models.map((m) => m.key);
        check(keys.includes(`aisa/${LIVE_ONLY}`), `the live-only ${LIVE_ONLY} is missing: the list is not the key's (${keys.join(', ')})`);
        const leaked = NOT_CHAT.filter((id) => keys.includes(`aisa/${id}`));
        check(!leaked.length, `models that cannot chat are listed: ${leaked.join(', ')}`);
        const qwen = out.models.find((m) => m.key === 'aisa/qwen3-max');
        check(qwen?.contextWindow === 262144 && qwen.input === 'text+image', `aisa/qwen3-max lacks our catalog's metadata: ${JSON.stringify(qwen)}`);

        const skills = await ctx.openclaw(['skills', 'list', '--json'], { env });
        const skill = (parseJsonOut(skills.stdout, 'openclaw skills list').skills ?? []).find((s) => s.name === 'aisa');
        check(skill?.eligible === true, `skills list: the aisa skill is ${skill ? 'not eligible' : 'missing'}`);

        const un = await ctx.openclaw(['plugins', 'uninstall', 'aisa', '--force'], { env });
        check(un.code === 0, `openclaw plugins uninstall aisa exited ${un.code}: ${tail(un.stderr || un.stdout)}`);
        const after = await validClean(ctx, env);
        // OpenClaw keeps the entry, disabled, and removes the copy it installed.
        check(after.plugins?.entries?.aisa?.enabled !== true, 'plugins.entries.aisa is still enabled after uninstall');
        check(!existsSync(join(ctx.state, 'extensions', 'aisa')), 'the installed copy is still in extensions/aisa after uninstall');
        ctx.summary = `kimi-k2.5 sent temperature 1; ${offline.length} rows offline; refresh listed ${keys.length} chat models (${NOT_CHAT.length} non-chat left out); skill eligible; uninstalled, config valid`;
      });
    },
  },
  {
    name: 'plugin-env-ref',
    desc: 'AISA_API_KEY exported, `openclaw onboard --auth-choice aisa-api-key` without the flag: a reference stored, never the key',
    async run(ctx) {
      return withGateway({}, async (gw) => {
        const env = { AISA_API_KEY: KEY, AISA_BASE_URL: gw.baseUrl };
        await installPlugin(ctx, 'dir');
        const res = await ocOnboard(ctx, [], env);
        check(res.code === 0, `onboarding from AISA_API_KEY exited ${res.code}: ${tail(res.stderr || res.stdout)}`);
        check(gw.requests.some((r) => r.path === '/v1/models' && r.headers.authorization === `Bearer ${KEY}`), 'the key from the environment was not checked live');
        await validClean(ctx, env);
        check(!(await stateContains(ctx.state, KEY)), "the key's value was stored in OpenClaw's state: expected a reference to AISA_API_KEY");
        check(await stateContains(ctx.state, 'AISA_API_KEY'), 'no reference to AISA_API_KEY in the state');
        await agentTurn(ctx, gw, env, REPLY);
        ctx.summary = 'key checked live, stored as a reference to AISA_API_KEY, turn answered';
      });
    },
  },
  {
    name: 'plugin-with-block',
    desc: 'aisa-setup onboard (provider block) and the plugin together: the block wins (its baseUrl), the plugin still forces kimi temperature 1',
    async run(ctx) {
      return withGateway({}, async (blockGw) =>
        withGateway({}, async (pluginGw) => {
          await onboard(ctx, ['--model', 'kimi-k2.5', '--base-url', blockGw.baseUrl]);
          await installPlugin(ctx, 'dir');
          await editConfig(ctx, (c) => {
            c.agents.defaults.models['aisa/kimi-k2.5'].params.temperature = 0.7;
          });
          const env = { AISA_BASE_URL: pluginGw.baseUrl };
          await validClean(ctx, env);
          const [first] = await agentTurn(ctx, blockGw, env, REPLY);
          check(!pluginGw.requests.some((r) => r.path === '/v1/chat/completions'), "a turn went to the plugin's base URL, not the block's");
          check(first.body?.temperature === 1, `kimi-k2.5 was sent temperature ${JSON.stringify(first.body?.temperature)} with the block (must be 1)`);
          ctx.summary = "turn to the block's gateway, temperature 1";
        }),
      );
    },
  },
  {
    name: 'skill-config',
    desc: "the aisa skill's example config (seed 001 as it should have been) passes OpenClaw's validator and lists every model",
    async run(ctx) {
      const skill = await readFile(join(ROOT, 'skills', 'aisa', 'SKILL.md'), 'utf8');
      const block = skill.match(/```json\n([\s\S]*?)```/)?.[1];
      check(block, 'SKILL.md has no ```json config block');
      await writeFile(ctx.config, block, { mode: 0o600 });
      const config = JSON5.parse(block);
      const env = { AISA_API_KEY: KEY };
      await validate(ctx, { env });
      const ids = config.models.providers.aisa.models.map((m) => m.id);
      await modelsList(ctx, { ids, declared: config.models.providers.aisa.models, primary: config.agents.defaults.model.primary, fallbacks: config.agents.defaults.model.fallbacks, env });
      ctx.summary = `${ids.length} models valid, default ${config.agents.defaults.model.primary}`;
    },
  },
];
