import { cmd } from './command.js';

const en = {
  colId: 'MODEL',
  colName: 'NAME',
  colContext: 'CONTEXT',
  colPrice: 'PRICE IN/OUT',
  colDeclared: 'DECLARED',
  colNote: 'NOTE',
  yes: 'yes',
  no: '-',
  unknown: '?',
  staleNote: (to: string) => `old id, use ${to}`,
  notLiveNote: 'not available to this key',
  legendMarks: '* default   1, 2, … fallback order',
  legendPrice: (asOf: string, where: string) => `Prices: AIsa's own, USD per 1M tokens (input/output) as of ${asOf}, ? where AIsa published none; check ${where}`,
  summary: (shown: number, declared: number) => `${shown} models, ${declared} declared in the config.`,
  offlineNote: (path: string) => `Offline: models declared in ${path} with catalog metadata; the key's live list was not checked.`,
  empty: 'No models to show.',
  noProvider: (path: string) => `No AIsa provider in ${path} yet.`,
  get noProviderFix() {
    return `Run ${cmd('onboard')} first: it checks the key and declares the models.`;
  },
  noKey: 'No AIsa key found: not in the config, in AISA_API_KEY, or in the state directory .env.',
  get noKeyFix() {
    return `Run ${cmd('onboard')}, set AISA_API_KEY, or add --offline to use the config alone.`;
  },
  notAvailable: (id: string) => `${id} is not available to this key.`,
  notKnownOffline: (id: string) => `${id} is neither declared in the config nor in the built-in catalog.`,
  closest: (ids: string) => `Closest: ${ids}. Run ${cmd('models')} to see them all.`,
  get noneClose() {
    return `Run ${cmd('models')} to see the models this key can use.`;
  },
  clearWithIds: '--clear takes no ids.',
  fallbackIsDefault: (id: string) => `${id} is the default model, so it is left out of the fallbacks.`,
  otherProvider: (ref: string) => `${ref} is not an AIsa model: kept as written, not checked.`,
  defaultSet: (ref: string) => `Default model: ${ref}`,
  fallbacksSet: (list: string) => `Fallbacks: ${list}`,
  fallbacksCleared: 'Fallbacks: none',
  declaredAdded: (list: string) => `Declared: ${list}`,
  wrote: (path: string) => `Updated ${path}`,
  backup: (path: string) => `Backup: ${path}`,
  unchanged: 'Nothing to change: the config already says so.',
  dryRunHeader: 'Dry run: these changes would be made (nothing was written).',
};

export default en;
