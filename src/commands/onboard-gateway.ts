import { hasKnownLimits, lookupModel, providerModelEntry, type ProviderModel } from '../catalog.js';
import { providerOf, type Context } from '../context.js';
import { ExitCode, type CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { checkKeyShape } from '../gateway/url.js';
import { resolveBaseUrl } from '../resolve.js';
import { AISA_ID as PROVIDER_ID } from '../provider-id.js';
import type { GatewayView } from '../gateway/view.js';

export type { GatewayView };


/**
 * Checks the key's shape, then asks the gateway which models it can use. The HTTP client is
 * loaded only here, so `--skip-validation` and `--help` never pay for it.
 */
export async function validateKey(ctx: Context, key: string, opts: { skip: boolean; configured?: string | undefined }): Promise<GatewayView> {
  const { value: baseUrl, source: baseUrlSource } = resolveBaseUrl(ctx, opts.configured);
  checkKeyShape(key);
  if (opts.skip) return { baseUrl, baseUrlSource, liveIds: undefined };
  const { listModels, balanceBeside, requireSomeModels } = await import('../load/network.js');
  const gw = { baseUrl, apiKey: key, timeoutMs: ctx.opts.timeoutMs, env: ctx.io.env };
  // In parallel with /models; a gateway without the routes answers at once (404).
  const models = listModels(gw);
  const balance = balanceBeside(models, gw);
  const res = await models;
  if (providerOf(ctx).isAisa) requireSomeModels(res, key);
  const view: GatewayView = { baseUrl, baseUrlSource, liveIds: res.models.map((m) => m.id) };
  const types = Object.fromEntries(res.models.flatMap((m) => (m.supported_endpoint_types ? [[m.id, m.supported_endpoint_types]] : [])));
  if (Object.keys(types).length) view.endpointTypes = types;
  const b = await balance;
  if (b) view.balance = b;
  return view;
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
  return !known || !hasKnownLimits(id);
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
 * channel or a temperature rule before the agent does. Run after the write: none of those make the
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
