// What a model is for (src/model-kind.ts), and why one that cannot chat is refused as an agent's
// default or fallback: OpenClaw runs every turn as a multi-turn chat with a system prompt (and
// through our block, on /v1/chat/completions).
import { cmd } from './command.js';
import type { ModelKind } from '../../model-kind.js';

const MESSAGES_ONLY = 'is served by AIsa on /v1/messages only; aisa-setup writes an OpenAI-compatible block (/v1/chat/completions)';

const name: Record<ModelKind, string> = {
  chat: 'chat',
  'vision-chat': 'vision chat',
  'messages-only': 'chat on /v1/messages only',
  translation: 'translation',
  image: 'image generation',
  video: 'video generation',
  embedding: 'embeddings',
  rerank: 'reranking',
  speech: 'speech',
  classify: 'classification and routing',
};

/** `is a model for translation`, or where AIsa serves a messages-only model. */
const what = (kind: ModelKind) => (kind === 'messages-only' ? MESSAGES_ONLY : `is a model for ${name[kind]}`);
const roleName = (role: 'default' | 'fallback') => (role === 'default' ? 'the default model' : 'a fallback');

const en = {
  name,
  colKind: 'KIND',
  cannotChat: (id: string, kind: ModelKind, role: 'default' | 'fallback') =>
    kind === 'messages-only'
      ? `${id} ${MESSAGES_ONLY}, so it cannot be ${roleName(role)}.`
      : `${id} ${what(kind)}: it cannot run an OpenClaw agent (every turn is a multi-turn chat with a system prompt), so it cannot be ${roleName(role)}.`,
  get cannotChatFix() {
    return `Pick a chat model the key lists (the KIND column of: ${cmd('models list')}), e.g. qwen3-max or qwen-plus-2025-12-01.`;
  },
  standIn: (from: string, to: string) =>
    `AIsa names ${to} as the replacement for ${from} (qwen-mt-flash, which older guides name, is a translation model and cannot run an agent).`,
  keptNotChat: (id: string, kind: ModelKind) =>
    `The current default ${id} ${what(kind)}${kind === 'messages-only' ? ', so it' : ' and'} cannot run an agent: choose a chat model with --model.`,
  notChatLine: (path: string, id: string, kind: ModelKind) => `${path}: ${id} ${what(kind)}`,
  notChat: (list: string) => `Models that cannot run an agent are set as its default or fallback: ${list}.`,
  get notChatFix() {
    return `Set a chat model: ${cmd('models set <id>')} (default), ${cmd('models fallbacks <id...>')} (fallbacks); see the KIND column of ${cmd('models list')}.`;
  },
};

export default en;
