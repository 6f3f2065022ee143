// Asking OpenClaw itself about a written config: `config validate`, `models list`, and `verify`, the
// standard tail of a scenario (read back, check the defaults, then both OpenClaw checks).
import { check, fail, parseJsonOut, secs, tail } from './common.mjs';
import { readBack } from './harness.mjs';

/** `openclaw config validate --json`: valid, and no warning (a missing ${AISA_API_KEY} is only a warning). */
export async function validate(ctx, { env } = {}) {
  const res = await ctx.openclaw(['config', 'validate', '--json'], { env });
  ctx.notes.push(`validate ${secs(res.ms)}`);
  const out = res.stdout.trim() ? parseJsonOut(res.stdout, 'openclaw config validate') : null;
  if (res.code !== 0 || !out?.valid) {
    const issues = (out?.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('; ');
    fail(`openclaw config validate: INVALID (exit ${res.code}) ${issues || tail(res.stderr || res.stdout, 400)}`);
  }
  const warnings = (out.warnings ?? []).map((w) => `${w.path}: ${w.message}`);
  check(!warnings.length, `openclaw config validate: valid but warns: ${warnings.join('; ')}`);
  return out;
}

/** `openclaw models list --provider aisa --json`: every declared model listed, default and fallbacks tagged. */
export async function modelsList(ctx, { ids, declared = [], primary, fallbacks = [], env } = {}) {
  const res = await ctx.openclaw(['models', 'list', '--provider', 'aisa', '--json'], { env });
  ctx.notes.push(`models list ${secs(res.ms)}`);
  const out = res.stdout.trim() ? parseJsonOut(res.stdout, 'openclaw models list') : null;
  check(res.code === 0 && out && Array.isArray(out.models), `openclaw models list failed (exit ${res.code}): ${out?.error?.message ?? tail(res.stderr || res.stdout, 400)}`);
  const byKey = new Map(out.models.map((m) => [m.key, m]));
  const missing = ids.filter((id) => !byKey.has(`aisa/${id}`));
  check(!missing.length, `openclaw models list lacks ${missing.map((id) => `aisa/${id}`).join(', ')} (lists ${[...byKey.keys()].join(', ') || 'nothing'})`);
  const p = byKey.get(primary);
  check(p, `openclaw models list lacks the default ${primary}`);
  check(p.tags?.includes('default'), `${primary} is not tagged "default" by OpenClaw (tags: ${JSON.stringify(p.tags)})`);
  const others = out.models.filter((m) => m.key !== primary && m.tags?.includes('default')).map((m) => m.key);
  check(!others.length, `OpenClaw tags another default too: ${others.join(', ')}`);
  fallbacks.forEach((fb, i) => {
    const m = byKey.get(fb);
    check(m?.tags?.includes(`fallback#${i + 1}`), `${fb} is not tagged "fallback#${i + 1}" (tags: ${JSON.stringify(m?.tags)})`);
  });
  const unavailable = ids.filter((id) => byKey.get(`aisa/${id}`)?.available !== true);
  check(!unavailable.length, `OpenClaw says not available (no usable key?): ${unavailable.join(', ')}`);
  // OpenClaw must have read our metadata, not fallen back to its generic 128000 / text-only defaults.
  for (const m of declared) {
    const seen = byKey.get(`aisa/${m.id}`);
    if (typeof m.contextWindow === 'number') {
      check(seen.contextWindow === m.contextWindow, `OpenClaw shows contextWindow ${seen.contextWindow} for aisa/${m.id}, the config says ${m.contextWindow}`);
    }
    if (Array.isArray(m.input)) {
      check(seen.input === m.input.join('+'), `OpenClaw shows input "${seen.input}" for aisa/${m.id}, the config says ${JSON.stringify(m.input)}`);
    }
  }
  return out;
}

/** The standard tail of an onboard scenario: read back, then ask OpenClaw. */
export async function verify(ctx, { primary, fallbacks = [], mustDeclare = [], keyStorage = 'env-file', ocEnv, requireAllowList = true } = {}) {
  const back = await readBack(ctx, { keyStorage });
  const model = back.defaults.model;
  check(model && typeof model === 'object', `agents.defaults.model should be {primary…}, is ${JSON.stringify(model)}`);
  check(model.primary === primary, `agents.defaults.model.primary is ${JSON.stringify(model.primary)}, expected "${primary}"`);
  if (fallbacks.length) {
    check(JSON.stringify(model.fallbacks) === JSON.stringify(fallbacks), `fallbacks are ${JSON.stringify(model.fallbacks)}, expected ${JSON.stringify(fallbacks)}`);
  }
  const bare = (ref) => ref.replace(/^aisa\//, '');
  const need = [...new Set([bare(primary), ...fallbacks.map(bare), ...mustDeclare])];
  const undeclared = need.filter((id) => !back.ids.includes(id));
  check(!undeclared.length, `not declared in the provider block: ${undeclared.join(', ')}`);
  // onboard must write the record (contract); a repaired config may have none at all, which OpenClaw reads as
  // "no allow-list". Where the record exists, older OpenClaw builds treat it as an allow-list: all must be in it.
  check(back.defaults.models || !requireAllowList, 'agents.defaults.models was not written');
  const allow = back.defaults.models ?? {};
  const notAllowed = back.defaults.models ? back.ids.filter((id) => !(`aisa/${id}` in allow)) : [];
  check(!notAllowed.length, `agents.defaults.models lacks ${notAllowed.map((id) => `aisa/${id}`).join(', ')}`);
  if (back.ids.includes('kimi-k2.5')) {
    check(allow['aisa/kimi-k2.5']?.params?.temperature === 1, 'agents.defaults.models["aisa/kimi-k2.5"].params.temperature is not 1');
  }
  await validate(ctx, { env: ocEnv });
  await modelsList(ctx, { ids: back.ids, declared: back.provider.models, primary, fallbacks, env: ocEnv });
  ctx.summary = `${back.ids.length} models, default ${primary}${fallbacks.length ? ` → ${fallbacks.join(' → ')}` : ''}`;
  return back;
}

