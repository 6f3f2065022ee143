import { bareId, CURATED, DEFAULT_MODEL, kindOf, replacementFor, type EndpointTypes } from '../catalog.js';
import { refuseNonChat } from '../chat-only.js';
import { t } from '../i18n/index.js';
import { canChat } from '../model-kind.js';
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
  /** Another provider's default kept (--keep-default): the chain follows it, not an AIsa default. */
  keptDefault?: string | undefined;
  /** The gateway's word on what each model serves, where it gave one. */
  endpointTypes?: EndpointTypes | undefined;
  /** Today's fallbacks of this provider (bare, as the write leaves them): kept when no --fallback is given. */
  keptFallbacks?: string[] | undefined;
}

/**
 * Flag first, then what is configured, then the catalog's default. Without --models, the curated
 * models the key can really use are declared, plus the default and fallbacks.
 */
export function chooseModels(input: ModelChoiceInput, warn: (s: string) => void): ModelChoice {
  const [primary] = correctStaleIds([input.model ?? input.currentPrimary ?? DEFAULT_MODEL], warn);
  // The chain follows the default that will be written: a kept one of another provider, else `primary`.
  const head = input.keptDefault ?? primary;
  const fallbacks = input.fallbacks ? correctStaleIds(input.fallbacks, warn).filter((f) => f !== head) : undefined;
  // A default or fallback asked for must be able to chat; one kept from today's config is only warned about.
  if (input.model) refuseNonChat(primary!, 'default', input.endpointTypes);
  else if (!canChat(kindOf(primary!, input.endpointTypes?.[primary!]))) warn(t().kinds.keptNotChat(primary!, kindOf(primary!, input.endpointTypes?.[primary!])));
  for (const f of fallbacks ?? []) refuseNonChat(f, 'fallback', input.endpointTypes);
  const live = input.liveIds ? new Set(input.liveIds) : undefined;
  const base = input.models
    ? correctStaleIds(input.models, warn)
    : CURATED.filter((id) => !live || live.has(id));
  // Another provider's fallback (openai/gpt-4o) is referenced, never declared under aisa; a kept
  // one of ours is, or the chain would name a model the block does not declare.
  const kept = fallbacks ? [] : (input.keptFallbacks ?? []).filter((f) => f !== head);
  const declared = unique([primary!, ...(fallbacks ?? []).filter((f) => !f.includes('/')), ...kept, ...base]);
  return { primary: primary!, fallbacks: fallbacks ? unique(fallbacks) : undefined, declared };
}

/**
 * The fallbacks of `providerId` in today's chain, bare, as the write will leave them: a stale id
 * becomes its replacement where the target renames it (it is in `renamed`, the stale ids it found).
 */
export function keptFallbacksOf(chain: readonly string[] | undefined, providerId: string, renamed: readonly string[] = []): string[] {
  const ours = (chain ?? []).filter((f) => f.startsWith(`${providerId}/`)).map((f) => bareId(f, providerId));
  return unique(ours.map((id) => (renamed.includes(id) ? (replacementFor(id) ?? id) : id)));
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** The choice for a gateway that is not AIsa: the default may be left as it is. */
export interface GatewayModelChoice {
  /** Bare id of the new default; undefined keeps today's default (another provider's). */
  primary: string | undefined;
  fallbacks: string[] | undefined;
  declared: string[];
}

export interface GatewayChoiceInput extends Omit<ModelChoiceInput, 'liveIds'> {
  /** Whether any default is configured today, whichever provider it names. */
  hasDefault: boolean;
  /** What this gateway's block declares today: a re-run (to switch the default) keeps to it. */
  declaredNow?: string[] | undefined;
  liveIds: string[] | undefined;
}

/**
 * Another gateway: no catalog, no stale ids. It declares `--models`, else what its block already
 * declares, else (a first run) everything its `/models` lists. The default is `--model`, else today's default if it is this gateway's; a
 * default of another provider (AIsa's, typically) is left alone, so adding a second gateway does
 * not switch models behind the user's back. Only a config without any default gets the first one.
 * The caller makes sure `models` or `liveIds` is there.
 */
export function chooseGatewayModels(input: GatewayChoiceInput): GatewayModelChoice {
  // A re-run without --models keeps the models chosen before rather than declaring the whole list again.
  const base = input.models ?? (input.declaredNow?.length ? input.declaredNow : undefined) ?? input.liveIds ?? [];
  const primary = input.model ?? input.currentPrimary ?? (input.hasDefault ? undefined : base[0]);
  const fallbacks = input.fallbacks ? unique(input.fallbacks.filter((f) => f !== primary)) : undefined;
  const declared = unique([...(primary ? [primary] : []), ...(fallbacks ?? []).filter((f) => !f.includes('/')), ...base]);
  return { primary, fallbacks, declared };
}
