import type { EndpointTypes, ProviderModel } from '../catalog.js';
import type { FileWrite, WriteResult } from '../config/write.js';
import type { Context } from '../context.js';
import type { Selection } from '../doctor/runner.js';
import type { CheckId, CheckResult } from '../doctor/types.js';
import type { FileDiff, FixFlags, FixOutcome } from '../doctor/fix-types.js';
import type { Ask } from '../doctor/prompt.js';
import type { ProviderSpec } from '../provider-id.js';

/**
 * An agent whose config we edit (OpenClaw, PicoClaw). The commands are written once against this
 * interface; a target locates its files, reads them once into a state, plans edits as pure data
 * (the writes and what they mean), commits exactly a plan it made, and brings its own doctor
 * checks. It never prints or asks: it returns text and data for the command to show.
 */
export interface Target {
  id: TargetId;
  /** Refuses options this target cannot honour (PicoClaw has no --profile), before anything is read. */
  checkOptions(ctx: Context): void;
  onboard: OnboardTarget;
  models: ModelsTarget;
  doctor: DoctorTarget;
  /** The fix said when --provider-id is given to a command that only knows AIsa here. */
  otherGatewayFix(providerId: string): string;
}

/** Every target, the first the default; `--target` takes these. */
export const TARGET_IDS = ['openclaw', 'picoclaw'] as const;
export type TargetId = (typeof TARGET_IDS)[number];

/** Where the key goes (--key-storage); a target that decides this itself offers no choice. */
export type KeyStorage = 'env-file' | 'env' | 'inline';
export const KEY_STORAGES: readonly KeyStorage[] = ['env-file', 'env', 'inline'];

export type KeySource = 'flag' | 'stdin' | 'env' | 'env-file' | 'config' | 'prompt';

/** A key the target's files already hold, in the order the target itself would use them. */
export interface KeptKey {
  key: string;
  source: Extract<KeySource, 'env-file' | 'config'>;
  /** Where it is, as said to a person ("~/.openclaw/.env", "the config"). */
  where: string;
  /** Reused without asking when no flag or variable gives one (a script's re-run). */
  reuse: boolean;
}

export interface OnboardTarget {
  /** Checks onboard's own flags against what the target can write (before any file is read). */
  checkFlags(flags: { keyStorage: KeyStorage | undefined }): void;
  /** Locates the files and reads them, once; nothing later reads them again before the commit. */
  open(ctx: Context, provider: ProviderSpec): Promise<OnboardSession>;
}

/** What is there before onboarding, as the questions and defaults need it. */
export interface OnboardSeen {
  configPath: string;
  /** The default as a bare id of this provider, when it is one. */
  primary: string | undefined;
  /** The default exactly as written (any provider). */
  defaultRef: string | undefined;
  fallbacks: string[] | undefined;
  /** The gateway address our entries use today, as written. */
  baseUrl: string | undefined;
  declaredNow: string[];
  /** Stale AIsa ids written anywhere: the plan replaces them. */
  staleIds: string[];
  keptKeys: KeptKey[];
  /** Said before anything else: legacy files, keys written twice. */
  warnings: string[];
  /** How the key is kept today; undefined where the target offers no choice. */
  keyStorageNow: KeyStorage | undefined;
  /** The choices the target offers, each with the file it names; empty: it decides itself. */
  keyStorages: { value: KeyStorage; file: string | undefined }[];
}

/** Everything onboarding decided: the plan is made from this and the state read at open. */
export interface OnboardAnswers {
  provider: ProviderSpec;
  key: string;
  baseUrl: string;
  /** Bare id of the new default; undefined keeps today's. */
  primary: string | undefined;
  fallbacks: string[] | undefined;
  declared: string[];
  entries: ProviderModel[];
  keyStorage: KeyStorage | undefined;
}

