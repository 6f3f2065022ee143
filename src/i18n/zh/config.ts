// The Simplified Chinese of ../en/config.ts, typed by it (a type-only import: no English is bundled here).
import type en from '../en/config.js';

const zh: typeof en = {
  badProfile: (name) => `配置档名称 ${JSON.stringify(name)} 无效：只能使用字母、数字、点、短横线或下划线`,
  nixMode: (path) => `OPENCLAW_NIX_MODE=1：${path} 由 Nix 管理，在这里修改会在下次重建时被覆盖。`,
  nixModeFix: '请在 Nix 配置中添加 AIsa 提供商；如果这个文件确实由你自己维护，请取消 OPENCLAW_NIX_MODE 后再运行。',
  parseError: (file, line, column, reason) => `${file}:${line}:${column}：配置不是有效的 JSON5（${reason}）。`,
  parseErrorFix: (file) => `请修正所示位置（通常是少了逗号或引号）后再运行。${file} 没有被改动。`,
  rootNotObject: (file, kind) => `${file} 的最外层必须是 JSON5 对象 { … }，但现在是 ${kind === 'array' ? '数组' : kind === 'null' ? 'null' : kind}。`,
  rootNotObjectFix: '请用 { … } 包住配置内容，或把该文件移走后重新运行以生成新配置。',
  notAnObject: (file, path, kind) =>
    `${file}：${path} 应为对象 { … }，但现在是${kind === 'array' ? '数组' : kind === 'null' ? ' null' : kind === 'string' ? '字符串' : kind === 'number' ? '数字' : kind === 'boolean' ? '布尔值' : ` ${kind}`}。在那里写入设置会整个替换它、丢掉其中的内容，因此没有写入任何内容。`,
  notAnObjectFix: (path) => `请把 ${path} 改成对象 { … }（或删除它），然后重新运行。`,
  notAList: (file, path, kind) =>
    `${file}：${path} 应为列表 [ … ]，但现在是${kind === 'object' ? '对象' : kind === 'null' ? ' null' : kind === 'string' ? '字符串' : kind === 'number' ? '数字' : kind === 'boolean' ? '布尔值' : ` ${kind}`}。在那里添加条目会整个替换它、丢掉其中的内容，因此没有写入任何内容。`,
  notAListFix: (path) => `请把 ${path} 改成由条目组成的列表 [ … ]（或删除它），然后重新运行。`,
  unsupportedLayout: (file, path, why) => `${file} 的 ${path}：${why}`,
  unsupportedLayoutFix: '请把 aisa 提供商和 agents.defaults 移到主配置文件，或配置目录内的单个 $include 文件中，然后重新运行。',
  includeOutside: (target, dir) => `它来自配置目录 ${dir} 之外的 ${target}。`,
  includeMissing: (target) => `被包含的文件 ${target} 不存在。`,
  includeMissingFix: (target, from) => `请创建 ${target}，或从 ${from} 的 "$include" 中删除它，然后重新运行。`,
  includeCycleFix: (target, from) => `请从 ${from} 的 "$include" 中删除 "${target}"，然后重新运行。`,
  includeCycle: (target) => `它包含了正在读取的 ${target}，$include 形成了循环。`,
  includeAmbiguous: (files) => `它在多个文件中都有定义（${files.join('、')}）。`,
  includeShape: '"$include" 必须是一个文件名或文件名列表。',
  tooDeep: (file, line, max) => `${file}:${line}：配置的嵌套超过 ${max} 层（在第 ${line} 行），OpenClaw 的任何设置都用不到这么深；为安全起见不读取它。`,
  tooDeepFix: (file) => `请删除或展平这个嵌套很深的值，然后重新运行。${file} 没有被改动。`,
  definedTwice: (path, file, first, second) => `${path} 在 ${file} 中定义了两次（第 ${first} 行和第 ${second} 行）：OpenClaw 只读取后一个（第 ${second} 行），所以使用和修改的都是它；请合并两处或删除另一处。`,
};

export default zh;
