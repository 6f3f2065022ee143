import { CATALOG, DEFAULT_MODEL } from '../catalog.js';
import { correctStaleIds } from './onboard-flags.js';

export interface ModelChoice {
  primary: string;
  fallbacks: string[] | undefined;
  /** Every model to declare in the provider block, in order: the default first. */
  declared: string[];
}

export interface ModelChoiceInput {
  model: string | undefined;
  fallbacks: string[] | undefined;
  models: string[] | undefined;
  /** The default already configured, if any (bare id): kept when no --model is given. */
  currentPrimary: string | undefined;
  /** What the key can use, when the gateway was asked. */
  liveIds: string[] | undefined;
}

/**
 * Flag first, then what is configured, then the catalog's default. Without --models, the curated
 * models the key can really use are declared, plus the default and fallbacks.
 */
export function chooseModels(input: ModelChoiceInput, warn: (s: string) => void): ModelChoice {
  const [primary] = correctStaleIds([input.model ?? input.currentPrimary ?? DEFAULT_MODEL], warn);
  const fallbacks = input.fallbacks ? correctStaleIds(input.fallbacks, warn).filter((f) => f !== primary) : undefined;
  const live = input.liveIds ? new Set(input.liveIds) : undefined;
  const base = input.models
    ? correctStaleIds(input.models, warn)
    : CATALOG.filter((m) => m.core && (!live || live.has(m.id))).map((m) => m.id);
  // Another provider's fallback (openai/gpt-4o) is referenced, never declared under aisa.
  const declared = unique([primary!, ...(fallbacks ?? []).filter((f) => !f.includes('/')), ...base]);
  return { primary: primary!, fallbacks: fallbacks ? unique(fallbacks) : undefined, declared };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
