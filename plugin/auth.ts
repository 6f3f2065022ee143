/**
 * The `aisa-api-key` auth choice: OpenClaw's own API-key method (prompt, `--aisa-api-key`,
 * `AISA_API_KEY`), with the key checked live against `{base}/models` before it is accepted, and the
 * same diagnosis as `aisa-setup onboard` when it is not.
 */
import type { ApiKeyCredential, NonInteractiveContext, ProviderAuthMethod, ResolveApiKeyParams } from 'openclaw-plugin-types';
import { createProviderApiKeyAuthMethod, resolveDefaultSecretProviderAlias } from 'openclaw/plugin-sdk/provider-auth';
import { DEFAULT_MODEL } from '../src/catalog.js';
import { listModels } from '../src/gateway/client.js';
import { CliError } from '../src/errors.js';
import { pluginMessages } from '../src/i18n/plugin.js';
import { baseUrlFrom } from './catalog.js';
import { PROVIDER_ID } from './models.js';
import { setInvocation } from '../src/invocation.js';

export const DEFAULT_MODEL_REF = `${PROVIDER_ID}/${DEFAULT_MODEL}`;
const FLAG = '--aisa-api-key';
const ENV_VAR = 'AISA_API_KEY';

/** Why the key cannot be used (our sentence and the fix), or undefined when the gateway accepts it. */
export async function keyProblem(apiKey: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  // The CLI's diagnosis, worded with OpenClaw's own command where it says to run onboarding again.
  setInvocation({ onboard: 'openclaw onboard --auth-choice aisa-api-key' });
  try {
    await listModels({ baseUrl: baseUrlFrom(env), apiKey, env, timeoutMs: 15_000 });
    return undefined;
  } catch (err) {
    if (err instanceof CliError) return err.fix ? `${err.message}\n${err.fix}` : err.message;
    return String((err as Error)?.message ?? err);
  }
}

/** Both OpenClaw paths may ask about the same key: one request per key and process. */
const checked = new Map<string, Promise<string | undefined>>();
function checkOnce(apiKey: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  let p = checked.get(apiKey);
  if (!p) checked.set(apiKey, (p = keyProblem(apiKey, env)));
  return p;
}

/**
 * A key taken from `AISA_API_KEY` is stored as a reference to that variable, not as its value: the
 * key then stays out of OpenClaw's state database. A key given with `--aisa-api-key` or pasted has no
 * variable to refer to, and OpenClaw keeps it as it is (in its sqlite state, readable only by you).
 */
export function preferEnvRef(ctx: NonInteractiveContext): NonInteractiveContext['toApiKeyCredential'] {
  return (params) => {
    const { resolved } = params;
    if (resolved.source !== 'env' || !resolved.envVarName) return ctx.toApiKeyCredential(params);
    const credential: ApiKeyCredential = {
      type: 'api_key',
      provider: params.provider,
      keyRef: { source: 'env', provider: resolveDefaultSecretProviderAlias(ctx.baseConfig, 'env', { preferFirstProviderForSource: true }), id: resolved.envVarName },
    };
    if (params.metadata) credential.metadata = params.metadata;
    return credential;
  };
}

export function aisaAuthMethod(env: NodeJS.ProcessEnv = process.env): ProviderAuthMethod {
  const m = pluginMessages();
  // Set by resolveDefaultModel (the one hook that sees the key in the interactive path, and whose
  // errors OpenClaw swallows); read right after, before OpenClaw stores anything.
  let interactiveProblem: string | undefined;
  const base = createProviderApiKeyAuthMethod({
    providerId: PROVIDER_ID,
    methodId: 'api-key',
    label: m.choiceLabel,
    hint: m.choiceHint,
    wizard: { choiceId: 'aisa-api-key', choiceLabel: m.choiceLabel, groupId: PROVIDER_ID, groupLabel: 'AIsa', groupHint: m.choiceHint, methodId: 'api-key' },
    optionKey: 'aisaApiKey',
    flagName: FLAG,
    envVar: ENV_VAR,
    promptMessage: m.promptMessage,
    noteMessage: m.noteMessage,
    noteTitle: 'AIsa',
    defaultModel: DEFAULT_MODEL_REF,
    resolveDefaultModel: async ({ apiKey }) => {
      interactiveProblem = await checkOnce(apiKey, env);
      return DEFAULT_MODEL_REF;
    },
  });
  const keyParams = (ctx: NonInteractiveContext): ResolveApiKeyParams => {
    const flagValue = typeof ctx.opts.aisaApiKey === 'string' ? ctx.opts.aisaApiKey.trim() : undefined;
    return { provider: PROVIDER_ID, flagName: FLAG, envVar: ENV_VAR, ...(flagValue ? { flagValue } : {}) };
  };
  return {
    ...base,
    run: async (ctx) => {
      // A pasted key that the gateway refuses is asked for again (the diagnosis shown first); one
      // given with --aisa-api-key would only be refused again.
      const attempts = typeof ctx.opts?.aisaApiKey === 'string' ? 1 : 3;
      for (let i = 1; ; i++) {
        interactiveProblem = undefined;
        const result = await base.run(ctx);
        if (!interactiveProblem) return { ...result, notes: [...(result.notes ?? []), m.keyAccepted] };
        if (i >= attempts) throw new Error(m.keyRejected(interactiveProblem));
        await ctx.prompter.note(m.keyRejected(interactiveProblem), 'AIsa');
      }
    },
    runNonInteractive: async (ctx) => {
      const resolved = await ctx.resolveApiKey(keyParams(ctx));
      if (!resolved) return null;
      const problem = await checkOnce(resolved.key, env);
      if (problem) {
        ctx.runtime.error(m.keyRejected(problem));
        ctx.runtime.exit(1);
        return null;
      }
      return (await base.runNonInteractive?.({ ...ctx, toApiKeyCredential: preferEnvRef(ctx) })) ?? null;
    },
  };
}
