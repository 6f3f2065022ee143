// The Simplified Chinese of ../en/gateway.ts, typed by it (a type-only import: no English is bundled here).
import { cmd } from './command.js';
import type en from '../en/gateway.js';

const CA_HINT_ZH =
  '如果公司代理或杀毒软件会检查 HTTPS 流量，请信任它的证书：NODE_EXTRA_CA_CERTS=/path/ca.pem aisa-setup …（Node ≥ 22.15 也可用 NODE_USE_SYSTEM_CA=1 改用系统证书库）。';
const NEW_KEY_ZH = () => `请在 https://console.aisa.one/api-keys 新建密钥，然后重新运行 ${cmd('onboard')}。`;

const zh: typeof en = {
  baseUrlInvalid: (url) => `${JSON.stringify(url)} 不是有效的网关地址。`,
  baseUrlFix: '请使用 --base-url https://api.aisa.one/v1（或设置 AISA_BASE_URL），不填则使用默认地址。',
  baseUrlInsecure: (host) => `拒绝通过明文 http:// 向 ${host} 发送密钥：传输途中任何人都能看到它。`,
  baseUrlInsecureFix: '请给 --base-url 使用 https:// 地址；只有 localhost 才允许明文 http://。',
  keyEmpty: 'API 密钥为空。',
  keyEmptyFix: '请用 --aisa-api-key-stdin 传入密钥，或设置环境变量 AISA_API_KEY。',
  keyShape: (masked, what) => `API 密钥 ${masked} 中含有${what}，真正的 AIsa 密钥不会这样，因此没有发送。`,
  keyShapeFix: '请从 https://console.aisa.one/api-keys 重新复制密钥，只粘贴密钥本身（以 sk-aisa- 开头，较早的密钥以 sk- 开头）。',
  keyForeign: (masked, provider) => `密钥 ${masked} 看起来是 ${provider} 的密钥，不是 AIsa 的密钥（sk-aisa-…）；它没有被发送。`,
  keyForeignFix: '请使用在 https://console.aisa.one/api-keys 获取的密钥（以 sk-aisa- 开头）。',
  keyProblem: {
    assignment: '前面的变量名（AISA_API_KEY=…）',
    bearer: '“Bearer ”前缀',
    space: '空格',
    newline: '换行',
    quote: '引号',
    control: '控制字符',
    nonAscii: '非 ASCII 字符（全角或不可见字符，常见于从聊天软件或 PDF 复制）',
  },
  sentenceJoin: '',
  gatewaySaid: (msg) => `网关返回：“${msg}”`,
  requestId: (id) => `（请求 ID：${id}）`,
  keyInvalid: (masked, status = 401) => `网关拒绝了密钥 ${masked}（HTTP ${status}）：这不是有效的密钥。`,
  get keyInvalidFix() {
    return `请确认密钥复制完整。${NEW_KEY_ZH()}`;
  },
  keyExpired: (masked) => `密钥 ${masked} 已过期（HTTP 401）。`,
  get keyExpiredFix() {
    return NEW_KEY_ZH();
  },
  keyQuota: (masked, status = 401) => `密钥 ${masked} 自身的额度已用完（HTTP ${status}）：这是密钥自己的额度上限，不是账户余额。`,
  keyQuotaFix: '请在 https://console.aisa.one/api-keys 调高该密钥的额度（或设为不限额度），或换用其他密钥。',
  balance: (status = 403) => `AIsa 账户余额已用完（HTTP ${status}）：密钥本身没问题，但请求无法扣费。`,
  balanceFix: '请在 https://console.aisa.one/billing 充值后重试。',
  bannedFix: '请通过 https://console.aisa.one 联系 AIsa 客服；换新密钥也无济于事。',
  forbidden: '网关拒绝了该密钥（HTTP 403）。',
  get forbiddenFix() {
    return `请在 https://console.aisa.one 检查账户和密钥。${NEW_KEY_ZH()}`;
  },
  baseUrlNotFound: (url) => `${url}/models 不存在（HTTP 404）：这个地址不是 AIsa 网关。`,
  baseUrlNotFoundFix: '请使用 --base-url https://api.aisa.one/v1（或修正 AISA_BASE_URL），地址须以 /v1 结尾。',
  rateLimited: (seconds) =>
    seconds === undefined ? '网关限制了该账户的请求频率，现已达到上限（HTTP 429）。' : `网关限制了该账户的请求频率，现已达到上限（HTTP 429），要求等待 ${seconds} 秒。`,
  modelUnavailable: (model) => `网关没有可用渠道提供${model ? `模型 ${model}` : '该模型'}：模型 ID 已过时或未开放。`,
  modelUnavailableReplace: (model, replacement) =>
    `请把 ${model} 换成 ${replacement}；要在配置中所有出现的位置替换，请运行：${cmd('doctor --fix')}`,
  get modelUnavailableFix() {
    return `请从以下命令的结果中选一个当前可用的 ID：${cmd('models list')}`;
  },
  temperatureOne: (model) => `${model ?? '该模型'} 只接受 temperature 为 1。`,
  temperatureOneFix: (model) => `请把 agents.defaults.models["aisa/${model ?? '<id>'}"].params.temperature 设为 1，或运行：${cmd('doctor --fix')}`,
  serverError: (status) => `网关返回服务器错误（HTTP ${status}），重试一次后仍然失败。`,
  serverErrorFix: '这是网关一侧的问题，请过几分钟再试。',
  notJsonFix: (url) => `请在浏览器中打开 ${url}：如需登录网络请先登录，或把 HTTPS_PROXY 设为公司代理。`,
  badResponse: (detail) => `网关的响应格式不符合预期（${detail}）。`,
  badResponseFix: '请检查 --base-url（应为 https://api.aisa.one/v1）；如果地址无误，请稍后再试。',
  requestRejected: (status) => `网关拒绝了该请求（HTTP ${status}）。`,
  requestRejectedFix: '如果反复出现，请用 DEBUG=1 运行并附上输出报告问题（密钥会被遮盖）。',
  emptyContent: (model) => `${model} 返回了空内容。`,
  emptyContentFix: '这通常是暂时现象（Kimi K2.5 偶尔如此），请重试。',
  timeout: (seconds, host) => `${host} 在 ${seconds} 秒内没有响应。`,
  timeoutFix: '请检查网络或代理（HTTPS_PROXY），或用 --timeout 60 放宽等待时间。',
  refused: (host) => `${host} 拒绝了连接。`,
  offlineHint: '也可以不连网关：加上 --offline（只用配置文件和内置目录）。',
  refusedFixEnv: (url) => `这个地址来自 AISA_BASE_URL（${url}）：请检查它和端口，或取消设置 AISA_BASE_URL 以使用 AIsa 自己的地址（https://api.aisa.one/v1）。`,
  refusedFix: '请检查 --base-url 和端口；如果使用代理，请确认 HTTPS_PROXY 指向它且代理正在运行。',
  reset: (host) => `与 ${host} 的连接被中断，重试一次后依旧如此。`,
  resetFix: '可能是防火墙或代理切断了连接：请换个网络，或把 HTTPS_PROXY 设为公司代理。',
  dns: (host, temporary) => (temporary ? `暂时无法解析 ${host}（DNS 没有响应）。` : `域名 ${host} 不存在（DNS 解析失败）。`),
  dnsFix: (url) => `请检查 ${url} 的拼写（来自 --base-url、AISA_BASE_URL 或配置中的 baseUrl）并确认已联网；如果在公司代理后面，请设置 HTTPS_PROXY。`,
  dnsFixDefault: '请确认已联网且 DNS 正常（可以换个网络试试）；如果在公司代理后面，请设置 HTTPS_PROXY。',
  tlsUntrusted: (host, code) => `${host} 的 HTTPS 证书不受信任（${code}）。`,
  tlsUntrustedFix: CA_HINT_ZH,
  tlsExpired: (host) => `${host} 出示的 HTTPS 证书已过期（CERT_HAS_EXPIRED）。`,
  tlsExpiredFix: `请确认电脑的日期和时间正确。${CA_HINT_ZH}`,
  tlsHostname: (host) => `收到的 HTTPS 证书不属于 ${host}（ERR_TLS_CERT_ALTNAME_INVALID）。`,
  tlsHostnameFix: `请检查 --base-url 中的主机名。${CA_HINT_ZH}`,
  proxyAuth: (proxy) => `代理 ${proxy} 需要登录（HTTP 407）。`,
  proxyAuthFix: '请把账号密码写进代理地址，例如 HTTPS_PROXY=http://用户名:密码@代理主机:端口（特殊字符需 URL 编码）。',
  proxyFailed: (proxy, status) => `代理 ${proxy} 拒绝连接到网关（${status}）。`,
  proxyFailedFix: '请让网络管理员放行 api.aisa.one；如果可以直连，也可以把它加入 NO_PROXY。',
  network: (host, code) => `无法连接 ${host}（${code}）。`,
  networkFix: '请检查网络连接、--base-url 和 HTTPS_PROXY，然后重试。',
};

export default zh;
