// Configs AIsa's own script and tutorial leave behind (test/fixtures/arrivals/, written from AIsa's
// published model data by scripts/arrival-fixtures.mjs), repaired by `aisa-setup doctor --fix --yes`:
// OpenClaw 2026.9.6 rejects each as it arrives (facts.md) and must accept each after the repair.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEY, ROOT, check, isSecretRef } from './common.mjs';
import { doctorRepair } from './doctor.mjs';

const dir = join(ROOT, 'test', 'fixtures', 'arrivals');
const text = (name) => readFileSync(join(dir, name), 'utf8').split('__KEY__').join(KEY);
const LISTED = JSON.parse(readFileSync(join(dir, 'listed-2026-09-30.json'), 'utf8'));
const declaredIds = (name) => JSON.parse(text(name)).models.providers.aisa.models.map((m) => m.id);
const BACKUP = 'openclaw.json.bak.20260214093012';

/** After the repair: no rejected key, no key in the file or its env block, the key behind a SecretRef. */
function checkArrivalRepair(loaded) {
  const cfg = loaded.config;
  check(cfg.meta?.lastTouchedAt === undefined, 'meta.lastTouchedAt is still there (OpenClaw 2026.9.6 rejects it)');
  check(cfg.gateway?.tailscale?.resetOnExit === undefined, 'gateway.tailscale.resetOnExit is still there (OpenClaw 2026.9.6 rejects it)');
  check(cfg.env?.AISA_API_KEY === undefined && cfg.env?.vars?.AISA_API_KEY === undefined, 'the key is still in the config env block');
  check(isSecretRef(cfg.models.providers.aisa.apiKey), 'models.providers.aisa.apiKey is not the SecretRef to AISA_API_KEY');
}

/** As it arrives, OpenClaw itself refuses the file (facts.md): the fixture is the real thing. */
const rejectedAsIs = (what) => async (ctx) => {
  const res = await ctx.openclaw(['config', 'validate', '--json']);
  ctx.notes.push(`validate as-is exit ${res.code}`);
  check(res.code !== 0 && res.stdout.includes(what), `openclaw config validate accepted the file as it arrives (or did not name ${what}): exit ${res.code}`);
};

export const arrivalScenarios = [
  {
    name: 'aisa-script-doctor',
    desc: "AIsa's one-command script output (56 models, key inline, rejected stamps, backup beside it) repaired by `doctor --fix --yes`",
    async run(ctx) {
      const gone = declaredIds('script/openclaw.json').filter((id) => !LISTED.includes(id) || /^qwen-mt-|^seedream/.test(id));
      const out = await doctorRepair(ctx, text('script/openclaw.json'), {
        primary: 'aisa/claude-haiku-4-5-20251001',
        mustDeclare: ['claude-haiku-4-5-20251001', 'qwen3-max', 'kimi-k2.5'],
        gone,
        beside: { [BACKUP]: text(`script/${BACKUP}`) },
        models: LISTED,
        // The script puts the key in the file; nothing exported, so --fix moves it to .env.
        exported: false,
        beforeFix: rejectedAsIs('lastTouchedAt'),
      });
      if (out?.skip) return out;
      checkArrivalRepair(out.loaded);
      check(out.loaded.config.agents.defaults.models['anthropic/claude-opus-4-5']?.alias === 'opus', 'the anthropic/claude-opus-4-5 alias was not kept');
      check(out.loaded.config.channels === undefined, 'the backup was merged back without being asked');
      ctx.summary += `; ${gone.length} retired or non-chat ids gone`;
    },
  },
  {
    name: 'aisa-tutorial-doctor',
    desc: "AIsa's tutorial block (env.AISA_API_KEY, id+name-only models) repaired by `doctor --fix --yes`",
    async run(ctx) {
      const out = await doctorRepair(ctx, text('tutorial/openclaw.json'), {
        primary: 'aisa/kimi-k2.5',
        mustDeclare: declaredIds('tutorial/openclaw.json'),
        gone: [],
        models: LISTED,
        beforeFix: rejectedAsIs('AISA_API_KEY'),
      });
      if (out?.skip) return out;
      checkArrivalRepair(out.loaded);
      check(out.loaded.config.models.mode === 'merge', 'models.mode changed');
    },
  },
  {
    name: 'aisa-tutorial-old-doctor',
    desc: "an older AIsa tutorial (gpt-4.1 default, retired ids) repaired by `doctor --fix --yes`: successors in place",
    async run(ctx) {
      const out = await doctorRepair(ctx, text('tutorial-old/openclaw.json'), {
        primary: 'aisa/gpt-5.5',
        mustDeclare: ['gpt-5.5', 'gpt-5.4-mini', 'deepseek-v3.1', 'qwen3-max', 'kimi-k2.5'],
        gone: ['gpt-4.1', 'gpt-5-mini', 'claude-sonnet-4-20250514', 'gemini-2.5-flash'],
        models: LISTED,
      });
      if (out?.skip) return out;
      checkArrivalRepair(out.loaded);
    },
  },
];
