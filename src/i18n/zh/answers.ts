// The Simplified Chinese of ../en/answers.ts, typed by it (a type-only import: no English is bundled here).
import { cmd } from './command.js';
import type en from '../en/answers.js';

const KEYS_ZH = 'https://console.aisa.one/api-keys ';
const NEW_KEY_ZH = () => `或在那里新建密钥后重新运行 ${cmd('onboard')}`;
const SUPPORT_ZH = '如果一直如此，请把请求 ID 发给 AIsa 客服（https://console.aisa.one）';

const zh: typeof en = {
  keyDisabled: (masked, status) => `密钥 ${masked} 已被禁用（HTTP ${status}）。`,
  get keyDisabledFix() {
    return `请在 ${KEYS_ZH}重新启用它，${NEW_KEY_ZH()}。`;
  },
  get keyExpiredFix() {
    return `请在 ${KEYS_ZH}延长该密钥的有效期，${NEW_KEY_ZH()}。`;
  },
  keyNotReceived: (status) => `AIsa 没有收到请求中的密钥（HTTP ${status}），而密钥确实已发送：途中的某个环节（代理）丢掉了 Authorization 请求头。`,
  keyNotReceivedFix: `请检查 HTTPS_PROXY 中的代理（它必须转发 Authorization 请求头），或不经代理再试；密钥本身在 ${KEYS_ZH}管理。`,
  keyRevoked: (masked, status) => `密钥 ${masked} 已被吊销（HTTP ${status}）：它再也不能使用了。`,
  priceOverMax: (model, status) => `这次请求${model ? `（${model}）` : ''}的预估价格超过了允许的最高价格（HTTP ${status}）：没有扣费。`,
  get priceOverMaxFix() {
    return `请在 ${KEYS_ZH}调高或取消该密钥的单次请求最高价格，或换用更便宜的模型：${cmd('models set <id>')}（价格见 https://aisa.one/models）`;
  },
  spendCap: (masked, status) => `密钥 ${masked} 的消费上限已达到（HTTP ${status}）：这不是频率限制，等待不会解除。`,
  spendCapFix: `请在 ${KEYS_ZH}调高或取消该上限（消费记录见 https://console.aisa.one/logs），或换用其他密钥。`,
  authUnavailable: (status) => `AIsa 眼下无法查验密钥（HTTP ${status}）：这是 AIsa 一侧的问题，密钥多半没有问题。`,
  notChat: (model, routes) =>
    `${model ? `${model} ` : '该模型'}不是聊天模型：它不提供 /chat/completions（HTTP 400）${routes ? `，只提供 ${routes}` : ''}。它不能作为智能体的模型。`,
  get notChatFix() {
    return `请用 ${cmd('models list')} 查看密钥可用的对话模型，再用 ${cmd('models set <id>')} 选定一个`;
  },
  keyQuotaLow: (masked) => `密钥 ${masked} 自身剩余的额度不够这次请求的费用（HTTP 403）：这是密钥自己的额度上限，不是账户余额。`,
  keyIp: (masked) => `密钥 ${masked} 只允许从指定的 IP 地址使用，而本机的 IP 不在其中（HTTP 403）。`,
  keyIpFix: `请在 ${KEYS_ZH}把本机的 IP 地址加入该密钥允许的 IP 列表，或换用不限 IP 的密钥。`,
  keyGroup: (group) => `密钥所在的分组${group ? ` ${group} ` : ''}已被禁用或弃用（HTTP 403）：密钥本身和账户都没有问题。`,
  get keyGroupFix() {
    return `请在 ${KEYS_ZH}把密钥移到可用的分组，或在可用分组中新建密钥后重新运行 ${cmd('onboard')}。`;
  },
  modelNotAllowed: (model) => `该密钥无权使用${model ? `模型 ${model}` : '这个模型'}（HTTP 403）：密钥自己的模型列表里没有它。`,
  modelNotAllowedFix: (model) => `请在 ${KEYS_ZH}把 ${model ?? '该模型'} 加入密钥的模型列表，或选择密钥可用的模型：${cmd('models list')}`,
  noModels: (masked) => `密钥 ${masked} 有效，但网关为它列出的模型一个也没有：换哪个模型都解决不了。`,
  get noModelsFix() {
    return `请在 ${KEYS_ZH}给密钥设置含有模型的分组或模型列表，${NEW_KEY_ZH()}。`;
  },
  banned: (status) => `该密钥所属的 AIsa 账户已被封禁（HTTP ${status}）。`,
  database: (status) => `网关无法查验密钥：它自己的数据库出错了（HTTP ${status}）。密钥多半没有问题。`,
  gatewayFix: `这是网关一侧的问题，请过几分钟再试；${SUPPORT_ZH}。`,
  modelDown: (model) => `密钥的模型列表里有 ${model}，但网关眼下没有可用的上游提供它（HTTP 503）。`,
  modelDownFix: (model) =>
    `${model} 和密钥都没有问题：请稍后再试，或暂时换用其他模型（${cmd('models set <id>')}）；设置备用模型可以应对这种情况：${cmd('models fallbacks <id>')}`,
  modelUnlisted: (model) => `密钥的模型列表里没有 ${model}，网关也没有提供它的渠道（HTTP 503）：这个 ID 已过时或不存在。`,
  modelUse: (ids) => `请换用密钥可用的模型，例如 ${ids}：${cmd('models set <id>')}（完整列表：${cmd('models list')}）`,
  modelNoChannel: (model) => `网关眼下没有可用渠道提供${model ? `模型 ${model}` : '该模型'}（HTTP 503）：可能是 ID 已过时，也可能是它的上游暂时不可用。`,
  get modelNoChannelFix() {
    return `请运行 ${cmd('models list')} 查看密钥能否使用它（在列表中就稍后再试，不在就换一个在列表中的）。`;
  },
  noPrice: (model) => `网关没有为${model ? `模型 ${model}` : '该模型'}配置价格（HTTP 500），因此无法对它的请求计费：重试也没有用。`,
  get noPriceFix() {
    return `请暂时换用其他模型（${cmd('models set <id>')}），并告知 AIsa 客服该模型缺少价格（https://console.aisa.one）。`;
  },
  saturated: '网关在当前分组的上游负载已饱和（HTTP 429）：这不是对你密钥的限流。',
  get saturatedFix() {
    return `请过几分钟再试，或暂时换用其他模型：${cmd('models set <id>')}`;
  },
  upstream: (model, status) => `网关的上游服务商${model ? `（${model}）` : ''}拒绝了网关自己的请求（HTTP ${status}）：出问题的是网关的渠道，不是你的密钥（网关已接受你的密钥）。`,
  upstreamFix: `你这边无需修改，请稍后再试或换用其他模型；${SUPPORT_ZH}。`,
  rateLimitedFix: '请稍等一分钟再运行；这个请求频率上限由网关按账户设置（如果频繁出现，请到 https://console.aisa.one 联系 AIsa 客服）。',
  htmlPage: (status) => `网关应返回 JSON，实际收到的是 HTML 页面（HTTP ${status}）：很可能是代理、防火墙或 Wi-Fi 登录页抢先作出了响应。`,
  otherBody: (status, what) => `网关应返回 JSON，实际收到的是${what}（HTTP ${status}）。`,
  otherBodyFix: '你和网关之间有别的程序抢先作出了响应：请检查 --base-url 和 HTTPS_PROXY，或换个网络试试。',
  what: {
    empty: '空内容',
    binary: (bytes) => ` ${bytes} 字节的二进制数据，而不是文本`,
    text: (bytes, type) => ` ${bytes} 字节的${type || '纯文本'}`,
  },
  cutOff: (status, bytes) => `网关的 JSON 响应在 ${bytes} 字节处就结束了，没有完整（HTTP ${status}）：它被截断了。`,
  cutOffFix: '连接被提前切断（网络不稳定或代理所致）：请重试；如果在公司代理后面，请设置 HTTPS_PROXY。',
  tooLarge: (status, mb) => `响应超过 ${mb} MB（HTTP ${status}），远不是网关会返回的小段 JSON：这个地址不是网关的 API。`,
  tooLargeFix: '请检查 --base-url：它应该是网关的 API 地址，例如 https://api.aisa.one/v1',
  notHttp: (host) => `${host} 有响应，但不是 HTTP：收到的内容根本不是 HTTP 响应。`,
  notHttpFix: '请检查 --base-url 中的协议和端口（https:// 还是 http://），以及 HTTPS_PROXY。',
};

export default zh;
