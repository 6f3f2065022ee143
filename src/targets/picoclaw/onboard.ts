import { providerOf, type Context } from '../../context.js';
import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { balanceText, lowBalanceWarning } from '../../gateway/balance-view.js';
import { maskKey, registerSecret } from '../../secret.js';
import { colorDiff, makeColors } from '../../ui/color.js';
import type { Prompts } from '../../ui/prompts.js';
import { askKeyMasked, findKey, missingKeyError, noPromptReason } from '../../commands/key-source.js';
import type { OnboardFlags } from '../../commands/onboard-flags.js';
import { validateKey } from '../../commands/onboard-gateway.js';
import { checkGatewayInputs, chooseFor, gatewayMissingKey } from '../../commands/onboard-other.js';
import { applyPicoclawEdit } from './apply.js';
import { defaultsAfter, keyFileFor } from './plan.js';
import { loadPicoclaw } from './config.js';
import { locatePicoclaw } from './locate.js';
import { CURRENT_VERSION, isVariableName, nameFor, readPicoState } from './state.js';

/**
 * `onboard --target picoclaw`: models, default and fallbacks from flags, the environment and
 * defaults, writing `model_list` entries and `agents.defaults.model_name`/`model_fallbacks` in the
 * version the file already has (a new file: version 3). PicoClaw has no `.env`: the key goes where
 * PicoClaw reads it (`.security.yml` or the entries' `api_keys`, see keyStoreOf), in files kept 0600.
 * On a terminal it asks for a key it cannot find (masked) and shows the diff before writing, unless
 * --yes or --dry-run.
 */
