import type { Context } from '../../context.js';
import type { ProviderSpec } from '../../provider-id.js';
import type { GatewayView } from '../../gateway/view.js';
import type { KeySource, KeyStorage, OnboardSeen, OnboardSession } from '../../targets/target.js';
import type { Colors } from '../../ui/color.js';
import type { Prompts } from '../../ui/prompts.js';
import type { OnboardFlags } from '../onboard-flags.js';
import type { ProbeReport } from '../onboard-gateway.js';

/** What the steps learn and decide, filled in order; a later step reads what an earlier one set. */
export interface FlowState {
  seen: OnboardSeen;
  key: string;
  keySource: KeySource;
  gateway: GatewayView;
  /** Bare id of the new default; null keeps another provider's default (mybox/llama3.3). */
  primary: string | null;
  fallbacks: string[] | undefined;
  declared: string[];
  keyStorage: KeyStorage | undefined;
  probe: ProbeReport | undefined;
  /** Non-zero when something after the write failed (a failed probe): the run's exit code. */
  exitCode: number;
}

/**
 * The shared context of the onboarding flow (create-astro style): each step takes the slice it
 * needs with `Pick<Flow, …>`, so its signature says what it touches and a test builds only that.
 */
export interface Flow {
  ctx: Context;
  flags: OnboardFlags;
  provider: ProviderSpec;
  session: OnboardSession;
  prompts: Prompts;
  c: Colors;
  state: Partial<FlowState>;
  warn(text: string): void;
}

export type Step = (flow: Flow) => Promise<void>;

/** Reads a state field a previous step must have set: a missing one is a bug in the step order. */
export function need<K extends keyof FlowState>(state: Partial<FlowState>, key: K): FlowState[K] {
  const v = state[key];
  if (v === undefined) throw new Error(`onboard flow: ${String(key)} is not set yet`);
  return v as FlowState[K];
}
