import { CliError, CliError as Err, ExitCode } from '../../errors.js';
import type { Balance } from '../../gateway/balance-view.js';
import type { ModelList } from '../../gateway/client.js';
import { normalizeBaseUrl } from '../../gateway/url.js';
import { registerSecret } from '../../secret.js';
import { loadPicoclaw, type PicoConfig } from './config.js';
import type { PicoLocation } from './locate.js';
import { isVariableName, readPicoState, type PicoState } from './state.js';

export type PicoLive = { kind: 'ok'; list: ModelList } | { kind: 'error'; error: CliError } | { kind: 'skipped'; reason: 'offline' | 'no-key' | 'bad-base-url' };

/** What PicoClaw's doctor looks at, read once; the one `GET /models` is shared by the network checks. */
export interface PicoFacts {
  input: { timeoutMs: number; offline: boolean; env: NodeJS.ProcessEnv; baseUrl: string | undefined };
  nodeVersion: string;
  providerId: string;
  loc: PicoLocation;
  config: { state: 'ok'; cfg: PicoConfig; pico: PicoState } | { state: 'missing' } | { state: 'error'; error: CliError };
  /** `GET /models` with the first key and base: what network and model-ids read. */
  live(): Promise<PicoLive>;
  /** `GET /models` with one key against one base, asked once per pair: api-key-valid checks every key. */
  liveFor(key: string, baseUrl: string | undefined): Promise<PicoLive>;
  /** What the first key has left, asked beside live() (never after it); undefined when not reported. */
  balance(): Promise<Balance | undefined>;
}

export async function gatherPicoFacts(loc: PicoLocation, input: PicoFacts['input'], providerId: string, nodeVersion: string): Promise<PicoFacts> {
  let config: PicoFacts['config'];
  try {
    const cfg = await loadPicoclaw(loc);
    config = cfg.before === null ? { state: 'missing' } : { state: 'ok', cfg, pico: readPicoState(cfg, providerId) };
  } catch (e) {
    config = { state: 'error', error: e instanceof Err ? e : new Err('internal', ExitCode.failure, String(e)) };
  }
  // A variable's name written as the key is not a secret: masking it would garble the advice that names it.
  if (config.state === 'ok') for (const e of config.pico.entries) if (e.key && !isVariableName(e.key)) registerSecret(e.key);
  const asked = new Map<string, Promise<PicoLive>>();
  let balance: Promise<Balance | undefined> | undefined;
  const liveFor = (key: string, baseUrl: string | undefined) => {
    const id = `${baseUrl ?? ''}\n${key}`;
    if (!asked.has(id)) asked.set(id, fetchLive(facts, key, baseUrl));
    return asked.get(id)!;
  };
  const facts: PicoFacts = {
    input,
    nodeVersion,
    providerId,
    loc,
    config,
    live: () => {
      const key = config.state === 'ok' ? config.pico.entries.find((e) => e.key)?.key : undefined;
      if (!key) return Promise.resolve({ kind: 'skipped', reason: 'no-key' });
      const baseUrl = picoBaseUrl(facts);
      const live = liveFor(key, baseUrl);
      if (!input.offline && baseUrl) balance ??= balanceFor(live, { baseUrl, apiKey: key.trim(), timeoutMs: input.timeoutMs, env: input.env });
      return live;
    },
    liveFor,
    balance: () => {
      facts.live();
      return balance ?? Promise.resolve(undefined);
    },
  };
  return facts;
}

/** The base URL requests go to: --base-url, else the first entry's api_base. */
export function picoBaseUrl(facts: PicoFacts): string | undefined {
  const raw = facts.input.baseUrl ?? (facts.config.state === 'ok' ? facts.config.pico.entries.find((e) => typeof e.apiBase === 'string')?.apiBase : undefined);
  try {
    return typeof raw === 'string' ? normalizeBaseUrl(raw) : undefined;
  } catch {
    return undefined;
  }
}

/** The base an entry's requests go to: --base-url, else its own api_base, tidied; undefined if unusable. */
export function entryBaseUrl(facts: PicoFacts, apiBase: unknown): string | undefined {
  const raw = facts.input.baseUrl ?? apiBase;
  try {
    return typeof raw === 'string' && raw !== '' ? normalizeBaseUrl(raw) : undefined;
  } catch {
    return undefined;
  }
}

async function balanceFor(live: Promise<PicoLive>, opts: { baseUrl: string; apiKey: string; timeoutMs: number; env: NodeJS.ProcessEnv }): Promise<Balance | undefined> {
  const { balanceBeside } = await import('../../load/network.js');
  return balanceBeside(live, opts);
}

async function fetchLive(facts: PicoFacts, key: string, baseUrl: string | undefined): Promise<PicoLive> {
  if (facts.input.offline) return { kind: 'skipped', reason: 'offline' };
  if (!baseUrl) return { kind: 'skipped', reason: 'bad-base-url' };
  const { listModels, requireSomeModels } = await import('../../load/network.js');
  try {
    // An empty list is its own diagnosis (no-models), as for OpenClaw: no choice of model can fix it.
    const list = await listModels({ baseUrl, apiKey: key.trim(), timeoutMs: facts.input.timeoutMs, env: facts.input.env, otherGateway: facts.providerId !== 'aisa' });
    return { kind: 'ok', list: facts.providerId === 'aisa' ? requireSomeModels(list, key.trim()) : list };
  } catch (e) {
    return { kind: 'error', error: e instanceof Err ? e : new Err('internal', ExitCode.failure, String(e)) };
  }
}
