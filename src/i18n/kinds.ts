// What a model is for (src/model-kind.ts), and why one that cannot chat is refused as an agent's
// default or fallback: OpenClaw runs every turn as a multi-turn chat with a system prompt.
import type { ModelKind } from '../model-kind.js';

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
  } satisfies Record<ModelKind, string>,
  colKind: 'KIND',
  cannotChat: (id: string, kind: string, role: 'default' | 'fallback') =>
    `${id} is a model for ${kind}: it cannot run an OpenClaw agent (every turn is a multi-turn chat with a system prompt), so it cannot be ${role === 'default' ? 'the default model' : 'a fallback'}.`,
  cannotChatFix: 'Pick a chat model the key lists (the KIND column of: aisa-setup models list), e.g. qwen3-max or qwen-plus-2025-12-01.',
  standIn: (from: string, to: string) =>
    `${from} has no verified successor: ${to} is the cheap general chat model (qwen-mt-flash, which older guides name, is a translation model and cannot run an agent).`,
  keptNotChat: (id: string, kind: string) => `The current default ${id} is a model for ${kind} and cannot run an agent: choose a chat model with --model.`,
  notChatLine: (path: string, id: string, kind: string) => `${path}: ${id} is a model for ${kind}`,
  notChat: (list: string) => `Models that cannot run an agent are set as its default or fallback: ${list}.`,
  notChatFix: 'Set a chat model: aisa-setup models set <id> (default), aisa-setup models fallbacks <id...> (fallbacks); see the KIND column of aisa-setup models list.',
};

const zh: typeof en = {
  name: {
    chat: '对话',
    'vision-chat': '视觉对话',
    translation: '翻译',
    image: '图像生成',
    video: '视频生成',
    embedding: '向量嵌入',
    rerank: '重排序',
    speech: '语音',
  },
  colKind: '类型',
  cannotChat: (id, kind, role) =>
    `${id} 是${kind}模型：它无法驱动 OpenClaw 智能体（每一轮都是带系统提示的多轮对话），因此不能作为${role === 'default' ? '默认模型' : '备用模型'}。`,
  cannotChatFix: '请选择密钥可用的对话模型（见 aisa-setup models list 的“类型”一列），例如 qwen3-max 或 qwen-plus-2025-12-01。',
  standIn: (from, to) => `${from} 没有经过验证的替代型号：${to} 是价格较低的通用对话模型（旧教程提到的 qwen-mt-flash 是翻译模型，无法驱动智能体）。`,
  keptNotChat: (id, kind) => `当前的默认模型 ${id} 是${kind}模型，无法驱动智能体：请用 --model 选择一个对话模型。`,
  notChatLine: (path, id, kind) => `${path}：${id} 是${kind}模型`,
  notChat: (list) => `以下无法驱动智能体的模型被设为了默认或备用模型：${list}。`,
  notChatFix: '请改用对话模型：aisa-setup models set <id>（默认模型）、aisa-setup models fallbacks <id...>（备用模型）；见 aisa-setup models list 的“类型”一列。',
};

export default { en, zh };
