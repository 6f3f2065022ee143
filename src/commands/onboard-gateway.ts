import { lookupModel, providerModelEntry, type ProviderModel } from '../catalog.js';
import type { Context } from '../context.js';
import { ExitCode, type CliError } from '../errors.js';
import { t } from '../i18n/index.js';
import { DEFAULT_BASE_URL, checkKeyShape, normalizeBaseUrl } from '../gateway/url.js';
import { PROVIDER_ID } from '../openclaw/provider.js';

export interface GatewayView {
  baseUrl: string;
  /** Ids the key can use, or undefined when validation was skipped. */
  liveIds: string[] | undefined;
}

/**
 * Checks the key's shape, then asks the gateway which models it can use. The HTTP client is
 * loaded only here, so `--skip-validation` and `--help` never pay for it.
 */
export async function validateKey(ctx: Context, key: string, opts: { skip: boolean; configured?: string | undefined }): Promise<GatewayView> {
  const baseUrl = ctx.opts.baseUrl !== undefined ? normalizeBaseUrl(ctx.opts.baseUrl) : (keptBaseUrl(opts.configured) ?? DEFAULT_BASE_URL);
  checkKeyShape(key);
  if (opts.skip) return { baseUrl, liveIds: undefined };
  const { listModels } = await import('../load/network.js');
  const res = await listModels({ baseUrl, apiKey: key, timeoutMs: ctx.opts.timeoutMs, env: ctx.io.env });
  return { baseUrl, liveIds: res.models.map((m) => m.id) };
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
export async function probeDefault(ctx: Context, key: string, baseUrl: string, model: string, providerId: string = PROVIDER_ID): Promise<ProbeOutcome> {
  const { probeModel } = await import('../load/network.js');
  const res = await probeModel({ baseUrl, apiKey: key, model, timeoutMs: ctx.opts.timeoutMs, env: ctx.io.env });
  const report: ProbeReport = { model: `${providerId}/${res.model}`, ok: res.ok, latencyMs: res.latencyMs ?? null };
  if (res.ok) return { report, exitCode: ExitCode.ok };
  report.problem = res.problem;
  return { report, error: res.error, exitCode: res.severity === 'warn' ? ExitCode.ok : res.error.exitCode };
}
