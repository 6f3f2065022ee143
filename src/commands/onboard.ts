import { providerOf, type Context } from '../context.js';
import { commitOrReplan } from '../config/replan.js';
import { CliError, ExitCode } from '../errors.js';
import type { ProviderSpec } from '../provider-id.js';
import { listSep, t } from '../i18n/index.js';
import { maskKey } from '../secret.js';
import { balanceText, lowBalanceWarning } from '../gateway/balance-view.js';
import { targetOf } from '../targets/index.js';
import type { Committed, OnboardAnswers, OnboardPlan, OnboardSession, Target } from '../targets/target.js';
import { makeColors } from '../ui/color.js';
import type { Prompts } from '../ui/prompts.js';
import { invocationOf, locationFlags, setInvocation } from '../invocation.js';
import { parseOnboardFlags, type OnboardFlags } from './onboard-flags.js';
import { checkGatewayInputs, chooseFor, gatewayMissingKey } from './onboard-other.js';
import { missingKeyError, noPromptReason } from './key-source.js';
import { resolveKey } from '../resolve.js';
import { probeDefault, validateKey, type GatewayView, type ProbeOutcome } from './onboard-gateway.js';
import type { Flow } from './onboard-steps/flow.js';

/** What tests may swap: the prompts (a fake terminal). */
export interface OnboardDeps {
  prompts?: Prompts;
}

export async function runOnboard(ctx: Context, raw: Record<string, unknown>, _args: string[] = [], deps: OnboardDeps = {}): Promise<number> {
  setInvocation(invocationOf(ctx.opts));
  const flags = parseOnboardFlags(raw, providerOf(ctx).id);
  // Decided once, before any prompt exists: a prompt on a pipe would read it or wait forever.
  const interactive = !flags.nonInteractive && !ctx.opts.json && Boolean(ctx.io.stdin.isTTY && ctx.io.stdout.isTTY);
  return onboard(ctx, flags, interactive, deps);
}

/** onboard on a terminal: the same flow, asking what no flag answered. */
export function runInteractiveOnboard(ctx: Context, flags: OnboardFlags, deps: OnboardDeps = {}): Promise<number> {
  setInvocation(invocationOf(ctx.opts));
  return onboard(ctx, flags, true, deps);
}

/**
 * The one onboarding flow, for every target and gateway: read the target's files once; each answer
 * from its flag, else a question when interactive, else a default; plan (pure), preview, and commit
 * exactly the plan that was shown (refused, exit 3, if a file changed since it was read).
 */
