import { bareId, needsTemperatureOne } from '../catalog.js';
import { ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import { prepare, sendChecked, type GatewayOptions } from './client.js';
import { badResponse, errorFromResponse } from './diagnose.js';
import { GatewayError } from './error.js';
import { ChatResponseSchema, tryJson } from './schema.js';

export interface ProbeOptions extends GatewayOptions {
  /** Bare (`kimi-k2.5`) or prefixed (`aisa/kimi-k2.5`). */
  model: string;
  /**
   * The ids the key's /models listed, when the caller has them: a 503 "no channel" then says
   * whether the id is stale (not listed) or its upstream is down (listed).
   */
  listed?: readonly string[];
}

export type ProbeResult =
  | {
      ok: true;
      model: string;
      latencyMs: number;
      content: string;
      usage?: { promptTokens?: number; completionTokens?: number };
    }
  | {
      ok: false;
      model: string;
      latencyMs?: number;
      /** The error kind: balance-exhausted, model-unavailable, temperature-one, empty-content, timeout… */
      problem: string;
      /** `warn`: worth telling, the set-up still works (empty content is usually transient). */
      severity: 'warn' | 'fail';
      error: GatewayError;
      replacement?: string;
    };

/** The request body: the smallest chat that proves balance, channel and parameters. */
export function probeBody(model: string): Record<string, unknown> {
  const body: Record<string, unknown> = { model, messages: [{ role: 'user', content: 'ping' }], max_tokens: 16 };
  // Only where the model demands it: kimi-k2.5 rejects anything but 1; others keep their default.
  if (needsTemperatureOne(model)) body.temperature = 1;
  return body;
}

function failed(model: string, error: GatewayError, latencyMs?: number): ProbeResult {
  const severity = error.kind === 'empty-content' ? 'warn' : 'fail';
  const out: ProbeResult = { ok: false, model, problem: error.kind, severity, error };
  if (latencyMs !== undefined) out.latencyMs = latencyMs;
  if (error.replacement) out.replacement = error.replacement;
  return out;
}

/**
 * `POST {base}/chat/completions` once, with `max_tokens: 16`. `/models` cannot see an empty
 * balance, a dead channel or a temperature rule; this can. Every gateway or network failure is
 * returned as a result (doctor probes models in parallel and reports each); only a malformed
 * base URL or key, which no request could fix, throws.
 */
export async function probeModel(opts: ProbeOptions): Promise<ProbeResult> {
  const model = bareId(opts.model);
  const ctx = prepare(opts, '/chat/completions', model);
  if (opts.listed) ctx.listed = opts.listed.map((id) => bareId(id));
  let res;
  try {
    res = await sendChecked(ctx, opts, 'POST', probeBody(model));
  } catch (err) {
    if (err instanceof GatewayError) return failed(model, err);
    throw err;
  }
  if (res.status < 200 || res.status >= 300) return failed(model, errorFromResponse(res, ctx), res.latencyMs);
  const json = tryJson(res.body);
  if (json === undefined) return failed(model, errorFromResponse(res, ctx), res.latencyMs);
  const parsed = ChatResponseSchema.safeParse(json);
  if (!parsed.success) return failed(model, badResponse(res, 'no "choices"'), res.latencyMs);
  const choice = parsed.data.choices[0]!;
  const content = choice.message?.content ?? '';
  // 16 tokens can all go to a reasoning model's thinking: an answer cut by length still proves the channel.
  const thought = (choice.message?.reasoning_content ?? '') !== '' || choice.finish_reason === 'length';
  if (content.trim() === '' && !thought) {
    const m = t().gateway;
    const error = new GatewayError('empty-content', ExitCode.failure, m.emptyContent(model), m.emptyContentFix, { status: res.status, model });
    return failed(model, error, res.latencyMs);
  }
  const result: ProbeResult = { ok: true, model, latencyMs: res.latencyMs, content };
  const u = parsed.data.usage;
  if (u) {
    result.usage = {};
    if (u.prompt_tokens !== undefined) result.usage.promptTokens = u.prompt_tokens;
    if (u.completion_tokens !== undefined) result.usage.completionTokens = u.completion_tokens;
  }
  return result;
}
