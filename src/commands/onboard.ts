import { join } from 'node:path';
import { providerOf, type Context } from '../context.js';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { assertNotNixManaged, locateConfig } from '../targets/openclaw/locate.js';
import { modelRef } from '../targets/openclaw/provider.js';
import { maskKey } from '../secret.js';
import { lowBalanceWarning } from '../gateway/balance-view.js';
import { applyOnboardEdit, printSummary } from './onboard-apply.js';
import { parseOnboardFlags, type OnboardFlags } from './onboard-flags.js';
import { checkGatewayInputs, chooseFor, gatewayMissingKey } from './onboard-other.js';
import { findKey, missingKeyError, noPromptReason } from './key-source.js';
import { lookAround } from './look-around.js';
import { runPicoclawOnboard } from '../targets/picoclaw/onboard.js';
import { probeDefault, validateKey, type GatewayView, type ProbeOutcome } from './onboard-gateway.js';

export async function runOnboard(ctx: Context, raw: Record<string, unknown>): Promise<number> {
  const provider = providerOf(ctx);
  const flags = parseOnboardFlags(raw, provider.id);
  if (ctx.opts.target === 'picoclaw') {
    return runPicoclawOnboard(ctx, flags);
  }
  const { stdin, stdout } = ctx.io;
  // Decided once, before any prompt exists: a prompt on a pipe would read it or wait forever.
  const interactive = !flags.nonInteractive && !ctx.opts.json && Boolean(stdin.isTTY && stdout.isTTY);
  if (interactive && provider.isAisa) {
    const { runInteractiveOnboard } = await import('../load/terminal.js');
    return runInteractiveOnboard(ctx, flags);
  }
  // The questions are about AIsa's catalog; another gateway is set up from flags alone.
  if (interactive) ctx.out.warn(t().gateways.noQuestions);
  return runScriptedOnboard(ctx, flags);
}

/** The scripted twin: every answer from a flag, the environment or a default; never a prompt. */
export async function runScriptedOnboard(ctx: Context, flags: OnboardFlags): Promise<number> {
  const warnings: string[] = [];
  const warn = (s: string) => {
    warnings.push(s);
    ctx.out.warn(`! ${s}`);
  };
  const provider = providerOf(ctx);
  checkGatewayInputs(ctx, provider, flags);
  const loc = locateConfig({ config: ctx.opts.config, profile: ctx.opts.profile, env: ctx.io.env, cwd: ctx.io.cwd });
  assertNotNixManaged(loc.path, ctx.io.env);
  const found = await findKey(ctx.io, flags, loc.stateDir, provider.keyEnvVar);
  if (!found) throw provider.isAisa ? missingKeyError(noPromptReason(ctx.opts.json, flags.nonInteractive)) : gatewayMissingKey(provider);
  const around = await lookAround(loc, provider.id, provider.keyEnvVar);
  if (loc.legacy.length) warn(t().onboard.legacyFound(loc.legacy.join(', ')));
  for (const d of around.duplicates) warn(d);

  const gateway = await validateKey(ctx, found.key, { skip: flags.skipValidation, configured: around.baseUrl });
  const choice = chooseFor(provider, flags, around, gateway, warn);
  const keyStorage = flags.keyStorage ?? 'env-file';
  if (keyStorage === 'env' && !ctx.io.env[provider.keyEnvVar]) warn(provider.isAisa ? t().onboard.keyEnvNotSet : t().gateways.keyEnvNotSet(provider.keyEnvVar));
  // OpenClaw lets the process environment win over .env: a different key there would be the one used.
  const envKey = ctx.io.env[provider.keyEnvVar];
  if (keyStorage === 'env-file' && provider.isAisa && envKey && envKey.trim() !== found.key) warn(t().onboard.envKeyDiffers);
  const edit = {
    baseUrl: gateway.baseUrl,
    apiKey: found.key,
    keyStorage,
    entries: choice.entries,
    primary: choice.primary,
    fallbacks: choice.fallbacks,
    provider,
  };
  const result = await applyOnboardEdit(loc, edit, { dryRun: flags.dryRun, diffsAfterWrite: false });
  if (result === 'cancelled') throw new CliError('cancelled', ExitCode.cancelled, t().cli.cancelled);

  if (flags.dryRun && !ctx.opts.json) {
    ctx.out.say(result.diffs.length ? t().onboard.dryRunHeader : t().onboard.nothingToChange);
    for (const d of result.diffs) ctx.out.say(d.diff);
  } else if (!ctx.opts.json) {
    printSummary(ctx, loc, edit, result, { defaultRef: around.defaultRef, balance: gateway.balance });
  }
  // After the write and its summary: a probe failure (balance, channel) does not make the config
  // wrong, but a script that asked for the probe learns of it from `ok` and the exit code.
  const probeModel = choice.primary;
  const probe = flags.probe && probeModel ? await scriptedProbe(ctx, found.key, gateway, probeModel, flags.skipValidation, warn, provider.id) : undefined;
  const probeFailed = probe !== undefined && probe.exitCode !== ExitCode.ok;
  if (ctx.opts.json) {
    const low = gateway.balance && lowBalanceWarning(gateway.balance);
    if (low) warnings.push(low);
    ctx.out.document({
      ok: !probeFailed,
      ...(probeFailed && probe.error ? { error: probe.error.toJSON() } : {}),
      configPath: loc.path,
      backupPath: result.backupPath,
      changed: result.changed,
      dryRun: flags.dryRun,
      keyStorage,
      // Where the key itself lives when it is not in the config: the one file to protect.
      envFile: keyStorage === 'env-file' ? join(loc.stateDir, '.env') : null,
      keyMasked: maskKey(found.key),
      keySource: found.source,
      provider: { baseUrl: gateway.baseUrl, models: result.providerModels },
      ...(provider.isAisa ? {} : { providerId: provider.id }),
      defaultModel: choice.primary === undefined ? (around.defaultRef ?? null) : `${provider.id}/${choice.primary}`,
      fallbacks: (choice.primary === undefined ? (around.fallbacks ?? []) : (choice.fallbacks ?? around.fallbacks ?? [])).map((f) => modelRef(f, provider.id)),
      warnings,
      ...(flags.dryRun ? { diffs: result.diffs } : {}),
      ...(probe ? { probe: probe.report } : {}),
      // null: not asked (--skip-validation) or not reported by the gateway.
      balance: gateway.balance ?? null,
    });
  }
  return probe?.exitCode ?? ExitCode.ok;
}

/** --probe without a terminal: one chat to the default model, said on stderr, reported in --json. */
async function scriptedProbe(
  ctx: Context,
  key: string,
  gateway: GatewayView,
  model: string,
  offline: boolean,
  warn: (s: string) => void,
  providerId: string,
): Promise<ProbeOutcome | undefined> {
  const m = t().onboard;
  if (offline || !gateway.liveIds) {
    warn(m.probeSkippedOffline);
    return undefined;
  }
  const outcome = await probeDefault(ctx, key, gateway, model, providerId);
  if (outcome.report.ok) ctx.out.say(m.probeOk(outcome.report.model, outcome.report.latencyMs ?? 0));
  else {
    warn(`${m.probeFailed(outcome.report.model)} ${outcome.error?.message ?? outcome.report.problem}`);
    if (outcome.error?.fix) ctx.out.warn(`  ${outcome.error.fix}`);
  }
  return outcome;
}
