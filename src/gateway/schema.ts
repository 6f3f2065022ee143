// A namespace import lets the bundler keep only what is used (`{ z }` drags in every locale).
import * as z from 'zod';

/**
 * Shapes of the gateway's answers. Loose on purpose: gateways of this family add `success`,
 * `supported_endpoint_types`, `permission`… and we must not fail on a field we do not use.
 */
export const LiveModelSchema = z.looseObject({
  id: z.string().min(1),
  object: z.string().optional().catch(undefined),
  created: z.number().optional().catch(undefined),
  owned_by: z.string().optional().catch(undefined),
  // Seen both as a string array and as a single string; anything else is ignored.
  supported_endpoint_types: z
    .union([z.array(z.string()), z.string().transform((s) => [s])])
    .optional()
    .catch(undefined),
});
export type LiveModel = z.infer<typeof LiveModelSchema>;

export const ModelsResponseSchema = z.looseObject({
  object: z.string().optional().catch(undefined),
  success: z.boolean().optional().catch(undefined),
  message: z.string().optional().catch(undefined),
  // Optional here so a `{ success: false, message }` answer is read for its message first.
  data: z.array(z.unknown()).optional(),
});

export const ChatResponseSchema = z.looseObject({
  id: z.string().optional().catch(undefined),
  model: z.string().optional().catch(undefined),
  choices: z
    .array(
      z.looseObject({
        message: z
          .looseObject({
            content: z.string().nullable().optional().catch(undefined),
            reasoning_content: z.string().nullable().optional().catch(undefined),
          })
          .optional(),
        finish_reason: z.string().nullable().optional().catch(undefined),
      }),
    )
    .min(1),
  usage: z
    .looseObject({
      prompt_tokens: z.number().optional().catch(undefined),
      completion_tokens: z.number().optional().catch(undefined),
      total_tokens: z.number().optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});
export type ChatResponse = z.infer<typeof ChatResponseSchema>;

/** `{ error: { message, type, code } }` (OpenAI style), `{ error: "text" }` or `{ success: false, message }`. */
const ErrorObjectSchema = z.looseObject({
  error: z.looseObject({
    message: z.string().optional().catch(undefined),
    type: z.string().nullable().optional().catch(undefined),
    code: z.union([z.string(), z.number()]).nullable().optional().catch(undefined),
  }),
});
const ErrorTextSchema = z.looseObject({ error: z.string() });
const MessageSchema = z.looseObject({ message: z.string() });

export interface GatewayErrorBody {
  message?: string;
  type?: string;
  code?: string;
}

export function parseErrorBody(value: unknown): GatewayErrorBody | undefined {
  const obj = ErrorObjectSchema.safeParse(value);
  if (obj.success) {
    const e = obj.data.error;
    const out: GatewayErrorBody = {};
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

/** JSON.parse that answers undefined instead of throwing: HTML and empty bodies are common. */
export function tryJson(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
