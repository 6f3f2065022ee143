import { lstat, readlink, realpath } from '../../../config/fs-async.js';
import { dirname, join, resolve } from 'node:path';
import { CliError, ExitCode } from '../../../errors.js';
import type { ModelList } from '../../../gateway/client.js';
import type { ProbeResult } from '../../../gateway/probe.js';
import type { Balance } from '../../../gateway/balance-view.js';
import { normalizeBaseUrl } from '../../../gateway/url.js';
import type { Path } from '../../../config/document.js';
import { readEnvText } from '../envfile.js';
import { locateConfig, type ConfigLocation } from '../locate.js';
import { PROVIDER_ID } from '../provider.js';
import { ConfigTree } from '../tree.js';
import { readTextFile } from '../../../config/write.js';
import { registerSecret } from '../../../secret.js';
import { t } from '../../../i18n/index.js';
import { resolveKey, usableKey, type KeyInfo } from '../key-ref.js';
import { gatherArrivalFacts, type ArrivalFacts } from '../arrivals/facts.js';
import { detectOrigin, type OriginFinding } from '../arrivals/origin.js';

export const PROVIDER_PATH: string[] = ['models', 'providers', PROVIDER_ID];
export const MODEL_PATH: string[] = ['agents', 'defaults', 'model'];
export const ALLOW_PATH: string[] = ['agents', 'defaults', 'models'];

export type ConfigState =
  | { state: 'ok'; tree: ConfigTree }
  | { state: 'missing'; tree: ConfigTree }
  /** `stage` says which check owns the failure: reading the file, or parsing/laying it out. */
  | { state: 'error'; stage: 'read' | 'parse'; error: CliError };

export type LiveResult =
  | { kind: 'ok'; list: ModelList }
  | { kind: 'error'; error: CliError }
  | { kind: 'skipped'; reason: 'offline' | 'no-key' | 'bad-base-url' };

export interface GatherInput {
  config?: string | undefined;
  profile?: string | undefined;
  baseUrl?: string | undefined;
  timeoutMs: number;
  offline: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Injected by tests; default the running Node. */
  nodeVersion?: string;
  platform?: NodeJS.Platform;
}

/**
 * Everything the checks look at, read once: the located config, the values at the three paths the
 * AIsa set-up lives in, the `.env`, the key as OpenClaw would resolve it, and (lazily, shared by
 * every network check) the one `GET /models` answer.
 */
export interface DoctorFacts {
  input: GatherInput;
  nodeVersion: string;
  platform: NodeJS.Platform;
  loc: ConfigLocation;
  /** The real file when the config path is a symlink: read through, never written through. */
  link: string | undefined;
  config: ConfigState;
  provider: unknown;
  agentModel: unknown;
  allowList: unknown;
  envPath: string;
  envText: string | null;
  dotenv: Record<string, string>;
  key: KeyInfo;
  /** What AIsa's own guides and tools leave behind: the env block, stamps, backup, other plugins. */
  arrival: ArrivalFacts;
  /** Which of AIsa's own paths left this config, when its marks say so. */
  origin: OriginFinding | undefined;
  /** The file that holds `path` (an `$include`d one where it lives there). */
  fileOf(path: Path): Promise<string>;
  live(): Promise<LiveResult>;
  /** What the key has left; undefined when not asked or not reported. Fetched beside live(). */
  balance(): Promise<Balance | undefined>;
  /** The same request with a stand-in key when there is no usable one: any answer proves the way works. */
  reach(): Promise<LiveResult>;
  probes(models: string[]): Promise<ProbeResult[]>;
}

export async function gatherFacts(input: GatherInput): Promise<DoctorFacts> {
  const loc = locateConfig({ config: input.config, profile: input.profile, env: input.env, cwd: input.cwd });
  const envPath = join(loc.stateDir, '.env');
  // Doctor only reads here, so a symlinked .env or config is followed; --fix refuses to write through one.
  const envText = await readTextFile(envPath, { followSymlink: true }).catch(() => null);
  const dotenv = readEnvText(envText);
  const link = await linkTarget(loc.path);
  const config = link && !link.exists ? danglingLink(loc.path, link.target) : await loadConfig(link?.target ?? loc.path);
  let provider: unknown, agentModel: unknown, allowList: unknown;
  const tree = config.state === 'error' ? undefined : config.tree;
  let state = config;
  if (tree) {
    try {
      // Resolving now surfaces `$include` problems (missing, outside, ambiguous) as a parse-stage failure.
      [provider, agentModel, allowList] = await Promise.all([tree.get(PROVIDER_PATH), tree.get(MODEL_PATH), tree.get(ALLOW_PATH)]);
    } catch (e) {
      state = { state: 'error', stage: 'parse', error: asCliError(e) };
    }
  }
  const arrival = await gatherArrivalFacts(state.state === 'error' ? undefined : tree, link?.target ?? loc.path, loc.stateDir);
  const key = resolveKey(provider, input.env, dotenv, arrival.configEnv);
  registerSecret(usableKey(key));
  for (const v of Object.values(arrival.configEnv)) if (/^sk-/.test(v.trim())) registerSecret(v.trim());
  let live: Promise<LiveResult> | undefined;
  let balance: Promise<Balance | undefined> | undefined;
  let reach: Promise<LiveResult> | undefined;
  const facts: DoctorFacts = {
    input,
    nodeVersion: input.nodeVersion ?? process.versions.node,
    platform: input.platform ?? process.platform,
    loc,
    link: link?.target,
    config: state,
    provider,
    agentModel,
    allowList,
    envPath,
    envText,
    dotenv,
    key,
    arrival,
    origin: detectOrigin({ provider, primary: primaryOf(agentModel), allowList, key, arrival }),
    fileOf: async (path) => (tree ? (await tree.resolve(path)).file.path : loc.path),
    // The balance routes go out with /models, not after it: they never make the run longer.
    live: () => {
      live ??= fetchLive(facts);
      balance ??= fetchBalanceFor(facts, live);
      return live;
    },
    balance: () => {
      facts.live();
      return balance!;
    },
    reach: () => (reach ??= fetchLive(facts, true)),
    probes: (models) => probeAll(facts, models),
  };
  return facts;
}

