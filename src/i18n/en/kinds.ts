// What a model is for (src/model-kind.ts), and why one that cannot chat is refused as an agent's
// default or fallback: OpenClaw runs every turn as a multi-turn chat with a system prompt.
import { cmd } from './command.js';
import type { ModelKind } from '../../model-kind.js';

const en = {
  name: {
    chat: 'chat',
    'vision-chat': 'vision chat',
    translation: 'translation',
    image: 'image generation',
    video: 'video generation',
    embedding: 'embeddings',
    rerank: 'reranking',
    speech: 'speech',
    classify: 'classification and routing',
  } satisfies Record<ModelKind, string>,
  colKind: 'KIND',
  cannotChat: (id: string, kind: string, role: 'default' | 'fallback') =>
    `${id} is a model for ${kind}: it cannot run an OpenClaw agent (every turn is a multi-turn chat with a system prompt), so it cannot be ${role === 'default' ? 'the default model' : 'a fallback'}.`,
  get cannotChatFix() {
    return `Pick a chat model the key lists (the KIND column of: ${cmd('models list')}), e.g. qwen3-max or qwen-plus-2025-12-01.`;
  },
  standIn: (from: string, to: string) =>
    `AIsa names ${to} as the replacement for ${from} (qwen-mt-flash, which older guides name, is a translation model and cannot run an agent).`,
  keptNotChat: (id: string, kind: string) => `The current default ${id} is a model for ${kind} and cannot run an agent: choose a chat model with --model.`,
  notChatLine: (path: string, id: string, kind: string) => `${path}: ${id} is a model for ${kind}`,
  notChat: (list: string) => `Models that cannot run an agent are set as its default or fallback: ${list}.`,
  get notChatFix() {
    return `Set a chat model: ${cmd('models set <id>')} (default), ${cmd('models fallbacks <id...>')} (fallbacks); see the KIND column of ${cmd('models list')}.`;
  },
};

export default en;
