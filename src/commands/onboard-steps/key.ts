import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { GatewayError } from '../../gateway/error.js';
import { keyShapeProblems } from '../../gateway/url.js';
import { resolveBaseUrl } from '../../resolve.js';
import type { Resolved } from '../../resolve.js';
import type { KeySource } from '../../targets/target.js';
import { maskKey, registerSecret } from '../../secret.js';
import { untilInterrupted } from '../../ui/interrupt.js';
import { startSpinner } from '../../ui/spinner.js';
import { cancelledError } from '../../ui/prompts.js';
import { askKeyMasked } from '../key-source.js';
import { validateKey } from '../onboard-gateway.js';
import type { Flow } from './flow.js';
import { need } from './flow.js';

type KeyFlow = Pick<Flow, 'ctx' | 'flags' | 'prompts' | 'state' | 'c' | 'provider'>;

/** The key from a flag; else keep the one found (the variable, the target's files), else ask for it. */
export async function keyStep(flow: KeyFlow, found: Resolved<KeySource> | undefined): Promise<void> {
  const { ctx, flags, prompts, state, provider } = flow;
  const m = t().onboard;
  if (flags.apiKey !== undefined || flags.apiKeyStdin) {
    Object.assign(state, { key: found!.value, keySource: found!.source });
    return;
  }
  const envKey = ctx.io.env[provider.keyEnvVar]?.trim();
  const kept = need(state, 'seen').keptKeys[0];
  const offer = envKey ? { key: envKey, where: provider.keyEnvVar, source: 'env' as const } : kept;
  // A kept key that could never be sent (quotes, spaces) is not worth offering.
  if (offer && keyShapeProblems(offer.key).length === 0) {
    registerSecret(offer.key);
    const keep = await prompts.select({
      message: m.keyChoice(provider.isAisa ? 'AIsa' : provider.id),
      choices: [
        { value: true, name: m.keepKey(maskKey(offer.key), offer.where), short: maskKey(offer.key) },
        { value: false, name: m.newKey },
      ],
      default: true,
    });
    if (keep) {
      Object.assign(state, { key: offer.key, keySource: offer.source });
      return;
    }
  }
  Object.assign(state, { key: await askKey(flow), keySource: 'prompt' });
}

/** The masked prompt: an empty or malformed key is refused in place, with the reason. */
async function askKey({ ctx, prompts, provider }: Pick<Flow, 'ctx' | 'prompts' | 'provider'>, opts: { retry?: boolean } = {}): Promise<string> {
  // After a rejected key the fix line already said where to get one (AIsa's console; another gateway's is its own).
  if (!opts.retry && provider.isAisa) ctx.out.say(t().onboard.getKey);
  return askKeyMasked(prompts, provider.isAisa ? t().onboard.askKey : t().onboard.askGatewayKey(provider.id));
}

/**
 * Step 3: ask the gateway which models the key can use. A rejected key (401/403) is explained and
 * asked again; a problem of the account (balance, ban) ends the run (exit 4) as it ends a script;
 * a network failure offers retry, going on without validation, or quitting.
 */
export async function validateStep(flow: KeyFlow): Promise<void> {
  const { ctx, flags, prompts, state, c, provider } = flow;
  const m = t().onboard;
  if (flags.skipValidation) {
    state.gateway = await validateKey(ctx, need(state, 'key'), { skip: true, configured: need(state, 'seen').baseUrl });
    return;
  }
  const host = new URL(resolveBaseUrl(ctx, need(state, 'seen').baseUrl).value).host;
  for (;;) {
    const spinner = startSpinner(ctx, c, m.checking(host));
    try {
      state.gateway = await untilInterrupted(validateKey(ctx, need(state, 'key'), { skip: false, configured: need(state, 'seen').baseUrl }));
      spinner.succeed(m.keyAccepted(state.gateway.liveIds?.length ?? 0));
      return;
    } catch (e) {
      // Only a problem of the key itself is mended by typing another; the account's (balance, a ban)
      // stops the run as it stops a script, with the error's own fix.
      const accountProblem = e instanceof GatewayError && e.exitCode === ExitCode.auth && e.party !== undefined && e.party !== 'key';
      if ((e instanceof CliError && e.kind === 'cancelled') || accountProblem) spinner.clear();
      if (!(e instanceof CliError) || e.exitCode === ExitCode.usage || e.kind === 'cancelled' || accountProblem) throw e;
      spinner.fail(e.message);
      if (e.exitCode === ExitCode.auth) {
        // The error's own fix ends in "run aisa-setup onboard again", for scripts; here we ask at once.
        ctx.out.say(`  ${c.dim(provider.isAisa ? t().prompts.keyRejectedFix : t().prompts.gatewayKeyRejectedFix(provider.id))}`);
        Object.assign(state, { key: await askKey(flow, { retry: true }), keySource: 'prompt' });
        continue;
      }
      if (e.fix) ctx.out.say(`  ${c.dim(e.fix)}`);
      const next = await prompts.select({
        message: m.networkChoice,
        choices: [
          { value: 'retry', name: m.retry },
          { value: 'offline', name: m.offline },
          { value: 'quit', name: m.quit },
        ],
        default: 'retry',
      });
      if (next === 'quit') throw cancelledError();
      if (next === 'offline') {
        ctx.out.say(c.yellow(m.offlineNote));
        state.gateway = await validateKey(ctx, need(state, 'key'), { skip: true, configured: need(state, 'seen').baseUrl });
        return;
      }
    }
  }
}
