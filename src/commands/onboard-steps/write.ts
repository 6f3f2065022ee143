import { t } from '../../i18n/index.js';
import type { KeyStorage } from '../../targets/openclaw/plan.js';
import { KEY_ENV_VAR } from '../../targets/openclaw/provider.js';
import { CliError } from '../../errors.js';
import { cancelledError, type Prompts } from '../../ui/prompts.js';
import { untilInterrupted } from '../../ui/interrupt.js';
import { startSpinner } from '../../ui/spinner.js';
import { applyOnboardEdit, printNextSteps, printSummary } from '../onboard-apply.js';
import { buildEntries, probeDefault } from '../onboard-gateway.js';
import type { Flow } from './flow.js';
import { need } from './flow.js';
import { gatewayRunning } from './openclaw-env.js';
import { confirmWrite, showDiffs } from './preview.js';

/**
 * Step 6: where the key lives. The default follows today's set-up (so pressing Enter twice changes
 * nothing); a fresh set-up gets the recommended `.env` file.
 */
export async function storageStep({ ctx, flags, prompts, state, warn }: Pick<Flow, 'ctx' | 'flags' | 'prompts' | 'state' | 'warn'>): Promise<void> {
  const m = t().onboard;
  const around = need(state, 'around');
  let storage: KeyStorage | undefined = flags.keyStorage;
  if (!storage) {
    const now: KeyStorage = around.keyStorage === 'inline' ? 'inline' : around.keyStorage === 'reference' && !around.envFileKey ? 'env' : 'env-file';
    storage = await prompts.select<KeyStorage>({
      message: m.pickStorage,
      choices: [
        { value: 'env-file', name: m.storageEnvFile(`${need(state, 'loc').stateDir}/.env`), short: m.storageShort['env-file']! },
        { value: 'env', name: m.storageEnv, short: m.storageShort['env']! },
        { value: 'inline', name: m.storageInline, short: m.storageShort['inline']! },
      ],
      default: now,
    });
  }
  if (storage === 'env' && !ctx.io.env[KEY_ENV_VAR]) warn(m.keyEnvNotSet);
  const envKey = ctx.io.env[KEY_ENV_VAR]?.trim();
  // A key typed after a 401 goes to .env, but a stale AISA_API_KEY in the environment would still win.
  if (storage === 'env-file' && envKey && envKey !== need(state, 'key')) warn(m.envKeyDiffers);
  state.keyStorage = storage;
}

/** Steps 7–8: preview the change and confirm (unless --yes), write under the lock, sum up. */
export async function writeStep({ ctx, flags, prompts, state, warn, c }: Pick<Flow, 'ctx' | 'flags' | 'prompts' | 'state' | 'warn' | 'c'>): Promise<void> {
  const m = t().onboard;
  const loc = need(state, 'loc');
  const gateway = need(state, 'gateway');
  const edit = {
    baseUrl: gateway.baseUrl,
    apiKey: need(state, 'key'),
    keyStorage: need(state, 'keyStorage'),
    entries: buildEntries(need(state, 'declared'), warn),
    primary: need(state, 'primary') ?? undefined,
    fallbacks: state.fallbacks,
  };
  state.edit = edit;
  const confirm = flags.yes ? undefined : (diffs: { path: string; diff: string }[]) => confirmWrite({ ctx, flags, prompts, state, c }, edit, diffs);
  const result = await applyOnboardEdit(loc, edit, { dryRun: flags.dryRun, ...(confirm ? { confirm } : {}) });
  if (result === 'cancelled') throw cancelledError();
  state.result = result;
  if (flags.dryRun) {
    if (result.diffs.length) showDiffs({ ctx, flags, c }, result.diffs);
    else ctx.out.say(m.nothingToChange);
    return;
  }
  ctx.out.say('');
  // "Next:" waits until the last question (the test chat) is answered.
  printSummary(ctx, loc, edit, result, { defaultRef: need(state, 'around').defaultRef, balance: state.gateway?.balance, next: false });
  // OpenClaw reads its config at start: a running gateway keeps the old models until restarted.
  if (result.changed && (await gatewayRunning(ctx.io.env))) ctx.out.say(c.yellow(m.restartGateway));
}

/** Step 9: --probe, or the offer of one at the end when the key was checked online. */
export async function probeStep({ ctx, flags, prompts, state, c }: Pick<Flow, 'ctx' | 'flags' | 'prompts' | 'state' | 'c'>): Promise<void> {
  const m = t().onboard;
  const gateway = need(state, 'gateway');
  const primary = need(state, 'primary');
  // Another provider's default was kept: no AIsa model to test.
  if (primary === null) return;
  const model = `aisa/${primary}`;
  if (flags.skipValidation || !gateway.liveIds) {
    if (flags.probe) ctx.out.say(m.probeSkippedOffline);
    return;
  }
  if (!flags.probe && (flags.yes || !(await offerProbe(prompts, model, () => ctx.out.say(m.probeCancelled))))) return;
  const spinner = startSpinner(ctx, c, m.probing(model));
  // Ctrl-C here only stops the test: the set-up is already saved.
  const outcome = await untilInterrupted(probeDefault(ctx, need(state, 'key'), gateway, primary)).catch((e: unknown) => {
    if (!(e instanceof CliError && e.kind === 'cancelled')) throw e;
    spinner.clear();
    ctx.out.say(m.probeCancelled);
    return undefined;
  });
  if (!outcome) return;
  state.probe = outcome.report;
  state.exitCode = outcome.exitCode;
  if (outcome.report.ok) spinner.succeed(m.probeOk(model, outcome.report.latencyMs ?? 0));
  else {
    spinner.fail(`${m.probeFailed(model)} ${outcome.error?.message ?? outcome.report.problem}`);
    if (outcome.error?.fix) ctx.out.say(`  ${c.dim(outcome.error.fix)}`);
  }
}

/**
 * The offer comes after the write: a cancel there (Ctrl-C, Escape) only declines the test chat. It
 * must not end in "nothing was written" and exit 130, since the set-up is saved (exit 0).
 */
async function offerProbe(prompts: Prompts, model: string, onCancel: () => void): Promise<boolean> {
  try {
    return await prompts.confirm({ message: t().onboard.offerProbe(model), default: true });
  } catch (e) {
    if (!(e instanceof CliError && e.kind === 'cancelled')) throw e;
    onCancel();
    return false;
  }
}

/** The last step: what to run next, after the test chat so that no question follows it. */
export async function nextStep({ ctx, flags, state }: Pick<Flow, 'ctx' | 'flags' | 'state'>): Promise<void> {
  if (!flags.dryRun && state.result && state.edit && state.loc) printNextSteps(ctx, state.loc, state.edit);
}
