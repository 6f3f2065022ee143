const en = {
  badProfile: (name: string) => `invalid profile name ${JSON.stringify(name)}: use letters, digits, dot, dash or underscore`,
  nixMode: (path: string) => `OPENCLAW_NIX_MODE=1: ${path} is managed by Nix, so an edit here would be overwritten on the next rebuild.`,
  nixModeFix: 'Add the AIsa provider to your Nix configuration instead, or run with OPENCLAW_NIX_MODE unset if this file is really yours.',
  parseError: (file: string, line: number, column: number, reason: string) => `${file}:${line}:${column}: the config is not valid JSON5 (${reason}).`,
  parseErrorFix: (file: string) => `Fix the file at the position shown (a missing comma or quote is the usual cause), then run again. Nothing was changed in ${file}.`,
  rootNotObject: (file: string, kind: string) => `${file} must hold a JSON5 object { … } at the top, but it holds ${kind === 'array' ? 'an array' : kind === 'null' ? 'null' : `a ${kind}`}.`,
  rootNotObjectFix: 'Wrap the settings in { … }, or move the file aside and run again to start a fresh config.',
  unsupportedLayout: (file: string, path: string, why: string) => `${file}, at ${path}: ${why}`,
  unsupportedLayoutFix: 'Move the aisa provider and agents.defaults into the main config or a single $include file inside the config directory, then run again.',
  includeOutside: (target: string, dir: string) => `it comes from ${target}, outside the config directory ${dir}.`,
  includeMissing: (target: string) => `the included file ${target} does not exist.`,
  includeMissingFix: (target: string, from: string) => `Create ${target}, or remove it from "$include" in ${from}, then run again.`,
  includeCycleFix: (target: string, from: string) => `Remove "${target}" from "$include" in ${from}, then run again.`,
  includeCycle: (target: string) => `it includes ${target}, which is already being read: the includes form a loop.`,
  includeAmbiguous: (files: string[]) => `it is defined in more than one file (${files.join(', ')}).`,
  includeShape: '"$include" must be a file name or a list of file names.',
};

const zh: typeof en = {
  badProfile: (name) => `配置档名称 ${JSON.stringify(name)} 无效：只能使用字母、数字、点、短横线或下划线`,
  nixMode: (path) => `OPENCLAW_NIX_MODE=1：${path} 由 Nix 管理，在这里修改会在下次重建时被覆盖。`,
  nixModeFix: '请在 Nix 配置中添加 AIsa 提供商；如果这个文件确实由你自己维护，请取消 OPENCLAW_NIX_MODE 后再运行。',
  parseError: (file, line, column, reason) => `${file}:${line}:${column}：配置不是有效的 JSON5（${reason}）。`,
  parseErrorFix: (file) => `请修正所示位置（通常是少了逗号或引号）后再运行。${file} 没有被改动。`,
  rootNotObject: (file, kind) => `${file} 的最外层必须是 JSON5 对象 { … }，但现在是 ${kind === 'array' ? '数组' : kind === 'null' ? 'null' : kind}。`,
  rootNotObjectFix: '请用 { … } 包住配置内容，或把该文件移走后重新运行以生成新配置。',
  unsupportedLayout: (file, path, why) => `${file} 的 ${path}：${why}`,
  unsupportedLayoutFix: '请把 aisa 提供商和 agents.defaults 移到主配置文件，或配置目录内的单个 $include 文件中，然后重新运行。',
  includeOutside: (target, dir) => `它来自配置目录 ${dir} 之外的 ${target}。`,
  includeMissing: (target) => `被包含的文件 ${target} 不存在。`,
  includeMissingFix: (target, from) => `请创建 ${target}，或从 ${from} 的 "$include" 中删除它，然后重新运行。`,
  includeCycleFix: (target, from) => `请从 ${from} 的 "$include" 中删除 "${target}"，然后重新运行。`,
  includeCycle: (target) => `它包含了正在读取的 ${target}，$include 形成了循环。`,
  includeAmbiguous: (files) => `它在多个文件中都有定义（${files.join('、')}）。`,
  includeShape: '"$include" 必须是一个文件名或文件名列表。',
};

export default { en, zh };
