export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** `--lang` wins; then the first non-empty of LC_ALL, LC_MESSAGES, LANG (POSIX precedence). */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag !== undefined) {
    const norm = normalizeLang(flag);
    if (norm) return norm;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

export function normalizeLang(value: string): Lang | undefined {
  const v = value.trim().toLowerCase().replace('_', '-');
  if (v === 'en' || v.startsWith('en-')) return 'en';
  if (v === 'zh' || v.startsWith('zh-') || v === 'zh-cn') return 'zh-CN';
  return undefined;
}
