import { badResponse, errorFromResponse, noModelsError, type DiagnoseContext } from './diagnose.js';
import { errorFromNetwork, proxyShownFor } from './network-error.js';
import { LiveModelSchema, ModelsResponseSchema, tryJson, type LiveModel } from './schema.js';
import { proxyConfigFromEnv, send, type RawResponse, type TransportOptions } from './transport.js';
import { checkAisaKey } from './key-kind.js';
import { checkKeyShape, DEFAULT_BASE_URL, normalizeBaseUrl } from './url.js';

export { DEFAULT_BASE_URL, normalizeBaseUrl, checkKeyShape } from './url.js';
export type { TransportOptions } from './transport.js';

export interface GatewayOptions extends TransportOptions {
  /** Any form the user typed; normalized here (…/v1 added, http:// to a remote host refused). */
  baseUrl?: string;
  apiKey: string;
  /** Another --provider-id gateway: its keys are not judged by AIsa's shape (sk-aisa-…, not another provider's). */
  otherGateway?: boolean;
}

export interface ModelList {
  /** Live ids in the gateway's order, without duplicates. */
  ids: string[];
  models: LiveModel[];
  baseUrl: string;
  latencyMs: number;
  attempts: number;
}

/**
 * Everything a request needs before it is sent: the base URL normalized and checked, the key's
 * shape checked. Both throw a CliError before any byte leaves the machine (exit 2; another
 * provider's key sent to AIsa: exit 4).
 */
export function prepare(opts: GatewayOptions, path: DiagnoseContext['path'], model?: string): DiagnoseContext {
  const baseUrl = normalizeBaseUrl(opts.baseUrl ?? DEFAULT_BASE_URL);
  checkKeyShape(opts.apiKey);
  if (!opts.otherGateway) checkAisaKey(opts.apiKey);
  const ctx: DiagnoseContext = { baseUrl, key: opts.apiKey, path, timeoutMs: opts.timeoutMs ?? 15_000 };
  // AISA_BASE_URL wins over the files for AIsa (only --base-url beats it): a base equal to it came from it.
  if (!opts.otherGateway && fromEnv(opts.env?.AISA_BASE_URL) === baseUrl) ctx.baseUrlFromEnv = true;
  const proxy = proxyShownFor(baseUrl + path, proxyConfigFromEnv(opts.env ?? process.env));
  if (proxy) ctx.proxy = proxy;
  if (model) ctx.model = model;
  return ctx;
}

function fromEnv(value: string | undefined): string | undefined {
  try {
    return value ? normalizeBaseUrl(value) : undefined;
  } catch {
    return undefined;
  }
}

/** Sends, and turns a thrown network error into a GatewayError; HTTP answers come back as they are. */
export async function sendChecked(
  ctx: DiagnoseContext,
  opts: GatewayOptions,
  method: 'GET' | 'POST',
  json?: unknown,
): Promise<RawResponse> {
  try {
    return await send({ method, url: ctx.baseUrl + ctx.path, key: opts.apiKey, json }, opts);
  } catch (err) {
    throw errorFromNetwork(err, ctx);
  }
}

/**
 * An AIsa key whose list is empty: its own kind (exit 4, the key's settings must change), since
 * no `--model` can fix it. Another gateway's empty list is its caller's business (`--models`).
 */
export function requireSomeModels(list: ModelList, key: string): ModelList {
  if (list.ids.length === 0) throw noModelsError(key);
  return list;
}

/**
 * `GET {base}/models`: proves the key is accepted and says which ids it may use. One request
 * (a second only after a 5xx, a reset or a short Retry-After). Throws GatewayError on any failure.
 * Note the gateway does not check the balance here: only a chat request does (probe.ts).
 */
export async function listModels(opts: GatewayOptions): Promise<ModelList> {
  const ctx = prepare(opts, '/models');
  const res = await sendChecked(ctx, opts, 'GET');
  if (res.status < 200 || res.status >= 300) throw errorFromResponse(res, ctx);
  const json = tryJson(res.body);
  if (json === undefined) throw errorFromResponse(res, ctx);
  const parsed = ModelsResponseSchema.safeParse(json);
  if (!parsed.success) throw badResponse(res, 'no "data" list');
  if (parsed.data.success === false) throw badResponse(res, '"success": false', parsed.data.message, opts.apiKey, ctx);
  const data = parsed.data.data;
  if (!data) throw badResponse(res, 'no "data" list');
  // One odd entry must not hide the others: keep every entry that has an id.
  const models: LiveModel[] = [];
  const seen = new Set<string>();
  for (const item of data) {
    const m = LiveModelSchema.safeParse(item);
    if (m.success && !seen.has(m.data.id)) {
      seen.add(m.data.id);
      models.push(m.data);
    }
  }
  if (models.length === 0 && data.length > 0) throw badResponse(res, 'no model has an "id"');
  return { ids: models.map((m) => m.id), models, baseUrl: ctx.baseUrl, latencyMs: res.latencyMs, attempts: res.attempts };
}
