import type { Context } from '../context.js';
import { CliError, ExitCode } from '../errors.js';
import { t, listSep } from '../i18n/index.js';
import type { ProviderSpec } from '../provider-id.js';
import type { OnboardSeen } from '../targets/target.js';
import type { OnboardFlags } from './onboard-flags.js';
import type { GatewayView } from './onboard-gateway.js';
import { chooseGatewayModels, chooseModels, keptFallbacksOf } from './onboard-models.js';
import { correctStaleIds } from './onboard-flags.js';
import { buildEntries } from './onboard-gateway.js';
import { closestIds } from '../suggest.js';
import { genericModelEntry, replacementFor, type ProviderModel } from '../catalog.js';

/** What every target writes: the default (undefined = keep today's), fallbacks and entries. */
export interface OnboardChoice {
  primary: string | undefined;
  fallbacks: string[] | undefined;
  declared: string[];
  entries: ProviderModel[];
}

/**
 * Refuses, before any request, what another gateway cannot do without: an address (only AIsa has
 * a default) and, offline, a list of models (only AIsa has a catalog).
 */
export function checkGatewayInputs(ctx: Context, provider: ProviderSpec, flags: OnboardFlags): void {
  if (provider.isAisa) return;
  const g = t().gateways;
  if (!ctx.opts.baseUrl) throw new CliError('usage', ExitCode.usage, g.needsBaseUrl(provider.id), g.needsBaseUrlFix(provider.id));
  if (flags.skipValidation && !flags.models) throw new CliError('usage', ExitCode.usage, g.needsModels(provider.id), g.needsModelsFix);
}

/** AIsa: the catalog decides metadata and corrects stale ids. Another gateway: its own list, generic metadata. */
export function chooseFor(provider: ProviderSpec, flags: OnboardFlags, around: Pick<OnboardSeen, 'primary' | 'defaultRef'> & Partial<Pick<OnboardSeen, 'staleIds' | 'declaredNow' | 'fallbacks'>>, gateway: GatewayView, warn: (s: string) => void): OnboardChoice {
  const input = { model: flags.model, fallbacks: flags.fallbacks, models: flags.models, currentPrimary: around.primary, liveIds: gateway.liveIds, endpointTypes: gateway.endpointTypes };
  if (provider.isAisa) {
    const once = onceEach(warn);
    // Another provider's default (mybox/llama3.3) is never replaced without a word.
    const other = !flags.model && around.defaultRef !== undefined && around.primary === undefined ? around.defaultRef : undefined;
    // Today's chain, kept without --fallback: its AIsa models are declared like the rest.
    const keptFallbacks = flags.fallbacks ? [] : keptFallbacksOf(around.fallbacks, provider.id, around.staleIds);
    const c = chooseModels({ ...input, keptDefault: flags.keepDefault ? other : undefined, keptFallbacks }, once);
    // The write replaces every stale id in the config (block, chain, allow-list): say so for each.
    correctStaleIds(around.staleIds ?? [], once);
    if (gateway.liveIds) assertUsable(c, flags, around.primary, gateway.liveIds, warn, keptFallbacks);
    const entries = buildEntries(c.declared, warn);
    if (other && flags.keepDefault) return { ...c, primary: undefined, entries };
    if (other) warn(t().onboard.otherDefaultReplaced(other, `${provider.id}/${c.primary}`));
    return { ...c, entries };
  }
  const g = t().gateways;
  if (!flags.models && gateway.liveIds?.length === 0) throw new CliError('usage', ExitCode.usage, g.emptyList(provider.id), g.emptyListFix);
  const c = chooseGatewayModels({ ...input, hasDefault: around.defaultRef !== undefined, declaredNow: around.declaredNow });
  if (gateway.liveIds) {
    const live = new Set(gateway.liveIds);
    for (const id of c.declared) if (!live.has(id)) warn(g.notListed(id, provider.id));
  }
  warn(g.genericMetadata(c.declared.length));
  return { ...c, entries: c.declared.map(genericModelEntry) };
}

/**
 * A model the key cannot use is refused (exit 2) with the nearest ids, before anything is written:
 * a typo must not become a default that answers 503. Today's default, kept without --model, is
 * only warned about: refusing it would block a plain re-run.
 */
function assertUsable(c: { primary: string; declared: string[] }, flags: OnboardFlags, currentPrimary: string | undefined, liveIds: string[], warn: (s: string) => void, keptFallbacks: string[]): void {
  const live = new Set(liveIds);
  const kept = !flags.model && c.primary === currentPrimary ? c.primary : undefined;
  const m = t().onboard;
  for (const id of new Set([c.primary, ...c.declared])) {
    if (live.has(id) || id.includes('/')) continue;
    if (id === kept) {
      warn(m.keptDefaultUnavailable(id));
      continue;
    }
    if (keptFallbacks.includes(id)) {
      warn(m.keptFallbackUnavailable(id));
      continue;
    }
    const near = closestIds(id, liveIds.filter((l) => !replacementFor(l)));
    // Without --model the default was ours to pick: say how to pick another.
    if (id === c.primary && !flags.model) throw new CliError('model-unavailable', ExitCode.usage, m.defaultUnavailable(id), m.pickModelFix(near.join(listSep())));
    throw new CliError('model-unavailable', ExitCode.usage, t().models.notAvailable(id), near.length ? t().models.closest(near.join(listSep())) : t().models.noneClose);
  }
}

export function gatewayMissingKey(provider: ProviderSpec): CliError {
  const g = t().gateways;
  return new CliError('missing-key', ExitCode.usage, g.noKey(provider.id, provider.keyEnvVar), g.noKeyFix(provider.keyEnvVar));
}

/** The same warning once, however many places hold the stale id. */
function onceEach(warn: (s: string) => void): (s: string) => void {
  const seen = new Set<string>();
  return (text) => {
    if (seen.has(text)) return;
    seen.add(text);
    warn(text);
  };
}
