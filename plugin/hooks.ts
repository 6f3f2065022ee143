/** The provider hooks OpenClaw calls on every turn: cheap, synchronous, no network. */
import type { ExtraParamsContext, ResolvedModelContext, RuntimeModel } from 'openclaw-plugin-types';
import { needsTemperatureOne } from '../src/catalog.js';
import { baseUrlFrom } from './catalog.js';
import { PROVIDER_ID } from './models.js';

/** kimi-k2.5 answers any temperature but 1 with an error: send 1, whatever was configured. */
export function prepareExtraParams(ctx: ExtraParamsContext): Record<string, unknown> | undefined {
  if (!needsTemperatureOne(ctx.modelId)) return undefined;
  return { ...ctx.extraParams, temperature: 1 };
}

/**
 * `AISA_BASE_URL` at run time: OpenClaw sends turns to the manifest's base URL unless told otherwise.
 * A provider block in openclaw.json (aisa-setup onboard) wins: its baseUrl is left alone.
 */
export function normalizeResolvedModel(ctx: ResolvedModelContext, env: NodeJS.ProcessEnv = process.env): RuntimeModel | undefined {
  if (ctx.config?.models?.providers?.[PROVIDER_ID]?.baseUrl || !env.AISA_BASE_URL?.trim()) return undefined;
  const baseUrl = baseUrlFrom(env);
  return ctx.model.baseUrl === baseUrl ? undefined : { ...ctx.model, baseUrl };
}

