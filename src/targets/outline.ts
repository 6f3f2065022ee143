import { listSep, t } from '../i18n/index.js';

/** What a set-up holds once a plan is written, as every target says it. */
export interface SetupFacts {
  providerId: string;
  baseUrl: string;
  /** The models declared afterwards, as `models list` names them (bare ids). */
  models: string[];
  defaultModel: string | null;
  fallbacks: string[];
  /** Where the key goes, already said in the user's language. */
  keyLine: string;
}

/**
 * The lines a person reads before "Write these changes?" instead of a diff taller than the screen
 * (or a new file): the provider and its address, the models, the default, the fallbacks, the key.
 * Made from the plan's own outcome, so the lines say what the file will hold.
 */
export function setupOutline(f: SetupFacts): string[] {
  const p = t().prompts;
  return [
    p.createProvider(f.providerId, f.baseUrl),
    p.createModels(f.models.length, f.models.join(listSep())),
    ...(f.defaultModel ? [p.createDefault(f.defaultModel)] : []),
    ...(f.fallbacks.length ? [p.createFallbacks(f.fallbacks.join(listSep()))] : []),
    f.keyLine,
  ];
}
