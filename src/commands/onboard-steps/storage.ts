import { t } from '../../i18n/index.js';
import type { KeyStorage } from '../../targets/target.js';
import { secretRefText } from '../../provider-id.js';
import type { Flow } from './flow.js';
import { need } from './flow.js';

/**
 * Where the key lives. The default follows today's set-up (so pressing Enter twice changes
 * nothing); a fresh set-up gets the recommended `.env` file.
 */
export async function storageStep({ flags, prompts, state, provider }: Pick<Flow, 'flags' | 'prompts' | 'state' | 'provider'>): Promise<void> {
  const m = t().onboard;
  const seen = need(state, 'seen');
  let storage: KeyStorage | undefined = flags.keyStorage;
  // A target that decides where keys go itself offers no choices: nothing to ask.
  if (!storage && seen.keyStorages.length) {
    const name = (v: KeyStorage, file: string | undefined) => (v === 'env-file' ? m.storageEnvFile(file ?? '.env', secretRefText(provider.keyEnvVar)) : v === 'env' ? m.storageEnv(provider.keyEnvVar) : m.storageInline);
    storage = await prompts.select<KeyStorage>({
      message: m.pickStorage,
      choices: seen.keyStorages.map(({ value, file }) => ({ value, name: name(value, file), short: m.storageShort[value]! })),
      default: seen.keyStorageNow ?? 'env-file',
    });
  }
  state.keyStorage = storage;
}
