import type { Lang } from './lang.js';
import cli from './cli.js';
import config from './config.js';
import gateway from './gateway.js';
import write from './write.js';

/**
 * Every user-facing string, per area, in English and Simplified Chinese. Each area file exports
 * `{ en, zh }` with `zh` typed as `typeof en`, so a missing translation is a type error.
 */
const catalogs = {
  en: { cli: cli.en, config: config.en, gateway: gateway.en, write: write.en },
  'zh-CN': { cli: cli.zh, config: config.zh, gateway: gateway.zh, write: write.zh },
};
export type Messages = (typeof catalogs)['en'];

let current: Lang = 'en';

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

/** The messages of the current language. */
export function t(): Messages {
  return catalogs[current];
}

/** The messages of a given language, for tests that check both. */
export function messagesFor(lang: Lang): Messages {
  return catalogs[lang];
}
