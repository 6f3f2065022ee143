// The words of the interactive prompts: inquirer's own chrome (key hints, yes/no), which it prints
// in English unless given a theme, and the interactive onboarding's wording around the questions.
// Kept apart from onboard.ts, which the scripted path shares: these words only exist on a terminal.

const en = {
  /** Key names in the key hints (`space select`); a key not listed is shown as inquirer names it. */
  keys: {} as Record<string, string>,
  /**
   * Actions in the key hints. Looked up as `<key> <action>` first, then `<action>`: inquirer says
   * "select" both for Enter in a list and for Space in a checkbox, which Chinese words differently.
   */
  actions: {} as Record<string, string>,
  /** The echoed answer of a yes/no question. */
  yes: 'Yes',
  none: 'none',
  /** Between a short answer label and the answer. */
  labelEnd: ': ',
  fallbacksLabel: 'Fallbacks',
  declaredLabel: 'Other models',
  defaultLabel: 'Default model',
  /** The key hint of a yes/no question: `Y/n` (Enter means yes). */
  defaultAnswer: (keys: string) => `(${keys})`,
  listJoin: ', ',
  no: 'No',
  /** Inquirer's message when a search matches nothing (it offers no option for it). */
  noResults: 'No results found',
  /** The fallback chain is the order of the ticks; each ticked row shows its place. */
  pickFallbacks: 'Fallbacks, tried in the order you tick them when the default fails (optional):',
  /** After a rejected key in the interactive flow, which then asks again: no "run again". */
  keyRejectedFix: 'Check that you copied the whole key, or create a new one at https://marketplace.aisa.one (API Keys), and enter it below.',
  createHeader: (path: string) => `${path} will be created with:`,
  changeHeader: (stats: string) => `${stats}. In short:`,
  diffStat: (path: string, added: number, removed: number) => `${path}: ${added} lines added, ${removed} removed`,
  createProvider: (id: string, baseUrl: string) => `provider ${id} at ${baseUrl}`,
  createModels: (n: number, list: string) => `${n} models: ${list}`,
  createDefault: (ref: string) => `default model ${ref}`,
  createFallbacks: (list: string) => `fallbacks ${list}`,
  createKey: (mode: string, where: string) =>
    mode === 'env-file' ? `the key in ${where} (readable only by you), referred to as \${AISA_API_KEY}` : mode === 'env' ? 'the key read from AISA_API_KEY, written nowhere' : `the key inside the config (kept readable only by you)`,
  writeNow: 'Write',
  showDiff: 'Show the full diff first',
  cancelWrite: 'Cancel (nothing is written)',
};

const zh: typeof en = {
  keys: { space: '空格' },
  actions: { navigate: '移动', select: '选择', '⏎ select': '确认', all: '全选', invert: '反选', submit: '提交' },
  yes: '是',
  none: '无',
  labelEnd: '：',
  fallbacksLabel: '备用模型',
  declaredLabel: '其他模型',
  defaultLabel: '默认模型',
  defaultAnswer: (keys) => (keys === 'Y/n' ? '（Y 是 / n 否，回车为是）' : keys === 'y/N' ? '（y 是 / N 否，回车为否）' : `（${keys}）`),
  listJoin: '、',
  no: '否',
  noResults: '没有匹配的结果',
  pickFallbacks: '备用模型，默认模型失败时按你勾选的顺序依次尝试（可不选）：',
  keyRejectedFix: '请确认密钥复制完整，或在 https://marketplace.aisa.one 的 API Keys 页面新建密钥，然后在下面输入。',
  createHeader: (path) => `将新建 ${path}，内容包括：`,
  changeHeader: (stats) => `${stats}。概要：`,
  diffStat: (path, added, removed) => `${path}：新增 ${added} 行，删除 ${removed} 行`,
  createProvider: (id, baseUrl) => `提供商 ${id}，地址 ${baseUrl}`,
  createModels: (n, list) => `${n} 个模型：${list}`,
  createDefault: (ref) => `默认模型 ${ref}`,
  createFallbacks: (list) => `备用模型 ${list}`,
  createKey: (mode, where) =>
    mode === 'env-file' ? `密钥保存在 ${where}（仅你本人可读），配置中引用 \${AISA_API_KEY}` : mode === 'env' ? '密钥从 AISA_API_KEY 读取，不写入任何文件' : '密钥写在配置文件里（保持仅你本人可读）',
  writeNow: '写入',
  showDiff: '先查看完整差异（diff）',
  cancelWrite: '取消（不写入任何内容）',
};

export default { en, zh };
