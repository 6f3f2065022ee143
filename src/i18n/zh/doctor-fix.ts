// The Simplified Chinese of ../en/doctor-fix.ts, typed by it (a type-only import: no English is bundled here).
import { cmd } from './command.js';
import type en from '../en/doctor-fix.js';

export const v = (x: unknown) => JSON.stringify(x);
const echo = (envPath: string) => `echo 'AISA_API_KEY=sk-…' >> ${envPath} && chmod 600 ${envPath}`;

const zh: typeof en = {
  fixLabel: '解决方法：',
  editLine: (file, path, value) => `在 ${file} 中把 ${path} 设为 ${v(value)}。`,
  setFix: (file, path, value) => `在 ${file} 中把 ${path} 设为 ${v(value)}。\n或运行：${cmd('doctor --fix')}`,
  setFixManual: (file, path, value) => `在 ${file} 中把 ${path} 设为网关地址，通常是 ${v(value)}。`,
  nodeOldFix: '请从 https://nodejs.org 安装新版 Node.js。\n或运行：nvm install 22',
  get configMissingFix() {
    return `运行 ${cmd('onboard')}\n或用 --config <路径> 指定正确的文件。`;
  },
  configLegacyFix: (files) => `这些文件不会被读取；确认无用后可归档：mkdir -p ~/old-openclaw && mv ${files} ~/old-openclaw/`,
  configSymlinkFix: (target) => `aisa-setup 不会通过链接写入。要用它修改，请指定实际文件：\n运行：${cmd('doctor --fix', { config: target })}`,
  configSymlinkDanglingFix: (target) => `请恢复 ${target}，或用配置文件本身替换这个链接。`,
  permsFix: (files) => `运行 chmod 600 ${files}\n或运行：${cmd('doctor --fix')}`,
  get providerMissingFix() {
    return `运行 ${cmd('onboard')}`;
  },
  get keyMissingFix() {
    return `运行 ${cmd('onboard')}\n它会把密钥存入状态目录的 .env，并在配置中写入 "\${AISA_API_KEY}"。`;
  },
  addKeyToEnvFix: (envPath) => `把密钥加入 ${envPath}：${echo(envPath)}\n或运行：${cmd('onboard')}`,
  thenAddKeyToEnv: (envPath) => `然后把密钥加入 ${envPath}：${echo(envPath)}\n或运行：${cmd('onboard')}`,
  get keyBadShapeFix() {
    return `请从 https://console.aisa.one/api-keys 重新复制密钥。\n然后运行：${cmd('onboard')}`;
  },
  keyInlineFix: (envPath) => `运行 ${cmd('doctor --fix')}\n它会把密钥移到 ${envPath}，并在原处写入对它的引用（{ source: "env", id: "AISA_API_KEY" }）。`,
  staleFix: (list) => `在所有出现的位置替换它们（${list}）。\n或运行：${cmd('doctor --fix')}`,
  get retiredFix() {
    return `运行 ${cmd('doctor --fix')}\n它会用替代型号替换默认模型、备用模型和声明中的旧 ID（保留你自己的字段），并把没有替代型号的 ID 从备用模型和声明中删除。`;
  },
  get unlistedFix() {
    return `运行 ${cmd('doctor --fix')}\n它会把它们从备用模型和 models.providers.aisa.models 中删除；默认模型请从以下命令的结果中自行另选：${cmd('models list')}`;
  },
  get prefixFix() {
    return `按上面所示逐一修改。\n或运行：${cmd('doctor --fix')}`;
  },
  get noDefaultFix() {
    return `运行 ${cmd('models set qwen3-max')}`;
  },
  defaultUndeclaredFix: (id) => `运行 ${cmd(`models set ${id}`)}\n或运行：${cmd('doctor --fix')}`,
  get defaultNotLiveFix() {
    return `运行 ${cmd('models list')} 选一个该密钥可用的模型，\n然后运行：${cmd('models set <id>')}`;
  },
  fallbackUndeclaredFix: (ids) => `在 models.providers.aisa.models 中声明它们（${ids}）。\n或运行：${cmd('doctor --fix')}`,
  get fallbackRepeatFix() {
    return `agents.defaults.model.fallbacks 中每个模型只写一次，且不要包含默认模型。\n或运行：${cmd('doctor --fix')}`;
  },
  get schemaFix() {
    return `把 supportsDeveloperRole 移到 compat 下，并删除列出的其他键。\n可安全自动处理的部分，请运行：${cmd('doctor --fix')}\n然后验证：openclaw config validate`;
  },
  schemaWarnFix: '运行 openclaw config validate 验证，然后删除它报告的键。',
  fixHeader: '以下修改可以安全地修复问题：',
  dryRunHeader: '试运行：将做出以下修改（不会写入任何内容）：',
  chmodLine: (file) => `chmod 600 ${file}`,
  askMoveKey: (envPath) => `把密钥从配置文件移到 ${envPath}（仅你本人可读）？`,
  askApply: '应用这些修改吗？（会保留备份）',
  nothingFound: '没有需要修复的问题。',
  nothingToFix: '没有可以自动修复的问题；上面的解决方法需要你手动处理。',
  get fixNoConfig() {
    return `没有可修复的配置。\n运行：${cmd('onboard')}`;
  },
  fixUnparseable: '配置必须先能正确解析才能修复：请按所示位置修正后再运行。',
  fixSymlink: (link, target) => `${link} 是指向 ${target} 的符号链接：不会通过它写入（OpenClaw 也不支持）。\n要修复实际文件，请运行：${cmd('doctor --fix', { config: target })}`,
  get needsYes() {
    return `没有可以确认的终端，未写入任何内容。\n要应用上述修改，请运行：${cmd('doctor --fix --yes')}`;
  },
  dryRunDone: '未写入任何内容（--dry-run）。',
  declined: '未写入任何内容。',
  wrote: (file, backup) => `已更新 ${file}${backup ? `（备份：${backup}）` : ''}`,
  chmodDone: (file) => `已把 ${file} 设为仅你本人可读（0600）。`,
  afterHeader: '修复之后：',
};

export default zh;
