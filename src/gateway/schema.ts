// zod's functional "mini" build: the same checks, a third of the code to load (~10 ms less on
// every command that talks to the gateway, measured on Node 20).
import * as z from 'zod/mini';

/** Optional, and tolerant: a value of the wrong type reads as absent instead of failing the answer. */
const soft = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

/**
 * Shapes of the gateway's answers. Loose on purpose: gateways of this family add `success`,
 * `supported_endpoint_types`, `permission`… and we must not fail on a field we do not use.
 */
export const LiveModelSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  object: soft(z.string()),
  created: soft(z.number()),
  owned_by: soft(z.string()),
  // Seen both as a string array and as a single string; anything else is ignored.
  supported_endpoint_types: soft(z.union([z.array(z.string()), z.pipe(z.string(), z.transform((s: string) => [s]))])),
});
export type LiveModel = z.infer<typeof LiveModelSchema>;

export const ModelsResponseSchema = z.looseObject({
  object: soft(z.string()),
  success: soft(z.boolean()),
  message: soft(z.string()),
  // Optional here so a `{ success: false, message }` answer is read for its message first.
  data: z.optional(z.array(z.unknown())),
});

export const ChatResponseSchema = z.looseObject({
  id: soft(z.string()),
  model: soft(z.string()),
  choices: z
    .array(
      z.looseObject({
        message: z.optional(
          z.looseObject({
            content: soft(z.nullable(z.string())),
            reasoning_content: soft(z.nullable(z.string())),
          }),
        ),
        finish_reason: soft(z.nullable(z.string())),
      }),
    )
    .check(z.minLength(1)),
  usage: soft(
    z.looseObject({
      prompt_tokens: soft(z.number()),
      completion_tokens: soft(z.number()),
      total_tokens: soft(z.number()),
    }),
  ),
});
export type ChatResponse = z.infer<typeof ChatResponseSchema>;

/**
 * `{ error: { message, type, code } }` (OpenAI style, new-api), AIsa's own `{ code, error: "text" |
 * { … }, request_id }` (facts.md, "AIsa today": `error` can be a string), or `{ success: false, message }`.
 */
const ErrorObjectSchema = z.looseObject({
  error: z.looseObject({
    message: soft(z.string()),
    type: soft(z.nullable(z.string())),
    code: soft(z.nullable(z.union([z.string(), z.number()]))),
  }),
});
const ErrorTextSchema = z.looseObject({ error: z.string() });
const MessageSchema = z.looseObject({ message: z.string() });
/** AIsa's top-level fields, beside either form of `error`. */
const TopLevelSchema = z.looseObject({ code: soft(z.union([z.string(), z.number()])), request_id: soft(z.string()) });

export interface GatewayErrorBody {
  message?: string;
  type?: string;
  code?: string;
  /** `code` came at the top level (AIsa's shape), not inside an error object an upstream may have sent. */
  topLevelCode?: boolean;
  /** AIsa's `request_id`: support traces a failure by it. */
  requestId?: string;
  /** The whole error object, for fields a rule reads beyond these (the routes a model serves). */
  raw?: unknown;
}

function innerBody(value: unknown): GatewayErrorBody | undefined {
  const obj = ErrorObjectSchema.safeParse(value);
  if (obj.success) {
    const e = obj.data.error;
    const out: GatewayErrorBody = { raw: e };
    if (e.message) out.message = e.message;
    if (e.type) out.type = e.type;
    if (e.code !== undefined && e.code !== null) out.code = String(e.code);
    return out;
  }
  const text = ErrorTextSchema.safeParse(value);
  if (text.success) return { message: text.data.error };
  const msg = MessageSchema.safeParse(value);
  return msg.success ? { message: msg.data.message } : undefined;
}

export function parseErrorBody(value: unknown): GatewayErrorBody | undefined {
  const out = innerBody(value);
  const top = TopLevelSchema.safeParse(value);
  if (!top.success || (top.data.code === undefined && top.data.request_id === undefined)) return out;
  const body: GatewayErrorBody = out ?? {};
  // AIsa's `code` is the top-level one; the error object's own code (if any) says the same or less.
  if (top.data.code !== undefined && top.data.code !== '') {
    body.code = String(top.data.code);
    body.topLevelCode = true;
  }
  if (top.data.request_id) body.requestId = top.data.request_id;
  return body;
}

/** JSON.parse that answers undefined instead of throwing: HTML and empty bodies are common. */
export function tryJson(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
