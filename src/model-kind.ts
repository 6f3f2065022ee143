/**
 * What a model is for. OpenClaw runs every agent turn as a multi-turn chat with a system prompt, so
 * only `chat` and `vision-chat` models can be an agent's default or fallback. The gateway's own word
 * (`supported_endpoint_types` from new-api) is used when it sends one; else the model's family.
 */
export type ModelKind = 'chat' | 'vision-chat' | 'translation' | 'image' | 'video' | 'embedding' | 'rerank' | 'speech';

export const MODEL_KINDS: readonly ModelKind[] = ['chat', 'vision-chat', 'translation', 'image', 'video', 'embedding', 'rerank', 'speech'];

// Served on /chat/completions, so new-api tags them `openai`, yet they take one user message and no
// system prompt (Qwen-MT): the family wins over the endpoint tag.
const TRANSLATION = /^qwen-mt-/;

const FAMILIES: ReadonlyArray<readonly [RegExp, ModelKind]> = [
  [/embed/, 'embedding'],
  [/rerank/, 'rerank'],
  [/(^|[-_])(tts|asr|stt)([-_]|$)|whisper|paraformer|cosyvoice|sambert|speech|realtime|audio/, 'speech'],
  [/(^|[-_])(t2v|i2v)([-_]|$)|video|sora|veo|kling|hailuo|seedance/, 'video'],
  [/^wan\d|(^|[-_])(t2i|i2i)([-_]|$)|dall-e|gpt-image|flux|stable-diffusion|sdxl|imagen|seedream|nano-banana|qwen-image|midjourney/, 'image'],
  [/(^|[-_])vl([-_]|$)|vision|-omni/, 'vision-chat'],
];

const CHAT_ENDPOINTS = new Set(['openai', 'openai-response', 'anthropic', 'gemini']);
const ENDPOINT_KIND: Record<string, ModelKind> = {
  'image-generation': 'image',
  'openai-video': 'video',
  embeddings: 'embedding',
  'jina-rerank': 'rerank',
};

/**
 * `id` bare (`qwen3-max`); `endpointTypes` as the gateway listed them; `imageInput` when the catalog
 * knows the model reads images (then a chat model is `vision-chat`).
 */
export function modelKind(id: string, endpointTypes?: readonly string[], imageInput = false): ModelKind {
  const lower = id.toLowerCase();
  if (TRANSLATION.test(lower)) return 'translation';
  const family = FAMILIES.find(([re]) => re.test(lower))?.[1];
  const chat: ModelKind = imageInput || family === 'vision-chat' ? 'vision-chat' : 'chat';
  if (endpointTypes && endpointTypes.length > 0) {
    if (endpointTypes.some((t) => CHAT_ENDPOINTS.has(t))) return chat;
    const tagged = endpointTypes.map((t) => ENDPOINT_KIND[t]).find(Boolean);
    if (tagged) return tagged;
  }
  return family && family !== 'vision-chat' ? family : chat;
}

export function canChat(kind: ModelKind): boolean {
  return kind === 'chat' || kind === 'vision-chat';
}
