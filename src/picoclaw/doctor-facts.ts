import { CliError, CliError as Err, ExitCode } from '../errors.js';
import type { ModelList } from '../gateway/client.js';
import { normalizeBaseUrl } from '../gateway/url.js';
import { registerSecret } from '../secret.js';
import { loadPicoclaw, type PicoConfig } from './config.js';
import type { PicoLocation } from './locate.js';
import { readPicoState, type PicoState } from './state.js';

export type PicoLive = { kind: 'ok'; list: ModelList } | { kind: 'error'; error: CliError } | { kind: 'skipped'; reason: 'offline' | 'no-key' | 'bad-base-url' };

/** What PicoClaw's doctor looks at, read once; the one `GET /models` is shared by the network checks. */
export interface PicoFacts {
  input: { timeoutMs: number; offline: boolean; env: NodeJS.ProcessEnv; baseUrl: string | undefined };
  nodeVersion: string;
  providerId: string;
  loc: PicoLocation;
  config: { state: 'ok'; cfg: PicoConfig; pico: PicoState } | { state: 'missing' } | { state: 'error'; error: CliError };
  live(): Promise<PicoLive>;
}

export async function gatherPicoFacts(loc: PicoLocation, input: PicoFacts['input'], providerId: string, nodeVersion: string): Promise<PicoFacts> {
  let config: PicoFacts['config'];
  try {
    const cfg = await loadPicoclaw(loc);
    config = cfg.before === null ? { state: 'missing' } : { state: 'ok', cfg, pico: readPicoState(cfg, providerId) };
  } catch (e) {
    config = { state: 'error', error: e instanceof Err ? e : new Err('internal', ExitCode.failure, String(e)) };
  }
  if (config.state === 'ok') for (const e of config.pico.entries) registerSecret(e.key);
  let live: Promise<PicoLive> | undefined;
  const facts: PicoFacts = { input, nodeVersion, providerId, loc, config, live: () => (live ??= fetchLive(facts)) };
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

async function fetchLive(facts: PicoFacts): Promise<PicoLive> {
  if (facts.input.offline) return { kind: 'skipped', reason: 'offline' };
  const key = facts.config.state === 'ok' ? facts.config.pico.entries.find((e) => e.key)?.key : undefined;
  if (!key) return { kind: 'skipped', reason: 'no-key' };
  const baseUrl = picoBaseUrl(facts);
  if (!baseUrl) return { kind: 'skipped', reason: 'bad-base-url' };
  const { listModels } = await import('../gateway/client.js');
  try {
    return { kind: 'ok', list: await listModels({ baseUrl, apiKey: key.trim(), timeoutMs: facts.input.timeoutMs, env: facts.input.env }) };
  } catch (e) {
    return { kind: 'error', error: e instanceof Err ? e : new Err('internal', ExitCode.failure, String(e)) };
  }
}
