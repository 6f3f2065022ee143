import { cmd } from '../invocation.js';
import type { Lang } from './lang.js';
import type en from './en/index.js';

/**
 * Every user-facing string, per area, one module per language (./en/, ./zh/; zh typed as the en
 * one, so a missing translation is a type error). Each language is its own chunk, imported by
 * loadLang(): a run parses the messages of the language it speaks and no other.
 */
export type Messages = typeof en;

const loaded: Partial<Record<Lang, Messages>> = {};
let current: Lang = 'en';

/** Loads a language's messages (once) and makes it the current one. */
export async function loadLang(lang: Lang): Promise<void> {
  if (!loaded[lang]) {
    const mod = lang === 'zh-CN' ? await import('./zh/index.js') : await import('./en/index.js');
    // The language's messages name our commands as this run invokes them (src/invocation.ts).
    mod.useCommands(cmd);
    loaded[lang] = mod.default;
  }
  current = lang;
}

/** Makes messages imported by other means usable (./both.ts, for the OpenClaw plugin's bundle). */
export function provideLang(lang: Lang, messages: Messages): void {
  loaded[lang] = messages;
}

/**
 * Switches the current language. Its messages must be loaded (loadLang) before t() is called;
 * the OpenClaw plugin's bundle provides both languages first (./both.ts).
 */
export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

/** The messages of the current language. */
export function t(): Messages {
  return messagesFor(current);
}

/** The messages of a given language (loaded), for tests that check both. */
export function messagesFor(lang: Lang): Messages {
  const m = loaded[lang];
  if (!m) throw new Error(`internal error: the ${lang} messages are used before they are loaded (await loadLang('${lang}') first)`);
  return m;
}
