/**
 * What a model is for. OpenClaw runs every agent turn as a multi-turn chat with a system prompt, so
 * only `chat` and `vision-chat` models can be an agent's default or fallback.
 *
 * Evidence, strongest first (facts.md, "Models that cannot be an agent's chat model"): an explicit
 * non-chat endpoint tag from the gateway; AIsa's catalog (its endpoints, folded into the shipped
 * table's `kind` at generation time); the name; last, a generic route tag such as `openai`, which
 * new-api puts on every model of an OpenAI-type channel and so says nothing about what a model is.
 *
 * `messages-only`: a chat model AIsa serves on /v1/messages (Anthropic's route) only. The provider
 * block we write speaks /v1/chat/completions (`api: "openai-completions"`), so through it every
 * turn would fail: it is shown, but cannot be a default or fallback. Only AIsa's catalog says this
 * (src/catalog.ts kindOf), never a name or a tag.
 */
export type ModelKind = 'chat' | 'vision-chat' | 'messages-only' | 'translation' | 'image' | 'video' | 'embedding' | 'rerank' | 'speech' | 'classify';

export const MODEL_KINDS: readonly ModelKind[] = ['chat', 'vision-chat', 'messages-only', 'translation', 'image', 'video', 'embedding', 'rerank', 'speech', 'classify'];

// Qwen-MT is served on /chat/completions yet takes one user message and no system prompt.
const FAMILIES: ReadonlyArray<readonly [RegExp, ModelKind]> = [
  [/^qwen-mt-/, 'translation'],
  [/^jev-/, 'classify'],
  [/embed/, 'embedding'],
  [/rerank/, 'rerank'],
  [/(^|[-_])(tts|asr|stt)([-_]|$)|whisper|paraformer|cosyvoice|sambert|speech|realtime|audio/, 'speech'],
  [/(^|[-_])(t2v|i2v|r2v)([-_]|$)|video|sora|veo|kling|hailuo|seedance|happyhorse/, 'video'],
  [/^wan\d|(^|[-_])(t2i|i2i)([-_]|$)|dall-e|gpt-image|flux|stable-diffusion|sdxl|imagen|seedream|nano-banana|qwen-image|midjourney/, 'image'],
  [/(^|[-_])vl([-_]|$)|vision|-omni/, 'vision-chat'],
];

// Tags that name a non-chat endpoint: the gateway's explicit word, stronger than anything else.
const ENDPOINT_KIND: Record<string, ModelKind> = {
  'image-generation': 'image',
  'openai-image': 'image',
  'openai-video': 'video',
  video: 'video',
  embeddings: 'embedding',
  'jina-rerank': 'rerank',
  rerank: 'rerank',
};

/** The kind the name says (`wan2.7-t2v` → video), or undefined when it says nothing. */
export function nameKind(id: string): ModelKind | undefined {
  const lower = id.toLowerCase().replace(/^.*\//, '');
  return FAMILIES.find(([re]) => re.test(lower))?.[1];
}

/** The kind an explicit non-chat endpoint tag names; route tags (`openai`, `anthropic`…) name none. */
export function tagKind(endpointTypes?: readonly string[]): ModelKind | undefined {
  return endpointTypes?.map((t) => ENDPOINT_KIND[t]).find(Boolean);
}

/**
 * `id` bare; `endpointTypes` as the gateway listed them; `catalogKind` the shipped table's kind for
 * the id (AIsa's catalog, then the name); `imageInput` when the catalog knows the model reads images.
 */
export function modelKind(id: string, endpointTypes?: readonly string[], catalogKind?: ModelKind, imageInput = false): ModelKind {
  const tagged = tagKind(endpointTypes);
  if (tagged) return tagged;
  if (catalogKind) return catalogKind;
  const named = nameKind(id);
  if (named && named !== 'vision-chat') return named;
  return imageInput || named === 'vision-chat' ? 'vision-chat' : 'chat';
}

export function canChat(kind: ModelKind): boolean {
  return kind === 'chat' || kind === 'vision-chat';
}
