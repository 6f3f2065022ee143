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
    ['gpt-image-1', ['openai'], false, 'chat'],
    ['mystery-model', ['something-new'], false, 'chat'],
  ] as const)('%s %j → %s', (id, types, image, kind) => {
    expect(modelKind(id, types as readonly string[] | undefined, image)).toBe(kind);
  });

  it('lets only chat kinds chat', () => {
    expect(canChat('chat')).toBe(true);
    expect(canChat('vision-chat')).toBe(true);
    for (const k of ['translation', 'image', 'video', 'embedding', 'rerank', 'speech'] as const) expect(canChat(k)).toBe(false);
  });
});