async function loadConfig(path: string): Promise<ConfigState> {
  try {
    const tree = await ConfigTree.load(path);
    return { state: tree.main.before === null ? 'missing' : 'ok', tree };
  } catch (e) {
    const error = asCliError(e);
    return { state: 'error', stage: error.kind === 'config-parse' || error.kind === 'config-root' ? 'parse' : 'read', error };
  }
}

/** Where a symlinked config leads (the whole chain resolved), or undefined for a plain file. */
async function linkTarget(path: string): Promise<{ target: string; exists: boolean } | undefined> {
  const st = await lstat(path).catch(() => null);
  if (!st?.isSymbolicLink()) return undefined;
  const real = await realpath(path).catch(() => null);
  if (real !== null) return { target: real, exists: true };
  return { target: resolve(dirname(path), await readlink(path).catch(() => path)), exists: false };
}

function danglingLink(path: string, target: string): ConfigState {
  const m = t().doctor;
  return { state: 'error', stage: 'read', error: new CliError('config-symlink-dangling', ExitCode.config, m.configSymlinkDangling(path, target), m.configSymlinkDanglingFix(target)) };
}

function asCliError(e: unknown): CliError {
  if (e instanceof CliError) return e;
  return new CliError('internal', ExitCode.failure, e instanceof Error ? e.message : String(e));
}

/** The base URL requests go to: --base-url / AISA_BASE_URL, else the config's own, else AIsa's. */
export function requestBaseUrl(facts: DoctorFacts): string | undefined {
  const configured = (facts.provider as { baseUrl?: unknown } | undefined)?.baseUrl;
  const raw = facts.input.baseUrl ?? (typeof configured === 'string' ? configured : undefined);
  try {
    return raw === undefined ? undefined : normalizeBaseUrl(raw);
  } catch {
    return undefined;
  }
}

/** Sent only to learn whether the gateway answers at all (it answers 401): never a real key. */
const REACH_KEY = 'sk-aisa-setup-reachability-check';

function gatewayOptions(facts: DoctorFacts, anyKey = false): { apiKey: string; baseUrl?: string; timeoutMs: number; env: NodeJS.ProcessEnv } | LiveResult {
  if (facts.input.offline) return { kind: 'skipped', reason: 'offline' };
  const apiKey = usableKey(facts.key) ?? (anyKey ? REACH_KEY : undefined);
  if (!apiKey) return { kind: 'skipped', reason: 'no-key' };
  const baseUrl = requestBaseUrl(facts);
  const configured = (facts.provider as { baseUrl?: unknown } | undefined)?.baseUrl;
  if (!baseUrl && (facts.input.baseUrl !== undefined || configured !== undefined)) return { kind: 'skipped', reason: 'bad-base-url' };
  return { apiKey, timeoutMs: facts.input.timeoutMs, env: facts.input.env, ...(baseUrl ? { baseUrl } : {}) };
}

async function fetchLive(facts: DoctorFacts, anyKey = false): Promise<LiveResult> {
  const opts = gatewayOptions(facts, anyKey);
  if ('kind' in opts) return opts;
  const { listModels, requireSomeModels } = await import('../../../load/network.js');
  try {
    return { kind: 'ok', list: requireSomeModels(await listModels(opts), opts.apiKey) };
  } catch (e) {
    return { kind: 'error', error: asCliError(e) };
  }
}

async function fetchBalanceFor(facts: DoctorFacts, live: Promise<LiveResult>): Promise<Balance | undefined> {
  const opts = gatewayOptions(facts);
  if ('kind' in opts) return undefined;
  const { balanceBeside } = await import('../../../load/network.js');
  return balanceBeside(live, opts);
}

/** One chat request per model, all at once: the wait is the slowest model, not the sum. */
async function probeAll(facts: DoctorFacts, models: string[]): Promise<ProbeResult[]> {
  const opts = gatewayOptions(facts);
  if ('kind' in opts) return [];
  const { probeModel } = await import('../../../load/network.js');
  // The key's list, when it came, tells a stale id from a dead upstream on a 503.
  const live = await facts.live();
  const listed = live.kind === 'ok' ? { listed: live.list.ids } : {};
  return Promise.all(models.map((model) => probeModel({ ...opts, model, ...listed })));
}

function primaryOf(model: unknown): string | undefined {
  if (typeof model === 'string') return model;
  const p = (model as { primary?: unknown } | undefined)?.primary;
  return typeof p === 'string' ? p : undefined;
}
