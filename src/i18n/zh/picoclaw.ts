// The Simplified Chinese of ../en/picoclaw.ts, typed by it (a type-only import: no English is bundled here).
import { cmd } from './command.js';
import type en from '../en/picoclaw.js';

const zh: typeof en = {
  parseError: (file, line, column, reason) => `${file}:${line}:${column}：不是有效的 JSON（${reason}）。PicoClaw 只读取严格 JSON：不能有注释，也不能有多余的逗号。`,
  parseErrorFix: (file) => `修正 ${file} 中的 JSON（python3 -m json.tool ${file} 可以指出出错位置），然后重新运行。`,
  securityUnsupported: (file) => `${file} 中的 model_list 写法（流式或写在一行内）本工具无法编辑。`,
  securityUnsupportedFix: (file) => `请把 ${file} 中的 model_list 改为块式写法（每行一个键），或手动添加密钥。`,
  noProfile: '--profile 指的是 OpenClaw 的配置档，PicoClaw 没有这个概念。请改用 --config 或 PICOCLAW_HOME。',
  keyStorageFixed: (mode) => `--key-storage ${mode} 不适用于 PicoClaw：它只从 config.json 中条目的 api_keys 或旁边的 .security.yml 读取密钥，从不读取环境变量或 .env 文件。`,
  keyStorageFixedFix: '去掉 --key-storage（新文件把密钥存入仅你可读的 .security.yml，已有文件保持原来的位置），或用 --key-storage inline 把密钥写在 config.json 中。',
  versionUsed: (v) => `PicoClaw 配置版本 ${v}：默认模型写在 agents.defaults.model_name，备用模型写在 agents.defaults.model_fallbacks。`,
  versionUnsupported: (file, v) => `${file} 写的是 "version": ${v}；PicoClaw 只读取 0 到 3 版，会拒绝启动（"unsupported config version"）。`,
  versionUnsupportedFix: '把 "version" 改成该文件对应的版本（PicoClaw 当前格式为 3），或从备份恢复，然后重新运行。',
  loaderOk: (v) => `PicoClaw 的加载器接受所有字段（版本 ${v}）。`,
  loaderLegacyObject: 'agents.defaults.model 是对象（{ primary, fallbacks }）：PicoClaw 从未在这里支持这种写法，会拒绝启动（"expected string but got object"）。',
  loaderLegacyV3: '版本 3 的文件没有 agents.defaults.model 字段：PicoClaw 会拒绝启动（"unknown field"）。',
  loaderLegacyFix: (cmd) => `运行 ${cmd}：它会把默认模型移到 agents.defaults.model_name，把备用模型移到 agents.defaults.model_fallbacks，这是所有 PicoClaw 版本都能加载的写法。`,
  loaderUnknown: (list) => `PicoClaw 遇到不认识的字段会拒绝启动：${list}。`,
  loaderUnknownFix: (file, list) => `从 ${file} 中删除 ${list}（PicoClaw 自带的示例配置里有这类字段，但它的加载器并不接受）。`,
  typeNames: { string: '字符串', 'string-list': '字符串列表', list: '列表', object: '对象', boolean: '布尔值（true 或 false）' },
  loaderType: (path, expected) => `${path} 必须是${expected}：PicoClaw 会拒绝启动（"type error"）。`,
  loaderTypeFix: (file, path, expected) => `在 ${file} 中把 ${path} 改成${expected}。`,
  loaderMore: (n) => `（另有 ${n} 处）`,
  entriesDisabled: (names) => `PicoClaw 会隐藏并拒绝使用 ${names}："enabled" 缺失或为 false（从版本 2 起，缺失即视为 false）。`,
  entriesDisabledFix: (cmd) => `运行 ${cmd}，或在这些条目上设置 "enabled": true。`,
  keyShadowed: (names, secName, file) => `config.json 中为 ${names} 写的密钥不会被使用：${file} 在 ${secName} 下存有另一个密钥，PicoClaw 使用的是那个。`,
  keyShadowedFix: (cmd) => `运行 ${cmd} --aisa-api-key-stdin < key.txt：新密钥会同时替换两处。`,
  keyIn: (masked, file) => `密钥 ${masked} 已保存在 ${file}（权限 0600）。`,
  modelNames: (list) => `PicoClaw 的 model_list 中的模型名（model_name）：${list}`,
  whereFrom: { flag: '来自 --config', 'env-config': '来自 PICOCLAW_CONFIG', 'env-home': '位于 PICOCLAW_HOME', default: '默认位置' },
  lookConfig: (path, why, exists, hasEntries, id) =>
    `配置文件：${path}（${why}）${exists ? '' : '，将新建'}；${hasEntries ? `model_list 中已有 ${id}/… 条目（你的修改会保留）` : `尚无 ${id}/… 条目`}。`,
  restart: '请重启 PicoClaw 以加载新模型。',
  idsNotForPico: (flag, ids) => `${flag}：PicoClaw 的 doctor 没有 ${ids} 这项检查（它们针对 OpenClaw 的配置）。`,
  skipNoEntries: (id) => `model_list 中没有 ${id}/… 条目可检查（见 provider-present）。`,
  configMissing: (file) => `${file} 处没有 PicoClaw 配置。`,
  get configMissingFix() {
    return `运行 ${cmd('onboard')}（或 picoclaw onboard），或用 PICOCLAW_CONFIG 指向配置文件。`;
  },
  configFoundOk: (file, v) => `找到 ${file}（版本 ${v}）。`,
  parseOk: 'config.json 是严格 JSON。',
  entriesMissing: (id) => `model_list 中没有 ${id}/… 条目。`,
  entriesOk: (n, id) => `model_list 中有 ${n} 个 ${id}/… 条目。`,
  get entriesFix() {
    return `请运行 ${cmd('onboard')}。`;
  },
  runFix: (cmd) => `请运行 ${cmd}。`,
  modelWrong: (name, model) => `${name}：model 是 ${model}，应为 openai/<id>（OpenAI 兼容协议）。`,
  modelWrongFix: (cmd) => `运行 ${cmd} 重写这些条目，或把该条目的 model 写成 openai/<id>。`,
  apiBaseMissing: (name) => `${name}：没有 api_base，PicoClaw 会把密钥发到 OpenAI 官方地址。`,
  apiBaseNoV1: (name, url) => `${name}：api_base ${url} 没有以 /v1 结尾，所有请求都会返回 404。`,
  apiBaseOk: (url) => `api_base ${url}。`,
  apiBaseMixed: (list) => `这些条目指向不同的地址：${list}。`,
  keyMissing: (names) => `${names} 没有密钥：config.json 的 api_keys 和 .security.yml 中都没有。`,
  keyIsVariableName: (names, raw) => `${names} 的密钥写成了文本 "${raw}"，这是变量名：PicoClaw 在这里不读取环境变量，会把这几个字符原样当作密钥发送。`,
  keyBadShape: (names, problems) => `${names} 的密钥无法原样发送（${problems}）。`,
  keyOk: (masked, file) => `密钥 ${masked}，位于 ${file}。`,
  keyFix: (cmd) => `请写入密钥本身，例如运行 ${cmd} --aisa-api-key-stdin < key.txt`,
  forEntries: (names, message) => `${names}：${message}`,
  keysAccepted: (masked) => `网关接受了全部密钥：${masked}。`,
  staleIds: (list) => `网关已不再提供这些旧 ID：${list}。`,
  staleFix: (cmd, list) => `运行 ${cmd}，并用 --models 指定新 ID：${list}。`,
  idsOk: (n) => `${n} 个 ID，没有过时的。`,
  idsUnlisted: (list) => `这个密钥无法使用：${list}。`,
  get idsUnlistedFix() {
    return `运行 ${cmd('models')} 查看该密钥可用的模型。`;
  },
  idsLive: (n) => `${n} 个 ID，该密钥全部可用。`,
  noDefault: '没有设置默认模型。',
  get noDefaultFix() {
    return `运行 ${cmd('models set <id>')}。`;
  },
  defaultDangling: (name) => `默认模型 ${name} 在 model_list 中没有对应条目：PicoClaw 收到第一条消息时就会出错。`,
  get defaultDanglingFix() {
    return `运行 ${cmd('models set <id>')}，或补上该条目。`;
  },
  fallbackDangling: (list) => `这些备用模型在 model_list 中没有对应条目：${list}。`,
  defaultInFallbacks: (name) => `默认模型 ${name} 也出现在它自己的备用模型中：默认模型失败时会被再试一次。`,
  fallbackDuplicates: (list) => `这些备用模型重复出现：${list}。`,
  fallbacksFix: (file, path, list) => `在 ${file} 中把 ${path} 设为 ${list}。`,
  defaultOk: (name) => `默认模型 ${name}。`,
  noProvider: (id, path) => `${path} 中还没有 ${id}/… 模型。`,
};

export default zh;
