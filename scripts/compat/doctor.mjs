// `aisa-setup doctor --fix` scenarios: seed a broken config, let doctor repair it, then verify the result.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './install.mjs';
import { startFakeGateway } from './fake-gateway.mjs';
import { BIN, KEY, check, isSecretRef, secs, tail } from './common.mjs';
import { loadResolved, maybeBreak } from './harness.mjs';
import { verify } from './checks.mjs';

let doctorProbe;
/** Is `aisa-setup doctor --fix` there? Detected by running it, once. */
function doctorAvailable() {
  doctorProbe ??= (async () => {
    const res = await run(process.execPath, [BIN, 'doctor', '--help'], {
      env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), NO_COLOR: '1' },
      timeoutMs: 30_000,
    });
    if (res.code === 0 && /--fix\b/.test(res.stdout + res.stderr)) return { ok: true };
    return { ok: false, reason: `\`aisa-setup doctor --help\` exited ${res.code}: ${tail(res.stderr || res.stdout, 160) || 'no output'}` };
  })();
  return doctorProbe;
}

/**
 * `beside`: more files to put next to the config first (name → text); `models`: what the fake gateway
 * lists (default its own); `exported`: whether AISA_API_KEY is in the environment (the seeds say so).
 */
export async function doctorRepair(ctx, seedText, { primary, mustDeclare, gone, beside = {}, models, exported = true, beforeFix }) {
  const avail = await doctorAvailable();
  if (!avail.ok) return { skip: `doctor is not available yet (${avail.reason})` };
  await writeFile(ctx.config, seedText, { mode: 0o600 });
  for (const [name, text] of Object.entries(beside)) await writeFile(join(ctx.state, name), text, { mode: 0o600 });
  await beforeFix?.(ctx);
  // The seeds tell users to `export AISA_API_KEY`, so the key is in the environment; the gateway is the loopback fake.
  const gw = await startFakeGateway({ key: KEY, ...(models ? { models } : {}) });
  try {
    const env = exported ? { AISA_API_KEY: KEY } : {};
    const res = await ctx.aisa(['doctor', '--fix', '--yes', '--config', ctx.config, '--base-url', gw.baseUrl], { env });
    ctx.notes.push(`doctor --fix ${secs(res.ms)} exit ${res.code}`);
    check(res.code === 0 || res.code === 1, `aisa-setup doctor --fix exited ${res.code}: ${tail(res.stderr || res.stdout)}`);
    check(!`${res.stdout}\n${res.stderr}`.includes(KEY), 'aisa-setup doctor printed the API key unmasked');
    await maybeBreak(ctx);
    const loaded = await loadResolved(ctx.config);
    const provider = loaded.config?.models?.providers?.aisa;
    check(provider, 'no models.providers.aisa after doctor --fix');
    const keyStorage = provider.apiKey === KEY ? 'inline' : isSecretRef(provider.apiKey) && existsSync(join(ctx.state, '.env')) ? 'env-file' : 'env';
    const back = await verify(ctx, { primary, mustDeclare, keyStorage, ocEnv: keyStorage === 'env' ? env : undefined, requireAllowList: false });
    const stale = back.ids.filter((id) => gone.includes(id));
    check(!stale.length, `stale ids still declared after doctor --fix: ${stale.join(', ')}`);
    if (res.code === 1) ctx.summary += '; doctor still reports a fail after --fix (exit 1)';
    return { back, loaded };
  } finally {
    await gw.close();
  }
}

