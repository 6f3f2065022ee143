// The Simplified Chinese of ../en/prompts.ts, typed by it (a type-only import: no English is bundled here).
import type en from '../en/prompts.js';

const zh: typeof en = {
  keys: { space: '空格' },
  actions: { navigate: '移动', select: '选择', '⏎ select': '确认', all: '全选', invert: '反选', submit: '提交' },
  yes: '是',
  none: '无',
  labelEnd: '：',
  fallbacksLabel: '备用模型',
  declaredLabel: '其他模型',
  defaultLabel: '默认模型',
  defaultAnswer: (keys) => (keys === 'Y/n' ? '（Y 是 / n 否，回车为是）' : keys === 'y/N' ? '（y 是 / N 否，回车为否）' : `（${keys}）`),
  no: '否',
  noResults: '没有匹配的结果',
  pickFallbacks: '备用模型，默认模型失败时按你勾选的顺序依次尝试（可不选）：',
  keyRejectedFix: '请确认密钥复制完整，或在 https://console.aisa.one/api-keys 新建密钥，然后在下面输入。',
  gatewayKeyRejectedFix: (id) => `请确认 ${id} 的密钥复制完整，然后在下面输入。`,
  createHeader: (path) => `将新建 ${path}，内容包括：`,
  changeHeader: (stats) => `${stats}。概要：`,
  diffStat: (path, added, removed) => `${path}：新增 ${added} 行，删除 ${removed} 行`,
  createProvider: (id, baseUrl) => `提供商 ${id}，地址 ${baseUrl}`,
  createModels: (n, list) => `${n} 个模型：${list}`,
  createDefault: (ref) => `默认模型 ${ref}`,
  createFallbacks: (list) => `备用模型 ${list}`,
  createKey: (mode, where, envVar, ref) =>
    mode === 'env-file' ? `密钥保存在 ${where}（仅你本人可读），配置中以 ${ref} 引用` : mode === 'env' ? `密钥从 ${envVar} 读取（配置中以 ${ref} 引用），不写入任何文件` : '密钥写在配置文件里（保持仅你本人可读）',
  createKeyIn: (file) => `密钥保存在 ${file}（仅你本人可读）`,
  writeNow: '写入',
  showDiff: '先查看完整差异（diff）',
  cancelWrite: '取消（不写入任何内容）',
};

export default zh;
