// Messages of the OpenClaw plugin (shown by OpenClaw during onboarding) and of `aisa-setup plugin`.
// Not in the index's catalogs: those load on every start-up, and these serve two lazily loaded paths.
import { getLang } from './index.js';
const en = {
  choiceLabel: 'AIsa API key',
  choiceHint: 'Qwen, DeepSeek, Kimi, GLM, Claude, GPT, Gemini with one key',
  promptMessage: 'Enter your AIsa API key (sk-…, from https://marketplace.aisa.one)',
  noteMessage: 'Get a key at https://marketplace.aisa.one (API Keys page). It is checked against the gateway before it is saved.',
  keyAccepted: 'AIsa accepted the key (checked against /models).',
  keyRejected: (why: string) => `AIsa did not accept the key, nothing was saved:\n${why}`,
  // aisa-setup plugin
  noOpenclaw: 'OpenClaw is not on PATH: `openclaw plugins` cannot be run.',
  noOpenclawFix: 'Install OpenClaw (npm i -g openclaw), or put its bin directory on PATH, then run this again.',
  willRun: 'aisa-setup will run:',
  willAccept: 'OpenClaw will be asked to accept this package as plugin "aisa", which can:',
  capabilities: [
    'add the AIsa provider and its "aisa-api-key" onboarding choice (the key is checked against the gateway)',
    'list the models your key can chat with (GET {base}/models with your key)',
    'set temperature 1 on kimi-k2.5 requests',
    'add the "aisa" skill (instructions for the agent, no code)',
  ],
  from: (dir: string) => `from ${dir}`,
  confirmInstall: 'Install the AIsa plugin into OpenClaw?',
  confirmUninstall: 'Uninstall the AIsa plugin from OpenClaw?',
  needsYes: (action: string) => `No terminal to confirm on: add --yes to ${action} the plugin.`,
  needsYesFix: (cmd: string) => `Run: ${cmd} --yes`,
  cancelled: 'Nothing changed.',
  failed: (cmd: string, code: number) => `${cmd} failed (exit ${code}).`,
  failedFix: 'See OpenClaw\'s message above; `openclaw plugins list` shows what it has.',
  installed: (version: string) => `AIsa plugin ${version} installed and enabled in OpenClaw.`,
  uninstalled: 'AIsa plugin removed from OpenClaw. An aisa provider block in openclaw.json (from aisa-setup onboard) still works.',
  statusAbsent: 'AIsa plugin: not installed in OpenClaw.',
  statusEnabled: (version: string) => `AIsa plugin: installed (${version}), enabled.`,
  statusDisabled: (version: string) => `AIsa plugin: installed (${version}), disabled.`,
  statusOlder: (installed: string, ours: string) => `AIsa plugin: ${installed} installed, older than this aisa-setup (${ours}).`,
  statusFix: 'aisa-setup plugin install',
  unknownAction: (word: string) => `Unknown plugin action "${word}": use install, status or uninstall.`,
  nextPlugin: (): [string, string] => ['aisa-setup plugin install', "also use OpenClaw's own commands (openclaw onboard --auth-choice aisa-api-key)"],
};

const zh: typeof en = {
  choiceLabel: 'AIsa API 密钥',
  choiceHint: '一个密钥使用 Qwen、DeepSeek、Kimi、GLM、Claude、GPT、Gemini',
  promptMessage: '请输入 AIsa API 密钥（sk-…，在 https://marketplace.aisa.one 获取）',
  noteMessage: '在 https://marketplace.aisa.one 的 API Keys 页面获取密钥。保存前会先向网关验证。',
  keyAccepted: 'AIsa 已接受该密钥（已通过 /models 验证）。',
  keyRejected: (why) => `AIsa 没有接受该密钥，未保存任何内容：\n${why}`,
  noOpenclaw: 'PATH 中没有 OpenClaw：无法运行 `openclaw plugins`。',
  noOpenclawFix: '请先安装 OpenClaw（npm i -g openclaw），或把它的 bin 目录加入 PATH，然后重新运行。',
  willRun: 'aisa-setup 将运行：',
  willAccept: 'OpenClaw 将被要求接受本软件包作为插件 "aisa"，它可以：',
  capabilities: [
    '添加 AIsa 提供商及其 "aisa-api-key" 引导选项（密钥会先向网关验证）',
    '列出你的密钥可以对话的模型（用你的密钥请求 GET {base}/models）',
    '为 kimi-k2.5 的请求设置 temperature 1',
    '添加 "aisa" 技能（给智能体的说明，不含代码）',
  ],
  from: (dir) => `来源 ${dir}`,
  confirmInstall: '把 AIsa 插件安装到 OpenClaw？',
  confirmUninstall: '从 OpenClaw 卸载 AIsa 插件？',
  needsYes: (action) => `没有可确认的终端：请加 --yes 以${action === 'install' ? '安装' : '卸载'}插件。`,
  needsYesFix: (cmd) => `运行：${cmd} --yes`,
  cancelled: '未做任何更改。',
  failed: (cmd, code) => `${cmd} 失败（退出码 ${code}）。`,
  failedFix: '请查看上面 OpenClaw 的信息；`openclaw plugins list` 会列出已有插件。',
  installed: (version) => `AIsa 插件 ${version} 已安装并在 OpenClaw 中启用。`,
  uninstalled: '已从 OpenClaw 移除 AIsa 插件。openclaw.json 中由 aisa-setup onboard 写入的 aisa 提供商配置仍然有效。',
  statusAbsent: 'AIsa 插件：未安装到 OpenClaw。',
  statusEnabled: (version) => `AIsa 插件：已安装（${version}），已启用。`,
  statusDisabled: (version) => `AIsa 插件：已安装（${version}），已停用。`,
  statusOlder: (installed, ours) => `AIsa 插件：已安装 ${installed}，比当前 aisa-setup（${ours}）旧。`,
  statusFix: 'aisa-setup plugin install',
  unknownAction: (word) => `未知的插件操作 "${word}"：请使用 install、status 或 uninstall。`,
  nextPlugin: () => ['aisa-setup plugin install', '也可使用 OpenClaw 自己的命令（openclaw onboard --auth-choice aisa-api-key）'],
};

export function pluginMessages(): typeof en {
  return getLang() === 'zh-CN' ? zh : en;
}
