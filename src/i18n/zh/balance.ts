// The Simplified Chinese of ../en/balance.ts (余额 = the account's money, 额度 = the key's own cap).
import type en from '../en/balance.js';

const zh: typeof en = {
  keyLeft: (amount) => `密钥还可用 ${amount}（密钥自己的额度）`,
  keyUnlimited: '密钥自身不限额度',
  accountHas: (amount) => `账户余额 ${amount}`,
  quotaLeft: (left, total) => `密钥额度：剩余 ${left}（共 ${total}）`,
  quotaUnlimited: '密钥额度不限',
  expires: (date) => `密钥有效期至 ${date}`,
  expired: (date) => `密钥已于 ${date} 过期`,
  join: '；',
  summary: (text) => `余额与额度：${text}`,
  low: (text) => `可用金额不多了：${text}。`,
  empty: (text) => `已没有可用金额：${text}；对话请求会被拒绝。`,
  ok: (text) => `余额与额度：${text}。`,
  raiseKeyCap: '请到 https://console.aisa.one/api-keys 调高该密钥的额度（或设为不限额度）。',
  topUp: '请到 https://console.aisa.one/billing 为账户充值。',
  quotaFix: '请在网关的控制台调高该密钥的额度，或为账户充值。',
  notReported: '网关不提供额度和余额的数据（没有相应接口）：这没有问题。',
  skipKey: '未查询：密钥未被接受（见 api-key-valid）。',
};

export default zh;