export interface OnboardPlan {
  writes: FileWrite[];
  /** The writes as masked diffs: what a person confirms is exactly this. */
  diffs: FileDiff[];
  /** What the plan means that is worth a word before it is written (a variable not set here). */
  warnings: string[];
  /** A new file summed up in a few lines (a 120-line diff nobody reads); undefined: show the diff. */
  creation: string[] | undefined;
  /** What the set-up holds once written (default, fallbacks, models, the key), said under a diff too tall to show. */
  outline: string[];
  defaultModel: string | null;
  fallbacks: string[];
  /** Bare ids of the models declared after the write (the user's own included). */
  models: string[];
  /** The same models as the target's files name them (`qwen3-max` in OpenClaw's block, `aisa/qwen3-max` in PicoClaw's list). */
  names: string[];
}

export interface Committed {
  changed: boolean;
  backupPath: string | null;
  results: WriteResult[];
}

export interface OnboardSession {
  seen: OnboardSeen;
  /** Lines said before the first question on a terminal (where the config is, what is set up). */
  intro(ctx: Context): Promise<string[]>;
  plan(answers: OnboardAnswers): Promise<OnboardPlan>;
  /** Writes the plan as it was made, under the lock; refused (exit 3) if a file changed since it was read. */
  commit(plan: OnboardPlan): Promise<Committed>;
  /** After a write: where the key is and anything the target adds (version, restart). */
  summary(plan: OnboardPlan, answers: OnboardAnswers, done: Committed | undefined): string[];
  /** After the last question: what to run next, as [command, what it does]. */
  next(ctx: Context, answers: OnboardAnswers, changed: boolean): Promise<{ steps: [string, string][]; notes: string[] }>;
  /** The target's own fields of onboard's --json. */
  json(plan: OnboardPlan, answers: OnboardAnswers): Record<string, unknown>;
}

/** A model our entries declare, with whatever metadata the user's entry carries. */
export interface DeclaredModel {
  id: string;
  name?: string;
  contextWindow?: number;
  cost?: { input?: number; output?: number };
}

export interface ModelsTarget {
  read(ctx: Context, forWrite: boolean): Promise<ModelsSession>;
}

export interface ModelsEdit {
  /** New default (bare id); undefined leaves it. */
  primary?: string;
  /** New fallback chain (refs, in order); undefined leaves it, [] removes it. */
  fallbacks?: string[];
}

export interface ModelsPlan {
  writes: FileWrite[];
  diffs: FileDiff[];
  declaredAdded: string[];
  defaultModel: string | null;
  fallbacks: string[];
}

export interface ModelsSession {
  configPath: string;
  declared: DeclaredModel[];
  /** The default exactly as written, and the fallbacks the target would use. */
  primary: string | undefined;
  fallbacks: string[];
  warnings: string[];
  /** Its entries carry metadata (limits, prices): a model without curated values gets placeholders. */
  carriesMetadata: boolean;
  /** Throws the target's "not set up yet" error (exit 3). */
  requireProvider(): void;
  /** The key's live ids and what each serves, asked with the key and address the target would use. */
  live(ctx: Context): Promise<{ ids: string[]; endpointTypes: EndpointTypes }>;
  plan(edit: ModelsEdit): Promise<ModelsPlan>;
  commit(plan: ModelsPlan): Promise<Committed>;
  /** Extra fields of --json (`target`). */
  jsonFields: Record<string, unknown>;
}

export interface DoctorTarget {
  /** The contract's check ids this target has. */
  ids: readonly CheckId[];
  /** Refuses (exit 2) ids this target has no check for. */
  refuseIds(flag: string, ids: string[]): void;
  /** Whether its checks take the provider as a value (--provider-id), or know only AIsa. */
  otherGateways: boolean;
  /** Gathers the facts once and runs the selected checks over them. */
  run(ctx: Context, sel: Selection, input: { nodeVersion?: string | undefined }): Promise<DoctorSession>;
  /** Extra fields of --json (`target`). */
  jsonFields: Record<string, unknown>;
}

/** One doctor run: its results, and the --fix planned from the same facts. */
export interface DoctorSession {
  results: CheckResult[];
  configPath: string;
  /** The config could not be read or parsed: the contract's exit 3. */
  unreadable: boolean;
  fix(flags: FixFlags, ask: Ask, show: (d: FileDiff[], chmod: string[]) => void): Promise<FixOutcome>;
}
