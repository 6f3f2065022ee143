// The Simplified Chinese of ../en/kinds.ts, typed by it (a type-only import: no English is bundled here).
import { cmd } from './command.js';
import type en from '../en/kinds.js';
import type { ModelKind } from '../../model-kind.js';

const MESSAGES_ONLY = '在 AIsa 上只通过 /v1/messages 提供，而 aisa-setup 写入的是 OpenAI 兼容的配置块（/v1/chat/completions）';

const name: typeof en.name = {
  chat: '对话',
  'vision-chat': '视觉对话',
  'messages-only': '对话（仅 /v1/messages）',
  translation: '翻译',
  image: '图像生成',
  video: '视频生成',
  embedding: '向量嵌入',
  rerank: '重排序',
  speech: '语音',
  classify: '分类与路由',
};

const what = (kind: ModelKind) => (kind === 'messages-only' ? MESSAGES_ONLY : `是${name[kind]}模型`);
const roleName = (role: 'default' | 'fallback') => (role === 'default' ? '默认模型' : '备用模型');

const zh: typeof en = {
  name,
  colKind: '类型',
  cannotChat: (id, kind, role) =>
    kind === 'messages-only'
      ? `${id} ${MESSAGES_ONLY}，因此不能作为${roleName(role)}。`
      : `${id} ${what(kind)}：它无法驱动 OpenClaw 智能体（每一轮都是带系统提示的多轮对话），因此不能作为${roleName(role)}。`,
  get cannotChatFix() {
    return `请选择密钥可用的对话模型（见 ${cmd('models list')} 的“类型”一列），例如 qwen3-max 或 qwen-plus-2025-12-01。`;
  },
  standIn: (from, to) => `AIsa 给出的 ${from} 替代型号是 ${to}（旧教程提到的 qwen-mt-flash 是翻译模型，无法驱动智能体）。`,
  keptNotChat: (id, kind) => `当前的默认模型 ${id} ${what(kind)}，无法驱动智能体：请用 --model 选择一个对话模型。`,
  notChatLine: (path, id, kind) => `${path}：${id} ${what(kind)}`,
  notChat: (list) => `以下无法驱动智能体的模型被设为了默认或备用模型：${list}。`,
  get notChatFix() {
    return `请改用对话模型，运行 ${cmd('models set <id>')}（默认模型）、${cmd('models fallbacks <id...>')}（备用模型）；见 ${cmd('models list')} 的“类型”一列。`;
  },
};

export default zh;
