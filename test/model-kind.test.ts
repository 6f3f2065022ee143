import { describe, expect, it } from 'vitest';
import { canChat, modelKind } from '../src/model-kind.js';

describe('modelKind', () => {
  it.each([
    ['qwen3-max', undefined, false, 'chat'],
    ['qwen3-vl-plus', undefined, false, 'vision-chat'],
    ['gpt-4.1', undefined, true, 'vision-chat'],
    ['qwen-mt-flash', undefined, false, 'translation'],
    ['qwen-mt-flash', ['openai'], false, 'translation'],
    ['wan2.2-t2i-flash', undefined, false, 'image'],
    ['wan2.2-t2v-plus', undefined, false, 'video'],
    ['text-embedding-v4', undefined, false, 'embedding'],
    ['gte-rerank-v2', undefined, false, 'rerank'],
    ['qwen3-tts-flash', undefined, false, 'speech'],
    ['whisper-1', undefined, false, 'speech'],
    // The gateway's word beats the family, and a name we do not know is read from its tags.
    ['mystery-model', ['image-generation'], false, 'image'],
    ['mystery-model', ['embeddings'], false, 'embedding'],
    ['mystery-model', ['openai'], false, 'chat'],
    ['mystery-model', ['something-new'], false, 'chat'],
    // A generic route tag (new-api tags every model of an OpenAI channel `openai`) says nothing of
    // what a model is: the name wins over it (this was the bug: wan2.2-t2i-flash showed as chat).
    ['gpt-image-1', ['openai'], false, 'image'],
    ['wan2.2-t2i-flash', ['openai'], false, 'image'],
    ['wan2.7-r2v', ['openai', 'anthropic'], false, 'video'],
    ['happyhorse-1.1-t2v', ['openai'], false, 'video'],
    ['seedream-5-0-260128', ['openai'], false, 'image'],
    ['dreamina-seedance-2-5', ['openai'], false, 'video'],
    ['jina-embeddings-v3', ['openai'], false, 'embedding'],
    ['jina-reranker-v3', ['openai'], false, 'rerank'],
    ['jev-latest', ['openai'], false, 'classify'],
    ['qwen3-tts-flash', ['openai'], false, 'speech'],
    // An explicit non-chat tag is the strongest word, even on a name that reads as chat.
    ['qwen3-max', ['image-generation'], false, 'image'],
  ] as const)('%s %j → %s', (id, types, image, kind) => {
    expect(modelKind(id, types as readonly string[] | undefined, undefined, image)).toBe(kind);
  });

  it("puts AIsa's catalog between an explicit tag and the name", () => {
    // The table says chat (AIsa serves it on /chat/completions): a route tag does not change that…
    expect(modelKind('odd-embed-chat', ['openai'], 'chat')).toBe('chat');
    // …an explicit non-chat tag does.
    expect(modelKind('odd-embed-chat', ['embeddings'], 'chat')).toBe('embedding');
    expect(modelKind('some-id', undefined, 'video')).toBe('video');
  });

  it('lets only chat kinds chat', () => {
    expect(canChat('chat')).toBe(true);
    expect(canChat('vision-chat')).toBe(true);
    for (const k of ['messages-only', 'translation', 'image', 'video', 'embedding', 'rerank', 'speech', 'classify'] as const) expect(canChat(k)).toBe(false);
  });
});
