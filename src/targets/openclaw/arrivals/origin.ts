/**
 * Which of AIsa's own paths left this config, by the marks each one leaves (facts.md): the script's
 * stamps, inline key, placeholder metadata and `anthropic/claude-opus-4-5` alias; the tutorial's key
 * in the `env` block and id+name-only models (its older versions defaulting to `aisa/gpt-4.1`); a
 * ClawHub plugin's `aisa:default` auth profile with no provider block.
 */
import type { KeyInfo } from '../key-ref.js';
import { KEY_ENV_VAR, PROVIDER_ID } from '../provider.js';
import type { ArrivalFacts } from './facts.js';
import { isIdNameOnly, isScriptPlaceholder } from './model-repairs.js';

export type Origin = 'script' | 'tutorial-old' | 'tutorial' | 'plugin';

export type Mark =
  | { kind: 'inline-key' | 'stamps' | 'opus-alias' | 'env-key' | 'plugin-auth' }
  | { kind: 'placeholders' | 'id-name-only'; count: number }
  | { kind: 'old-default'; ref: string }
  | { kind: 'plugin'; name: string };

export interface OriginFinding {
  origin: Origin;
  marks: Mark[];
}

/** The older tutorials' defaults: ids AIsa has since retired (facts.md). */
const OLD_TUTORIAL_DEFAULTS = new Set([`${PROVIDER_ID}/gpt-4.1`, `${PROVIDER_ID}/gpt-5-mini`]);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface OriginInput {
  provider: unknown;
  primary: string | undefined;
  allowList: unknown;
  key: KeyInfo;
  arrival: ArrivalFacts;
}

export function detectOrigin(f: OriginInput): OriginFinding | undefined {
  const models = isObject(f.provider) && Array.isArray(f.provider.models) ? f.provider.models : [];
  const placeholders = models.filter(isScriptPlaceholder).length;
  const idNameOnly = models.filter(isIdNameOnly).length;
  const stamps = f.arrival.meta !== undefined && f.arrival.wizard !== undefined;
  const opus = isObject(f.allowList) && isObject(f.allowList['anthropic/claude-opus-4-5']) && f.allowList['anthropic/claude-opus-4-5'].alias === 'opus';
  const script: Mark[] = [];
  if (placeholders > 0) script.push({ kind: 'placeholders', count: placeholders });
  if (opus) script.push({ kind: 'opus-alias' });
  if (stamps) script.push({ kind: 'stamps' });
  if (f.key.kind === 'inline') script.push({ kind: 'inline-key' });
  // Placeholders and one more mark: a person copying a placeholder entry by hand is not the script.
  if (placeholders > 0 && script.length >= 2) return { origin: 'script', marks: script };
  const envKey = f.arrival.envEntries.some((e) => e.path[e.path.length - 1] === KEY_ENV_VAR);
  if (idNameOnly > 0 && (envKey || (f.primary !== undefined && OLD_TUTORIAL_DEFAULTS.has(f.primary)))) {
    const marks: Mark[] = [{ kind: 'id-name-only', count: idNameOnly }];
    if (envKey) marks.push({ kind: 'env-key' });
    const old = f.primary !== undefined && OLD_TUTORIAL_DEFAULTS.has(f.primary);
    if (old) marks.push({ kind: 'old-default', ref: f.primary! });
    return { origin: old ? 'tutorial-old' : 'tutorial', marks };
  }
  const pluginAuth = !isObject(f.provider) && isObject(f.arrival.authProfiles) && `${PROVIDER_ID}:default` in f.arrival.authProfiles;
  if (f.arrival.otherPlugins.length > 0 || pluginAuth) {
    const marks: Mark[] = f.arrival.otherPlugins.map((p) => ({ kind: 'plugin' as const, name: p.name }));
    return { origin: 'plugin', marks: pluginAuth ? [...marks, { kind: 'plugin-auth' }] : marks };
  }
  return undefined;
}

/** Whether id+name-only entries are the tutorial's or the script's (not a person's): see model-repairs.ts. */
export function isGuideArrival(found: OriginFinding | undefined): boolean {
  return found !== undefined && found.origin !== 'plugin';
}
