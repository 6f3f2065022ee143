// The words of the interactive prompts: inquirer's own chrome (key hints, yes/no), which it prints
// in English unless given a theme.

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
  no: 'No',
  /** Inquirer's message when a search matches nothing (it offers no option for it). */
  noResults: 'No results found',
};

const zh: typeof en = {
  keys: { space: '空格' },
  actions: { navigate: '移动', select: '选择', '⏎ select': '确认', all: '全选', invert: '反选', submit: '提交' },
  yes: '是',
  no: '否',
  noResults: '没有匹配的结果',
};

export default { en, zh };
