// The Simplified Chinese of ../en/plugin.ts, typed by it (a type-only import: no English is bundled here).
import type en from '../en/plugin.js';

const zh: typeof en = {
  choiceLabel: 'AIsa API 密钥',
  choiceHint: '一个密钥使用 Qwen、DeepSeek、Kimi、GLM、Claude、GPT、Gemini',
  promptMessage: '请输入 AIsa API 密钥（sk-…，在 https://marketplace.aisa.one 获取）',
  noteMessage: '在 https://marketplace.aisa.one 的 API Keys 页面获取密钥。保存前会先向网关验证。',
  keyAccepted: 'AIsa 已接受该密钥（已通过 /models 验证）。',
  keyRejected: (why) => `AIsa 没有接受该密钥，未保存任何内容：\n${why}`,
  otherClaimant: (name, dir, id) =>
    `已有另一个插件声明了提供方 aisa：${name}（${dir}）。两者都会注册 aisa 和认证选项 aisa-api-key，而 OpenClaw 不会提示冲突。请先卸载它：openclaw plugins uninstall ${id}`,
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
  nextPlugin: () => ['aisa-setup plugin install', '也可使用 OpenClaw 自己的命令（openclaw onboard --auth-choice aisa-api-key）'],
  checkNoOpenclaw: 'PATH 中没有 OpenClaw，也没有安装 AIsa 插件：无需检查。',
  checkAbsent: 'OpenClaw 中未安装 AIsa 插件（可选：仅有提供商配置块即可工作；插件会增加 `openclaw onboard --auth-choice aisa-api-key` 和 aisa 技能）。',
  checkEnabled: (version) => `OpenClaw 中已安装并启用 AIsa 插件 ${version}。`,
  checkDisabled: (version) => `OpenClaw 中已安装 AIsa 插件 ${version}，但已停用：其认证选项、模型和技能都不可用。`,
  checkDisabledFix: 'openclaw plugins enable aisa（或将其移除：aisa-setup plugin uninstall）',
  checkOlder: (installed, ours) => `OpenClaw 中的 AIsa 插件 ${installed} 比当前 aisa-setup（${ours}）旧：其模型目录和修复都已落后。`,
  checkOlderFix: 'aisa-setup plugin install --yes',
  providerFromPlugin: '没有 models.providers.aisa 配置块：由 OpenClaw 中的 AIsa 插件提供 aisa（aisa-setup onboard 会添加配置块，并优先于插件）。',
};

export default zh;