export async function runPicoclawOnboard(ctx: Context, given: OnboardFlags, deps: { prompts?: Prompts } = {}): Promise<number> {
  let flags = given;
  const m = t().picoclaw;
  const provider = providerOf(ctx);
  // Decided once, before any prompt exists: a prompt on a pipe would read it or wait forever.
  const interactive = !flags.nonInteractive && !ctx.opts.json && Boolean(ctx.io.stdin.isTTY && ctx.io.stdout.isTTY);
  let prompts = deps.prompts;
  const ask = async (): Promise<Prompts> => (prompts ??= (await import('../../load/terminal.js')).inquirerPrompts(ctx.io, { color: ctx.opts.color }));
  if (ctx.opts.profile !== undefined) throw new CliError('usage', ExitCode.usage, m.noProfile, t().cli.seeHelp);
  if (flags.keyStorage !== undefined && flags.keyStorage !== 'inline') {
    throw new CliError('usage', ExitCode.usage, m.keyStorageFixed(flags.keyStorage), m.keyStorageFixedFix);
  }
  checkGatewayInputs(ctx, provider, flags);
  const warnings: string[] = [];
  const warn = (s: string) => {
    warnings.push(s);
    ctx.out.warn(`! ${s}`);
  };
  const loc = locatePicoclaw({ config: ctx.opts.config, env: ctx.io.env, cwd: ctx.io.cwd });
  const cfg = await loadPicoclaw(loc);
  const state = readPicoState(cfg, provider.id);
  // A key already in our entries is reused, as onboard reuses OpenClaw's .env.
  let found: { key: string; source: string } | undefined = (await findKey(ctx.io, flags, undefined, provider.keyEnvVar)) ?? keptKey(state.entries.map((e) => e.key));
  if (!found && interactive) found = { key: await askKey(ctx, await ask(), provider), source: 'prompt' };
  if (!found) throw provider.isAisa ? missingKeyError(noPromptReason(ctx.opts.json, flags.nonInteractive)) : gatewayMissingKey(provider);
  registerSecret(found.key);

  // Without --base-url a re-run keeps the address our entries already use (a proxy, a regional endpoint).
  const configured = state.entries.find((e) => typeof e.apiBase === 'string' && e.apiBase !== '')?.apiBase as string | undefined;
  const prefix = `${provider.id}/`;
  const around = { primary: state.primary?.startsWith(prefix) ? state.primary.slice(prefix.length) : undefined, defaultRef: state.primary };
  let gateway;
  if (interactive && provider.isAisa) {
    // The same questions as OpenClaw's flow; each one a flag already answered is skipped.
    const { askModelQuestions } = await import('../../load/terminal.js');
    const fallbacks = defaultsAfter({}, state).fallbacks;
    const asked = await askModelQuestions(ctx, flags, await ask(), { key: found.key, around: { primary: around.primary, defaultRef: around.defaultRef, fallbacks, baseUrl: configured }, declaredNow: state.entries.map((e) => e.id) });
    ({ flags, gateway } = asked);
    found = { ...found, key: asked.key };
    registerSecret(found.key);
  } else gateway = await validateKey(ctx, found.key, { skip: flags.skipValidation, configured });
  const choice = chooseFor(provider, flags, around, gateway, warn);
  const ref = (f: string) => (f.includes('/') ? f : nameFor(provider.id, f));
  const edit = {
    providerId: provider.id,
    ids: choice.declared,
    refresh: { baseUrl: gateway.baseUrl, apiKey: found.key },
    ...(choice.primary !== undefined ? { primary: nameFor(provider.id, choice.primary) } : {}),
    ...(choice.fallbacks !== undefined ? { fallbacks: choice.fallbacks.map(ref) } : {}),
    ...(flags.keyStorage === 'inline' ? { store: 'inline' as const } : {}),
  };
  const keyFile = keyFileFor(cfg, state, edit.store);
  const colors = makeColors(ctx.opts.color);
  const confirm =
    interactive && !flags.yes && !flags.dryRun
      ? async (diffs: { diff: string }[]) => {
          const p = await ask();
          ctx.out.say('');
          ctx.out.say(colors.bold(t().onboard.previewHeader));
          for (const d of diffs) ctx.out.say(colorDiff(d.diff, colors));
          return p.confirm({ message: t().onboard.confirmWrite, default: true });
        }
      : undefined;
  const result = await applyPicoclawEdit(loc, edit, { dryRun: flags.dryRun, secrets: [found.key], ...(confirm ? { confirm } : {}) });
  if (result === 'cancelled') throw new CliError('cancelled', ExitCode.cancelled, t().cli.cancelled);
  const { defaultModel, fallbacks } = defaultsAfter(edit, state);
  const low = gateway.balance && lowBalanceWarning(gateway.balance);
  if (ctx.opts.json) {
    if (low) warnings.push(low);
    ctx.out.document({
      ok: true,
      target: 'picoclaw',
      providerId: provider.id,
      configPath: loc.path,
      version: cfg.before === null ? CURRENT_VERSION : state.version,
      backupPath: result.backupPath,
      changed: result.changed,
      dryRun: flags.dryRun,
      keyMasked: maskKey(found.key),
      keySource: found.source,
      keyFile,
      provider: { baseUrl: gateway.baseUrl, models: choice.declared },
      defaultModel,
      fallbacks,
      balance: gateway.balance ?? null,
      warnings,
      ...(flags.dryRun ? { diffs: result.diffs } : {}),
    });
    return ExitCode.ok;
  }
  const say = (s: string) => ctx.out.say(s);
  if (flags.dryRun) {
    say(result.diffs.length ? t().onboard.dryRunHeader : t().onboard.nothingToChange);
    for (const d of result.diffs) say(d.diff);
    return ExitCode.ok;
  }
  if (!result.changed) say(t().onboard.nothingToChange);
  for (const w of result.writes) say(w.before === null ? t().onboard.created(w.path) : t().onboard.wrote(w.path));
  if (result.backupPath) say(t().onboard.backup(result.backupPath));
  say(m.versionUsed(cfg.before === null ? CURRENT_VERSION : state.version));
  say(m.keyIn(maskKey(found.key), keyFile));
  if (gateway.balance) say(t().answers.summaryBalance(balanceText(gateway.balance)));
  if (low) ctx.out.warn(`! ${low}`);
  if (defaultModel) say(t().onboard.summaryDefault(defaultModel));
  const join = t().prompts.listJoin;
  if (fallbacks.length) say(t().onboard.summaryFallbacks(fallbacks.join(join)));
  say(t().onboard.summaryModels(choice.declared.length, choice.declared.map((id) => nameFor(provider.id, id)).join(join)));
  say(m.restart);
  return ExitCode.ok;
}

/** The masked question for a key found nowhere; an empty or malformed one is refused in place. */
async function askKey(ctx: Context, prompts: Prompts, provider: ReturnType<typeof providerOf>): Promise<string> {
  if (provider.isAisa) ctx.out.say(t().onboard.getKey);
  return askKeyMasked(prompts, provider.isAisa ? t().onboard.askKey : t().picoclaw.askGatewayKey(provider.id));
}

/** A key already in our entries; a variable's name written there (`AISA_API_KEY`) is no key to reuse. */
function keptKey(keys: (string | undefined)[]): { key: string; source: 'config' } | undefined {
  const key = keys.find((k): k is string => typeof k === 'string' && k.trim() !== '' && !isVariableName(k));
  return key ? { key: key.trim(), source: 'config' } : undefined;
}
