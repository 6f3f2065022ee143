import { lookupModel, providerModelEntry, type ProviderModel } from '../catalog.js';
import { providerOf, type Context } from '../context.js';
import { ExitCode, type CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { DEFAULT_BASE_URL, checkKeyShape, normalizeBaseUrl } from '../gateway/url.js';
import { PROVIDER_ID } from '../targets/openclaw/provider.js';
import type { Balance } from '../gateway/balance-view.js';

export interface GatewayView {
  baseUrl: string;
  /** Ids the key can use, or undefined when validation was skipped. */
  liveIds: string[] | undefined;
  /** The gateway's `supported_endpoint_types` per id, where it sent them (what each model serves). */
  endpointTypes?: Record<string, readonly string[]>;
  /** What the key has left, when the gateway reports it. */
  balance?: Balance;
}


/**
 * Checks the key's shape, then asks the gateway which models it can use. The HTTP client is
 * loaded only here, so `--skip-validation` and `--help` never pay for it.
 */
export async function validateKey(ctx: Context, key: string, opts: { skip: boolean; configured?: string | undefined }): Promise<GatewayView> {
  const baseUrl = ctx.opts.baseUrl !== undefined ? normalizeBaseUrl(ctx.opts.baseUrl) : (keptBaseUrl(opts.configured) ?? DEFAULT_BASE_URL);
  checkKeyShape(key);
  if (opts.skip) return { baseUrl, liveIds: undefined };
  const { listModels, balanceBeside, requireSomeModels } = await import('../load/network.js');
  const gw = { baseUrl, apiKey: key, timeoutMs: ctx.opts.timeoutMs, env: ctx.io.env };
  // In parallel with /models; a gateway without the routes answers at once (404).
  const models = listModels(gw);
  const balance = balanceBeside(models, gw);
  const res = await models;
  if (providerOf(ctx).isAisa) requireSomeModels(res, key);
  const view: GatewayView = { baseUrl, liveIds: res.models.map((m) => m.id) };
  const types = Object.fromEntries(res.models.flatMap((m) => (m.supported_endpoint_types ? [[m.id, m.supported_endpoint_types]] : [])));
  if (Object.keys(types).length) view.endpointTypes = types;
  const b = await balance;
  if (b) view.balance = b;
  return view;
}

/**
 * Without --base-url, a re-run keeps the address the config already uses (a proxy, a regional
 * endpoint), tidied (`/v1` added). One we would refuse as a flag (plain http to a remote host) is
 * not kept: the default replaces it, and the diff shows that.
 */
function keptBaseUrl(configured: string | undefined): string | undefined {
  if (!configured) return undefined;
  try {
    return normalizeBaseUrl(configured);
  } catch {
    return undefined;
  }
}

/** Provider entries for the declared ids: catalog metadata, or conservative values said out loud. */
export function buildEntries(declared: string[], warn: (s: string) => void): ProviderModel[] {
  return declared.map((id) => {
    if (hasPlaceholderMetadata(id)) warn(t().onboard.unknownModel(id));
    return providerModelEntry(id);
  });
}

/** Not in the catalog, or listed without limits and price: its entry gets conservative placeholders. */
export function hasPlaceholderMetadata(id: string): boolean {
  const known = lookupModel(id);
  return !known || known.metadataKnown === false;
}

/** The `probe` field of onboard's --json document. */
export interface ProbeReport {
  model: string;
  ok: boolean;
  /** null when no answer came back (network failure, timeout). */
  latencyMs: number | null;
  problem?: string;
}

export interface ProbeOutcome {
  report: ProbeReport;
  /** Set when the probe failed: its message and fix are what to show. */
  error?: CliError;
  /** The exit code this outcome calls for: 0 when the chat worked or the problem is transient. */
  exitCode: number;
}

/**
 * One small chat to the default model (--probe): the only way to see an empty balance, a dead
 * channel or a temperature rule before OpenClaw does. Run after the write: none of those make the
 * config wrong, but each deserves a non-zero exit for a script that asked to probe.
 */
export async function probeDefault(ctx: Context, key: string, gateway: GatewayView, model: string, providerId: string = PROVIDER_ID): Promise<ProbeOutcome> {
  const { probeModel } = await import('../load/network.js');
  const opts = { baseUrl: gateway.baseUrl, apiKey: key, model, timeoutMs: ctx.opts.timeoutMs, env: ctx.io.env };
  // The key's list tells a stale id (not listed) from a dead upstream (listed) on a 503.
  const res = await probeModel(gateway.liveIds ? { ...opts, listed: gateway.liveIds } : opts);
  const report: ProbeReport = { model: `${providerId}/${res.model}`, ok: res.ok, latencyMs: res.latencyMs ?? null };
  if (res.ok) return { report, exitCode: ExitCode.ok };
  report.problem = res.problem;
  return { report, error: res.error, exitCode: res.severity === 'warn' ? ExitCode.ok : res.error.exitCode };
}