async function onboard(ctx: Context, flags: OnboardFlags, interactive: boolean, deps: OnboardDeps): Promise<number> {
  const target = targetOf(ctx);
  const provider = providerOf(ctx);
  target.checkOptions(ctx);
  target.onboard.checkFlags(flags);
  checkGatewayInputs(ctx, provider, flags);
  const warnings: string[] = [];
  const warn = (s: string) => {
    warnings.push(s);
    ctx.out.warn(`! ${s}`);
  };
  const session = await target.onboard.open(ctx, provider);
  const { seen } = session;
  const c = makeColors(ctx.opts.color);
  // The questions live in the terminal chunk: a script never loads prompt code.
  const terminal = interactive ? await import('../load/terminal.js') : undefined;
  const flow: Flow = {
    ctx,
    flags,
    provider,
    session,
    prompts: interactive ? (deps.prompts ?? terminal!.inquirerPrompts(ctx.io, { color: ctx.opts.color })) : noPrompts,
    c,
    state: { seen, exitCode: 0 },
    warn,
  };
  if (terminal) await terminal.introStep(flow);
  else for (const w of seen.warnings) warn(w);

  const found = await resolveKey(ctx.io, flags, provider.keyEnvVar, seen.keptKeys);
  if (terminal) await terminal.askQuestions(flow, found);
  else {
    if (!found) throw provider.isAisa ? missingKeyError(noPromptReason(ctx.opts.json, flags.nonInteractive)) : gatewayMissingKey(provider);
    Object.assign(flow.state, { key: found.value, keySource: found.source });
    flow.state.gateway = await validateKey(ctx, found.value, { skip: flags.skipValidation, configured: seen.baseUrl });
  }
  const s = flow.state;
  const key = s.key!;
  const gateway = s.gateway!;
  // The questions answer as the flags a script would have passed: one choice for both.
  const answered: OnboardFlags = terminal ? { ...flags, ...(s.primary === null ? { keepDefault: true } : { model: s.primary! }), models: s.declared!, ...(s.fallbacks !== undefined ? { fallbacks: s.fallbacks } : {}) } : flags;
  const choice = chooseFor(provider, answered, seen, gateway, warn);
  const keyStorage = terminal ? s.keyStorage : (flags.keyStorage ?? seen.keyStorageNow);
  const answers: OnboardAnswers = { provider, key, baseUrl: gateway.baseUrl, primary: choice.primary, fallbacks: choice.fallbacks, declared: choice.declared, entries: choice.entries, keyStorage };

  let plan = await session.plan(answers);
  for (const w of plan.warnings) warn(w);
  let done: Committed | undefined;
  if (flags.dryRun) showDryRun(ctx, flow, plan, terminal);
  else {
    // What a person confirmed is what is written: the plan carries the text it was made from.
    const shown = terminal !== undefined && !flags.yes && plan.writes.length > 0;
    if (shown) ({ plan, done } = await commitConfirmed(flow, plan, answers, terminal, target));
    else ({ plan, done, session: flow.session } = await commitUnseen(session, plan, () => reopen(target, ctx, provider, answers)));
    if (!ctx.opts.json) {
      if (terminal) ctx.out.say('');
      printSummary(ctx, flow, plan, answers, done);
    }
  }
  // After the write and its summary: a probe failure (balance, channel) does not make the config
  // wrong, but a script that asked for the probe learns of it from `ok` and the exit code.
  let probe: ProbeOutcome | undefined;
  if (!flags.dryRun && choice.primary !== undefined) {
    if (terminal) await terminal.probeStep(flow);
    else if (flags.probe) probe = await scriptedProbe(ctx, key, gateway, choice.primary, flags.skipValidation, warn, provider.id);
  }
  if (done && !ctx.opts.json) await printNext(ctx, flow, answers, done.changed);
  if (ctx.opts.json) {
    const low = gateway.balance && lowBalanceWarning(gateway.balance);
    if (low) warnings.push(low);
    const probeFailed = probe !== undefined && probe.exitCode !== ExitCode.ok;
    ctx.out.document({
      ok: !probeFailed,
      // A failed test chat after a write: the error says both, the set-up written and the chat failed.
      ...(probeFailed && probe!.error ? { error: { ...probe!.error.toJSON(), message: `${t().onboard.probeFailed(probe!.report.model)} ${probe!.error.message}` } } : {}),
      written: done?.changed === true,
      configPath: seen.configPath,
      backupPath: done?.backupPath ?? null,
      changed: done ? done.changed : plan.writes.length > 0,
      dryRun: flags.dryRun,
      ...flow.session.json(plan, answers),
      keyMasked: maskKey(key),
      keySource: s.keySource,
      provider: { baseUrl: gateway.baseUrl, baseUrlSource: gateway.baseUrlSource, models: plan.models },
      defaultModel: plan.defaultModel,
      fallbacks: plan.fallbacks,
      warnings,
      ...(flags.dryRun ? { diffs: plan.diffs } : {}),
      ...(probe ? { probe: probe.report } : {}),
      // null: not asked (--skip-validation) or not reported by the gateway.
      balance: gateway.balance ?? null,
    });
  }
  return probe?.exitCode ?? s.exitCode ?? ExitCode.ok;
}

/**
 * A plan nobody was shown (a script, --yes) may be made again: when another run changed the files
 * since they were read, it is planned afresh on them under the lock and written, as a person who
 * had seen nothing would want. A plan a person confirmed is only ever written as it was shown.
 */
function commitUnseen(session: OnboardSession, plan: OnboardPlan, again: () => Promise<Written>): Promise<Written> {
  return commitOrReplan(session.seen.configPath, async () => ({ plan, done: await session.commit(plan), session }), again);
}

type Written = { plan: OnboardPlan; done: Committed; session: OnboardSession };

/**
 * A plan a person confirms is written only as shown. When a file changed while the question was
 * open (a hand edit), nothing is written: the same answers are planned again on the new text and
 * that diff is asked about, so nobody answers every question twice.
 */
async function commitConfirmed(flow: Flow, first: OnboardPlan, answers: OnboardAnswers, terminal: typeof import('../load/terminal.js'), target: Target): Promise<{ plan: OnboardPlan; done: Committed }> {
  let plan = first;
  for (let again = false; ; again = true) {
    if (!(await terminal.confirmPlan(flow, plan, { fullDiff: again }))) throw terminal.cancelledError();
    try {
      return { plan, done: await flow.session.commit(plan) };
    } catch (e) {
      if (!(e instanceof CliError && e.kind === 'config-changed')) throw e;
      flow.warn(t().onboard.changedWhileAsking(e.message));
      flow.session = await target.onboard.open(flow.ctx, answers.provider);
      plan = await flow.session.plan(answers);
      if (plan.writes.length === 0) return { plan, done: { changed: false, backupPath: null, results: [] } };
    }
  }
}

