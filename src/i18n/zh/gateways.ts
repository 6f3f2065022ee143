// The Simplified Chinese of ../en/gateways.ts, typed by it (a type-only import: no English is bundled here).
import { cmd } from './command.js';
import type en from '../en/gateways.js';

const zh: typeof en = {
  needsBaseUrl: (id) => `--provider-id ${id} 需要同时指定 --base-url：只有 AIsa 有默认地址。`,
  needsBaseUrlFix: (id) => `请用 --base-url 填写网关控制台显示的接口地址，例如 ${cmd('onboard --base-url https://gateway.example.com/v1')}`,
  needsModels: (id) => `使用 --skip-validation 时，--provider-id ${id} 需要 --models：内置目录只描述 AIsa 的模型，而且没有向网关查询模型列表。`,
  needsModelsFix: '用 --models id,id,… 指定模型，或去掉 --skip-validation 让网关列出可用模型。',
  emptyList: (id) => `${id} 网关没有为这个密钥列出任何模型，没有可声明的内容。`,
  emptyListFix: '请在网关控制台检查密钥，或用 --models id,id,… 指定模型。',
  noKey: (id, envVar) => `没有 ${id} 的 API 密钥：命令行、标准输入和 ${envVar} 中都没有。`,
  noKeyFix: (envVar) => `用 --aisa-api-key-stdin 通过管道传入（该选项接受任何网关的密钥），或设置 ${envVar}。`,
  keyEnvNotSet: (envVar) => `配置将从 ${envVar} 读取密钥，但当前环境没有设置它：运行 OpenClaw 的环境里需要设置。`,
  notListed: (id, gateway) => `${gateway} 网关为这个密钥列出的模型中没有 ${id}：已按要求照样声明。`,
  genericMetadata: (count) => `已按保守参数声明 ${count} 个模型（128K 上下文、仅文本、价格记为 0）：内置目录只描述 AIsa 的模型。`,
  defaultKept: (ref) => `默认模型保持不变：${ref}（如需改用这个网关的模型，请加 --model）。`,
  nextList: (id) => [`openclaw models list --provider ${id}`, '查看模型'],
  nextSwitch: (id, baseUrl) => [`aisa-setup onboard --provider-id ${id} --base-url ${baseUrl} --model <id>`, '切换默认模型'],
  nextDoctor: () => ['openclaw config validate', '检查配置（aisa-setup doctor 只检查 AIsa 的配置块）'],
  notForCommand: (command, id) => `aisa-setup ${command} 目前只处理 AIsa 的配置块，这里不能使用 --provider-id ${id}。`,
  notForCommandFixPicoclaw: (id) => `如需修改它在 PicoClaw 中的模型或默认模型，请重新运行：${cmd('onboard --model <id>')}`,
  notForCommandFix: (id) => `请使用 openclaw models list --provider ${id} 和 openclaw config validate；如需修改它的模型或默认模型，请重新运行 ${cmd('onboard')}。`,
};

export default zh;
