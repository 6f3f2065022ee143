import { bareId } from '../../../catalog.js';
import type { Path } from '../../../config/document.js';
import { PROVIDER_ID } from '../provider.js';
import { ALLOW_PATH, MODEL_PATH, PROVIDER_PATH, type DoctorFacts } from './facts.js';
import { isObject } from './guards.js';

/**
 * Every place a model id is written: the provider block's own ids (bare) and the references in
 * agent defaults (`aisa/<id>`). Stale ids and prefix mistakes can sit in any of them.
 */
export interface ModelRef {
  kind: 'declared' | 'primary' | 'fallback' | 'allow-key';
  path: Path;
  value: string;
}


export function declaredRefs(provider: unknown): ModelRef[] {
  const models = isObject(provider) ? provider.models : undefined;
  if (!Array.isArray(models)) return [];
  return models.flatMap((m, i) =>
    isObject(m) && typeof m.id === 'string' ? [{ kind: 'declared' as const, path: [...PROVIDER_PATH, 'models', i, 'id'], value: m.id }] : [],
  );
}

export function agentRefs(agentModel: unknown, allowList: unknown): ModelRef[] {
  const out: ModelRef[] = [];
  if (typeof agentModel === 'string') out.push({ kind: 'primary', path: MODEL_PATH, value: agentModel });
  if (isObject(agentModel)) {
    if (typeof agentModel.primary === 'string') out.push({ kind: 'primary', path: [...MODEL_PATH, 'primary'], value: agentModel.primary });
    if (Array.isArray(agentModel.fallbacks)) {
      agentModel.fallbacks.forEach((f, i) => {
        if (typeof f === 'string') out.push({ kind: 'fallback', path: [...MODEL_PATH, 'fallbacks', i], value: f });
      });
    }
  }
  if (isObject(allowList)) for (const k of Object.keys(allowList)) out.push({ kind: 'allow-key', path: [...ALLOW_PATH, k], value: k });
  return out;
}

export function allRefs(facts: Pick<DoctorFacts, 'provider' | 'agentModel' | 'allowList'>): ModelRef[] {
  return [...declaredRefs(facts.provider), ...agentRefs(facts.agentModel, facts.allowList)];
}

/** Bare ids the provider block declares, read as OpenClaw should read them (prefix stripped). */
export function declaredIds(provider: unknown): Set<string> {
  return new Set(declaredRefs(provider).map((r) => bareId(r.value, PROVIDER_ID)));
}

/** The default model reference as written, from either shape of `agents.defaults.model`. */
export function primaryRef(agentModel: unknown): ModelRef | undefined {
  return agentRefs(agentModel, undefined).find((r) => r.kind === 'primary');
}

export function isAisaRef(value: string): boolean {
  return value.startsWith(`${PROVIDER_ID}/`);
}
