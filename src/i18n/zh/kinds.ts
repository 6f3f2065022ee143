// The Simplified Chinese of ../en/kinds.ts, typed by it (a type-only import: no English is bundled here).
import { cmd } from './command.js';
import type en from '../en/kinds.js';

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
    classify: '分类与路由',
  },
  colKind: '类型',
  cannotChat: (id, kind, role) =>
    `${id} 是${kind}模型：它无法驱动 OpenClaw 智能体（每一轮都是带系统提示的多轮对话），因此不能作为${role === 'default' ? '默认模型' : '备用模型'}。`,
  get cannotChatFix() {
    return `请选择密钥可用的对话模型（见 ${cmd('models list')} 的“类型”一列），例如 qwen3-max 或 qwen-plus-2025-12-01。`;
  },
  standIn: (from, to) => `AIsa 给出的 ${from} 替代型号是 ${to}（旧教程提到的 qwen-mt-flash 是翻译模型，无法驱动智能体）。`,
  keptNotChat: (id, kind) => `当前的默认模型 ${id} 是${kind}模型，无法驱动智能体：请用 --model 选择一个对话模型。`,
  notChatLine: (path, id, kind) => `${path}：${id} 是${kind}模型`,
  notChat: (list) => `以下无法驱动智能体的模型被设为了默认或备用模型：${list}。`,
  get notChatFix() {
    return `请改用对话模型：${cmd('models set <id>')}（默认模型）、${cmd('models fallbacks <id...>')}（备用模型）；见 ${cmd('models list')} 的“类型”一列。`;
  },
};

export default zh;
