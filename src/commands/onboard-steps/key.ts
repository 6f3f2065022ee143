import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { DEFAULT_BASE_URL, keyShapeProblems, normalizeBaseUrl } from '../../gateway/url.js';
import { KEY_ENV_VAR } from '../../targets/openclaw/provider.js';
import { maskKey, registerSecret } from '../../secret.js';
import { untilInterrupted } from '../../ui/interrupt.js';
import { startSpinner } from '../../ui/spinner.js';
import { cancelledError } from '../../ui/prompts.js';
import { askKeyMasked, findKey } from '../key-source.js';
import { validateKey } from '../onboard-gateway.js';
import type { Flow } from './flow.js';
import { need } from './flow.js';

type KeyFlow = Pick<Flow, 'ctx' | 'flags' | 'prompts' | 'state' | 'c'>;

/** Step 2: the key from a flag, else keep the one found (env, .env, config), else ask for it. */
export async function keyStep(flow: KeyFlow): Promise<void> {
  const { ctx, flags, prompts, state } = flow;
  const m = t().onboard;
  const loc = need(state, 'loc');
  if (flags.apiKey !== undefined || flags.apiKeyStdin) {
    state.key = (await findKey(ctx.io, flags, loc.stateDir))!.key;
    return;
  }
  const around = need(state, 'around');
  const envKey = ctx.io.env[KEY_ENV_VAR]?.trim();
  const found = envKey
    ? { key: envKey, where: m.keyWhereEnv }
    : around.envFileKey
      ? { key: around.envFileKey.trim(), where: `${loc.stateDir}/.env` }
      : state.inlineKey
        ? { key: state.inlineKey, where: m.keyWhereConfig }
        : undefined;
  // A kept key that could never be sent (quotes, spaces) is not worth offering.
  if (found && keyShapeProblems(found.key).length === 0) {
    registerSecret(found.key);
    const keep = await prompts.select({
      message: m.keyChoice,
      choices: [
        { value: true, name: m.keepKey(maskKey(found.key), found.where), short: maskKey(found.key) },
        { value: false, name: m.newKey },
      ],
      default: true,
    });
    if (keep) {
      state.key = found.key;
      return;
    }
  }
  state.key = await askKey(flow);
}

/** The masked prompt: an empty or malformed key is refused in place, with the reason. */
async function askKey({ ctx, prompts }: Pick<Flow, 'ctx' | 'prompts'>, opts: { retry?: boolean } = {}): Promise<string> {
  // After a rejected key the fix line already said where to get one.
  if (!opts.retry) ctx.out.say(t().onboard.getKey);
  return askKeyMasked(prompts, t().onboard.askKey);
}

/** Pasting brings trailing spaces and newlines; inner ones are left for the shape check to refuse. */

/**
 * Step 3: ask the gateway which models the key can use. A rejected key (401/403) is explained and
 * asked again; a network failure offers retry, going on without validation, or quitting.
 */
export async function validateStep(flow: KeyFlow): Promise<void> {
  const { ctx, flags, prompts, state, c } = flow;
  const m = t().onboard;
  if (flags.skipValidation) {
    state.gateway = await validateKey(ctx, need(state, 'key'), { skip: true, configured: need(state, 'around').baseUrl });
    return;
  }
  const host = new URL(normalizeBaseUrl(ctx.opts.baseUrl ?? DEFAULT_BASE_URL)).host;
  for (;;) {
    const spinner = startSpinner(ctx, c, m.checking(host));
    try {
      state.gateway = await untilInterrupted(validateKey(ctx, need(state, 'key'), { skip: false, configured: need(state, 'around').baseUrl }));
      spinner.succeed(m.keyAccepted(state.gateway.liveIds?.length ?? 0));
      return;
    } catch (e) {
      if (e instanceof CliError && e.kind === 'cancelled') spinner.clear();
      if (!(e instanceof CliError) || e.exitCode === ExitCode.usage || e.kind === 'cancelled') throw e;
      spinner.fail(e.message);
      if (e.exitCode === ExitCode.auth) {
        // The error's own fix ends in "run aisa-setup onboard again", for scripts; here we ask at once.
        ctx.out.say(`  ${c.dim(t().prompts.keyRejectedFix)}`);
        state.key = await askKey(flow, { retry: true });
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
        state.gateway = await validateKey(ctx, need(state, 'key'), { skip: true, configured: need(state, 'around').baseUrl });
        return;
      }
    }
  }
}
