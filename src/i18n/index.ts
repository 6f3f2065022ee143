import { cmd } from '../invocation.js';
import type { Lang } from './lang.js';
import type en from './en/index.js';

/**
 * Every user-facing string, per area, one module per language (./en/, ./zh/; zh typed as the en
 * one, so a missing translation is a type error). Each language is its own chunk, imported by
 * loadLang(): a run parses the messages of the language it speaks and no other.
 */
export type Messages = typeof en;

/**
 * What goes between the items of a list said to the user (`a, b` in English, `a、b` in Chinese).
 * In the entry's messages, so every command and every layer has it from the start.
 */
export function listSep(): string {
  return t().cli.listJoin;
}

const loaded: Partial<Record<Lang, Messages>> = {};
/** The languages whose every area is loaded (not only `cli`). */
const whole = new Set<Lang>();
let current: Lang = 'en';

/**
 * Loads a language's messages (once) and makes it the current one. `cli` is what the entry says
 * before a command runs (help, usage errors): 6 of the 50 kB, so `--help` parses no more; the
 * command's loader then asks for the whole language.
 */
export async function loadLang(lang: Lang, part: 'cli' | 'all' = 'all'): Promise<void> {
  const cli = async () => loaded[lang]?.cli ?? (lang === 'zh-CN' ? (await import('./zh/cli.js')).default : (await import('./en/cli.js')).default);
  if (part === 'all' && !whole.has(lang)) {
    const [entry, rest] = await Promise.all([cli(), lang === 'zh-CN' ? import('./zh/rest.js') : import('./en/rest.js')]);
    // The language's messages name our commands as this run invokes them (src/invocation.ts).
    rest.useCommands(cmd);
    provideLang(lang, { ...rest.default, cli: entry });
  } else if (!loaded[lang]) {
    loaded[lang] = cliOnly(lang, await cli());
  }
  current = lang;
}

/** The `cli` area alone; any other area read before the whole language is loaded is our bug, said as one. */
function cliOnly(lang: Lang, cli: Messages['cli']): Messages {
  return new Proxy({ cli } as Messages, {
    get(target, key) {
      if (key === 'cli' || typeof key !== 'string' || key === 'then') return Reflect.get(target, key);
      throw new Error(`internal error: the ${lang} messages of "${key}" are used before they are loaded (await loadLang('${lang}') first)`);
    },
  });
}

/** Makes messages imported by other means usable (./both.ts, for the OpenClaw plugin's bundle). */
export function provideLang(lang: Lang, messages: Messages): void {
  loaded[lang] = messages;
  whole.add(lang);
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
