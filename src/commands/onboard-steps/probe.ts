import { t } from '../../i18n/index.js';
import { CliError } from '../../errors.js';
import type { Prompts } from '../../ui/prompts.js';
import { untilInterrupted } from '../../ui/interrupt.js';
import { startSpinner } from '../../ui/spinner.js';
import { probeDefault } from '../onboard-gateway.js';
import type { Flow } from './flow.js';
import { need } from './flow.js';

/** Step 9: --probe, or the offer of one at the end when the key was checked online. */
export async function probeStep({ ctx, flags, prompts, state, c, provider }: Pick<Flow, 'ctx' | 'flags' | 'prompts' | 'state' | 'c' | 'provider'>): Promise<void> {
  const m = t().onboard;
  const gateway = need(state, 'gateway');
  const primary = need(state, 'primary');
  // Another provider's default was kept: no AIsa model to test.
  if (primary === null) return;
  const model = `${provider.id}/${primary}`;
  if (flags.skipValidation || !gateway.liveIds) {
    if (flags.probe) ctx.out.say(m.probeSkippedOffline);
    return;
  }
  if (!flags.probe && (flags.yes || !(await offerProbe(prompts, model, () => ctx.out.say(m.probeCancelled))))) return;
  const spinner = startSpinner(ctx, c, m.probing(model));
  // Ctrl-C here only stops the test: the set-up is already saved.
  const outcome = await untilInterrupted(probeDefault(ctx, need(state, 'key'), gateway, primary, provider.id)).catch((e: unknown) => {
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
