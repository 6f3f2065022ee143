import { bareId, DEFAULT_MODEL, lookupModel, replacementFor } from '../../catalog.js';
import { t } from '../../i18n/index.js';
import { correctStaleIds } from '../onboard-flags.js';
import { refuseNonChat } from '../../chat-only.js';
import type { Choice } from '../../ui/prompts.js';
import type { Flow } from './flow.js';
import { need } from './flow.js';
import { defaultModelChoices, filterChoices, modelRows, offeredModels } from './model-choices.js';

type ModelFlow = Pick<Flow, 'flags' | 'prompts' | 'state' | 'warn' | 'provider'>;

/** Step 4: the default model, from --model, else a searchable list (current default or qwen3-max first). */
export async function defaultModelStep({ flags, prompts, state, warn, provider }: ModelFlow): Promise<void> {
  if (flags.model) {
    state.primary = correctStaleIds([flags.model], warn)[0]!;
    refuseNonChat(state.primary, 'default', need(state, 'gateway').endpointTypes);
    return;
  }
  const around = need(state, 'seen');
  // Another provider's default (mybox/llama3.3): kept with --keep-default, else offered first.
  const other = around.defaultRef !== undefined && around.primary === undefined ? around.defaultRef : undefined;
  if (other && flags.keepDefault) {
    state.primary = null;
    return;
  }
  const offered = offeredFor(state, flags, provider);
  const current = around.primary;
  const currentNow = current ? (replacementFor(current) ?? current) : undefined;
  const preferred = [currentNow, DEFAULT_MODEL].find((id) => id !== undefined && offered.includes(id));
  const choices: Choice<string | null>[] = defaultModelChoices(offered, preferred, current, provider.isAisa);
  if (other) choices.unshift({ value: null, name: t().onboard.keepOtherDefault(other), short: other });
  state.primary = await prompts.search({ message: t().onboard.pickDefault, label: t().prompts.defaultLabel, source: (term) => filterChoices(choices, term) });
}

/**
 * Step 5a: fallbacks, from --fallback, else an optional multi-select with today's aisa fallbacks
 * ticked. A chain that names other providers is left alone: we only write aisa/ references.
 * The chain is the order of the ticks, each ticked row showing its place (1, 2, …): the order
 * someone picks fallbacks in is the order they mean them to be tried.
 */
export async function fallbacksStep({ flags, prompts, state, warn, ctx, provider }: ModelFlow & Pick<Flow, 'ctx'>): Promise<void> {
  const primary = need(state, 'primary');
  if (flags.fallbacks) {
    state.fallbacks = [...new Set(correctStaleIds(flags.fallbacks, warn))].filter((f) => f !== primary);
    for (const f of state.fallbacks) refuseNonChat(f, 'fallback', need(state, 'gateway').endpointTypes);
    return;
  }
  const current = need(state, 'seen').fallbacks ?? [];
  if (current.some((f) => !f.startsWith(`${provider.id}/`))) {
    ctx.out.say(t().onboard.fallbacksKept(current.join(', ')));
    state.fallbacks = undefined;
    return;
  }
  const ticked = current.map((f) => bareId(f, provider.id)).filter((f) => f !== primary);
  const offered = offeredFor(state, flags, provider).filter((id) => id !== primary && !ticked.includes(id));
  const selected = await prompts.checkbox({
    ordered: true,
    message: t().prompts.pickFallbacks,
    label: t().prompts.fallbacksLabel,
    choices: modelRows([...ticked, ...offered], undefined, provider.isAisa).map((row) => ({ ...row, checked: ticked.includes(row.id) })),
  });
  // Nothing chosen and nothing there: leave the key out rather than write an empty list.
  state.fallbacks = selected.length === 0 && current.length === 0 ? undefined : selected;
}

/**
 * Step 5b: which models to declare, from --models, else a multi-select preselecting the curated
 * models the key can use. Models already declared stay declared and are not asked about again.
 */
export async function declaredStep({ flags, prompts, state, warn, ctx, provider }: ModelFlow & Pick<Flow, 'ctx'>): Promise<void> {
  const primary = need(state, 'primary');
  const fixed = [...(primary === null ? [] : [primary]), ...(state.fallbacks ?? [])];
  if (flags.models) {
    state.declared = [...new Set([...fixed, ...correctStaleIds(flags.models, warn)])];
    return;
  }
  const already = need(state, 'seen').declaredNow;
  if (already.length) ctx.out.say(t().onboard.alreadyDeclared(already.join(', ')));
  const candidates = offeredFor(state, flags, provider).filter((id) => !fixed.includes(id) && !already.includes(id));
  const selected =
    candidates.length === 0
      ? []
      : await prompts.checkbox({
          message: t().onboard.pickDeclared,
          label: t().prompts.declaredLabel,
          choices: modelRows(candidates, undefined, provider.isAisa).map((row) => ({ ...row, checked: lookupModel(row.id)?.core === true })),
        });
  state.declared = [...new Set([...fixed, ...selected])];
}

/** What the key can use: the live list; offline, AIsa's catalog, or another gateway's own --models. */
function offeredFor(state: Flow['state'], flags: Flow['flags'], provider: Flow['provider']): string[] {
  const gateway = need(state, 'gateway');
  return offeredModels(gateway.liveIds ?? (provider.isAisa ? undefined : flags.models), gateway.endpointTypes);
}
