import { bareId, replacementFor } from '../catalog.js';
import { standInNote } from '../chat-only.js';
import { CliError, ExitCode } from '../errors.js';
import { t, listSep } from '../i18n/index.js';
import { KEY_STORAGES, type KeyStorage } from '../targets/target.js';
import { AISA_ID as PROVIDER_ID } from '../provider-id.js';

/** onboard's flags, validated: every later step can trust these. */
export interface OnboardFlags {
  apiKey: string | undefined;
  apiKeyStdin: boolean;
  model: string | undefined;
  fallbacks: string[] | undefined;
  models: string[] | undefined;
  keyStorage: KeyStorage | undefined;
  skipValidation: boolean;
  probe: boolean;
  dryRun: boolean;
  yes: boolean;
  nonInteractive: boolean;
  /** --keep-default: another provider's default stays the default. */
  keepDefault: boolean;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/;

export function parseOnboardFlags(raw: Record<string, unknown>, providerId: string = PROVIDER_ID): OnboardFlags {
  const m = t().cli;
  const storage = raw.keyStorage as string | undefined;
  if (storage !== undefined && !KEY_STORAGES.includes(storage as KeyStorage)) {
    throw new CliError('usage', ExitCode.usage, m.invalidValue('--key-storage', storage, KEY_STORAGES.join(listSep())), m.seeHelp);
  }
  if (raw.keepDefault === true && raw.model !== undefined) {
    throw new CliError('usage', ExitCode.usage, t().onboard.keepDefaultAndModel, m.seeHelp);
  }
  if (raw.aisaApiKey !== undefined && raw.aisaApiKeyStdin) {
    throw new CliError('usage', ExitCode.usage, t().onboard.twoKeySources, m.seeHelp);
  }
  const models = raw.models === undefined ? undefined : String(raw.models).split(',').map((s) => s.trim()).filter(Boolean);
  if (models !== undefined && models.length === 0) {
    throw new CliError('usage', ExitCode.usage, m.invalidValue('--models', String(raw.models), 'id,id,...'), m.seeHelp);
  }
  return {
    apiKey: raw.aisaApiKey as string | undefined,
    apiKeyStdin: raw.aisaApiKeyStdin === true,
    model: raw.model === undefined ? undefined : checkId('--model', String(raw.model), false, providerId),
    fallbacks: (raw.fallback as string[] | undefined)?.map((f) => checkId('--fallback', f, true, providerId)),
    models: models?.map((id) => checkId('--models', id, false, providerId)),
    keyStorage: storage as KeyStorage | undefined,
    skipValidation: raw.skipValidation === true,
    probe: raw.probe === true,
    dryRun: raw.dryRun === true,
    yes: raw.yes === true,
    nonInteractive: raw.nonInteractive === true,
    keepDefault: raw.keepDefault === true,
  };
}

/** Accepts `qwen3-max` or `aisa/qwen3-max` (`sealos/x` with --provider-id sealos); returns the bare id. */
export function checkId(flag: string, value: string, otherProviders = false, providerId: string = PROVIDER_ID): string {
  const id = bareId(value.trim(), providerId);
  // Only a fallback may name another provider's model (openai/gpt-4o); everything else is this gateway's.
  if (!ID.test(id) || (!otherProviders && id.includes('/'))) throw new CliError('usage', ExitCode.usage, t().cli.invalidValue(flag, value, t().onboard.modelIdShape), t().cli.seeHelp);
  return id;
}

/** Replaces stale ids with what the gateway serves now, saying so once per id. */
export function correctStaleIds(ids: string[], warn: (text: string) => void): string[] {
  return ids.map((id) => {
    const next = replacementFor(id);
    if (!next) return id;
    const why = standInNote(id, next);
    warn(why ? `${t().onboard.staleCorrected(id, next)} ${why}` : t().onboard.staleCorrected(id, next));
    return next;
  });
}
