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
  no: 'No',
  /** Inquirer's message when a search matches nothing (it offers no option for it). */
  noResults: 'No results found',
  /** The fallback chain is the order of the ticks; each ticked row shows its place. */
  pickFallbacks: 'Fallbacks, tried in the order you tick them when the default fails (optional):',
  /** After a rejected key in the interactive flow, which then asks again: no "run again". */
  keyRejectedFix: 'Check that you copied the whole key, or create a new one at https://console.aisa.one/api-keys, and enter it below.',
  gatewayKeyRejectedFix: (id: string) => `Check that you copied the whole ${id} key, and enter it below.`,
  createHeader: (path: string) => `${path} will be created with:`,
  changeHeader: (stats: string) => `${stats}. In short:`,
  diffStat: (path: string, added: number, removed: number) => `${path}: ${added} ${added === 1 ? 'line' : 'lines'} added, ${removed} removed`,
  createProvider: (id: string, baseUrl: string) => `provider ${id} at ${baseUrl}`,
  createModels: (n: number, list: string) => `${n} ${n === 1 ? 'model' : 'models'}: ${list}`,
  createDefault: (ref: string) => `default model ${ref}`,
  createFallbacks: (list: string) => `fallbacks ${list}`,
  createKey: (mode: string, where: string, envVar: string, ref: string) =>
    mode === 'env-file' ? `the key in ${where} (readable only by you), referred to with ${ref}` : mode === 'env' ? `the key read from ${envVar} (referred to with ${ref}), written nowhere` : `the key inside the config (kept readable only by you)`,
  createKeyIn: (file: string) => `the key in ${file} (readable only by you)`,
  writeNow: 'Write',
  showDiff: 'Show the full diff first',
  cancelWrite: 'Cancel (nothing is written)',
};

export default en;
