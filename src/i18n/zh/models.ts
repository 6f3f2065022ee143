// The Simplified Chinese of ../en/models.ts, typed by it (a type-only import: no English is bundled here).
import { cmd } from './command.js';
import type en from '../en/models.js';

const zh: typeof en = {
  colId: '模型',
  colName: '名称',
  colContext: '上下文',
  colPrice: '价格 输入/输出',
  colDeclared: '已声明',
  colNote: '说明',
  yes: '是',
  no: '-',
  unknown: '?',
  staleNote: (to) => `旧 ID，请改用 ${to}`,
  notLiveNote: '此密钥不可用',
  legendMarks: '* 默认模型   1、2…… 备用模型顺序',
  legendPrice: (asOf, where) => `价格：AIsa 自己的标价，每百万 token 美元（输入/输出），截至 ${asOf}，AIsa 未公布的显示为 ?；以 ${where} 为准`,
  summary: (shown, declared) => `共 ${shown} 个模型，配置中已声明 ${declared} 个。`,
  offlineNote: (path) => `离线模式：显示 ${path} 中已声明的模型及内置目录信息，未向网关核对此密钥可用的模型。`,
  empty: '没有可显示的模型。',
  noProvider: (path) => `${path} 中还没有 AIsa 提供商配置。`,
  get noProviderFix() {
    return `请先运行 ${cmd('onboard')}：它会检查密钥并声明模型。`;
  },
  noKey: '找不到 AIsa 密钥：配置、AISA_API_KEY 环境变量和状态目录的 .env 中都没有。',
  get noKeyFix() {
    return `请运行 ${cmd('onboard')}、设置 AISA_API_KEY，或加上 --offline 只读取配置。`;
  },
  notAvailable: (id) => `此密钥无法使用 ${id}。`,
  notKnownOffline: (id) => `${id} 既没有在配置中声明，也不在内置模型目录中。`,
  closest: (ids) => `最接近的有：${ids}。运行 ${cmd('models')} 查看全部。`,
  get noneClose() {
    return `运行 ${cmd('models')} 查看此密钥可用的模型。`;
  },
  clearWithIds: '--clear 不接受模型 ID。',
  fallbackIsDefault: (id) => `${id} 是默认模型，不再列为备用模型。`,
  otherProvider: (ref) => `${ref} 不是 AIsa 模型：按原样保留，未做检查。`,
  defaultSet: (ref) => `默认模型：${ref}`,
  fallbacksSet: (list) => `备用模型：${list}`,
  fallbacksCleared: '备用模型：无',
  declaredAdded: (list) => `已声明：${list}`,
  wrote: (path) => `已更新 ${path}`,
  backup: (path) => `备份：${path}`,
  unchanged: '无需修改：配置已经是这样了。',
  dryRunHeader: '试运行：将做出以下修改（未写入任何内容）。',
};

export default zh;
