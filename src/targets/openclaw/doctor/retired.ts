import { bareId, displayName, lookupModel, providerModelEntry, replacementFor, successorFor } from '../../../catalog.js';
import { PROVIDER_ID } from '../provider.js';
import type { DoctorFacts } from './facts.js';
import { isObject } from './guards.js';
import { liveIds } from './live.js';
import { allRefs, isAisaRef, primaryRef } from './refs.js';

type Json = Record<string, unknown>;

/**
 * What --fix does with ids the key no longer lists (AIsa retires ids every month): each goes to the
 * listed model that replaced it (`to`, successorFor: AIsa's word, else the newest listed model of
 * its line), or, with none, leaves the fallbacks and declarations (`drop`). A default without a
 * successor stays as written: which model replaces it is the user's choice (default-model says so).
 * Stale ids (listed but dead, STALE_IDS) are the model-ids check's other half and not handled here.
 */
export interface Retirement {
  to: Map<string, string>;
  drop: Set<string>;
}

/** Undefined when the gateway was not asked (offline) or nothing is retired. */
export async function retirements(facts: Pick<DoctorFacts, 'provider' | 'agentModel' | 'allowList' | 'live'>): Promise<Retirement | undefined> {
  const live = await liveIds(facts.live);
  if (!live) return undefined;
  const listed = [...live];
  const r: Retirement = { to: new Map(), drop: new Set() };
  for (const ref of allRefs(facts)) {
    if (ref.kind !== 'declared' && !isAisaRef(ref.value)) continue;
    const id = bareId(ref.value, PROVIDER_ID);
    if (live.has(id) || replacementFor(id)) continue;
    const to = successorFor(id, listed);
    if (to) r.to.set(id, to);
    else r.drop.add(id);
  }
  return r.to.size || r.drop.size ? r : undefined;
}

function defaultId(agentModel: unknown): string | undefined {
  const p = primaryRef(agentModel);
  return p && isAisaRef(p.value) ? bareId(p.value, PROVIDER_ID) : undefined;
}

/** The provider block's models: retired ids renamed (a generated name follows, the user's own is kept), dropped ones removed. */
export function retireInBlock(block: unknown, r: Retirement, agentModel: unknown): unknown {
  if (!isObject(block) || !Array.isArray(block.models)) return block;
  const keep = defaultId(agentModel);
  const models = block.models.flatMap((m) => {
    if (!isObject(m) || typeof m.id !== 'string') return [m];
    const id = bareId(m.id, PROVIDER_ID);
    const to = r.to.get(id);
    if (to) {
      const generated = m.name === undefined || m.name === id || m.name === displayName(id) || m.name === lookupModel(id)?.name;
      return [{ ...m, id: to, ...(generated ? { name: providerModelEntry(to).name } : {}) }];
    }
    return r.drop.has(id) && id !== keep ? [] : [m];
  });
  return { ...block, models };
}

function retireRef(value: string, r: Retirement): string | undefined {
  if (!isAisaRef(value)) return value;
  const id = bareId(value, PROVIDER_ID);
  const to = r.to.get(id);
  if (to) return `${PROVIDER_ID}/${to}`;
  return r.drop.has(id) ? undefined : value;
}

/** `agents.defaults.model` with successors in place, and fallbacks without one removed. */
export function retireInModel(model: unknown, r: Retirement): unknown {
  if (typeof model === 'string') return retireRef(model, r) ?? model;
  if (!isObject(model)) return model;
  const out: Json = { ...model };
  if (typeof out.primary === 'string') out.primary = retireRef(out.primary, r) ?? out.primary;
  if (Array.isArray(out.fallbacks)) out.fallbacks = out.fallbacks.flatMap((f) => (typeof f === 'string' ? [retireRef(f, r)].filter((x) => x !== undefined) : [f]));
  return out;
}

/** `agents.defaults.models` keys renamed (an entry already under the new name wins) or removed; the default's own key stays. */
export function retireInAllow(allow: unknown, r: Retirement, agentModel: unknown): unknown {
  if (!isObject(allow)) return allow;
  const keep = defaultId(agentModel);
  const out: Json = {};
  for (const [k, v] of Object.entries(allow)) {
    // A default without a successor keeps its key (it stays the default); every other key follows retireRef.
    const ref = bareId(k, PROVIDER_ID) === keep && r.drop.has(keep) ? k : retireRef(k, r);
    if (ref !== undefined && (!(ref in out) || ref === k)) out[ref] = v;
  }
  return out;
}