async function reopen(target: Target, ctx: Context, provider: ProviderSpec, answers: OnboardAnswers): Promise<Written> {
  const fresh = await target.onboard.open(ctx, provider);
  const plan = await fresh.plan(answers);
  return { plan, done: await fresh.commit(plan), session: fresh };
}

/** A script never reaches a question: this is only here so the flow has one shape. */
const noPrompts = new Proxy({} as Prompts, {
  get: () => () => {
    throw new Error('onboard: a question was asked without a terminal');
  },
});

function showDryRun(ctx: Context, flow: Flow, plan: OnboardPlan, terminal: typeof import('../load/terminal.js') | undefined): void {
  if (ctx.opts.json) return;
  if (terminal && plan.diffs.length) return terminal.showDiffs(flow, plan.diffs);
  ctx.out.say(plan.diffs.length ? t().onboard.dryRunHeader : t().onboard.nothingToChange);
  for (const d of plan.diffs) ctx.out.say(d.diff);
}

/** The human summary after a write: what changed, where the key lives, the default and models. */
function printSummary(ctx: Context, flow: Flow, plan: OnboardPlan, answers: OnboardAnswers, done: Committed): void {
  const m = t().onboard;
  const say = (s: string) => ctx.out.say(s);
  const balance = flow.state.gateway?.balance;
  if (!done.changed) say(m.nothingToChange);
  for (const line of flow.session.summary(plan, answers, done)) say(line);
  if (balance) {
    say(t().balance.summary(balanceText(balance)));
    const low = lowBalanceWarning(balance);
    if (low) ctx.out.warn(`! ${low}`);
  }
  const join = listSep();
  // A default kept by choice (--keep-default, or picked on a terminal) needs no hint how to change it.
  const keptByChoice = flow.flags.keepDefault === true || flow.state.primary === null;
  const kept = keptByChoice ? t().gateways.defaultUnchanged : t().gateways.defaultKept;
  say(answers.primary === undefined ? kept(plan.defaultModel ?? '-') : m.summaryDefault(plan.defaultModel!));
  if (plan.fallbacks.length) say(m.summaryFallbacks(plan.fallbacks.join(join)));
  say(m.summaryModels(plan.models.length, plan.models.join(join)));
}

/** What to run next, after the last question; the commands act on the file this run wrote. */
async function printNext(ctx: Context, flow: Flow, answers: OnboardAnswers, changed: boolean): Promise<void> {
  const { steps, notes } = await flow.session.next(ctx, answers, changed);
  for (const n of notes) ctx.out.say(flow.c.yellow(n));
  if (!steps.length) return;
  const flags = locationFlags(ctx.opts);
  const lines = steps.map(([cmd, what]): [string, string] => [cmd.startsWith('aisa-setup ') ? `${cmd}${flags}` : cmd, what]);
  const width = Math.max(...lines.map(([cmd]) => cmd.length)) + 3;
  ctx.out.say('');
  ctx.out.say(t().onboard.nextSteps);
  for (const [cmd, what] of lines) ctx.out.say(`  ${cmd.padEnd(width)}${what}`);
}

/** --probe without a terminal: one chat to the default model, said on stderr, reported in --json. */
async function scriptedProbe(ctx: Context, key: string, gateway: GatewayView, model: string, offline: boolean, warn: (s: string) => void, providerId: string): Promise<ProbeOutcome | undefined> {
  const m = t().onboard;
  if (offline || !gateway.liveIds) {
    warn(m.probeSkippedOffline);
    return undefined;
  }
  const outcome = await probeDefault(ctx, key, gateway, model, providerId);
  if (outcome.report.ok) ctx.out.say(m.probeOk(outcome.report.model, outcome.report.latencyMs ?? 0));
  // With --json the failure is the document's error (said once, README); without, it is said here.
  else if (!ctx.opts.json || !outcome.error) {
    warn(`${m.probeFailed(outcome.report.model)} ${outcome.error?.message ?? outcome.report.problem}`);
    if (outcome.error?.fix) ctx.out.warn(`  ${outcome.error.fix}`);
  }
  return outcome;
}
