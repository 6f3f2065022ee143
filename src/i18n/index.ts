import type { Lang } from './lang.js';
import answers from './answers.js';
import cli from './cli.js';
import config from './config.js';
import doctor from './doctor.js';
import gateway from './gateway.js';
import gateways from './gateways.js';
import kinds from './kinds.js';
import models from './models.js';
import onboard from './onboard.js';
import picoclaw from './picoclaw.js';
import prompts from './prompts.js';
import write from './write.js';

/**
 * Every user-facing string, per area, in English and Simplified Chinese. Each area file exports
 * `{ en, zh }` with `zh` typed as `typeof en`, so a missing translation is a type error.
 */
const catalogs = {
  en: { answers: answers.en, cli: cli.en, config: config.en, doctor: doctor.en, gateway: gateway.en, gateways: gateways.en, kinds: kinds.en, models: models.en, onboard: onboard.en, picoclaw: picoclaw.en, prompts: prompts.en, write: write.en },
  'zh-CN': { answers: answers.zh, cli: cli.zh, config: config.zh, doctor: doctor.zh, gateway: gateway.zh, gateways: gateways.zh, kinds: kinds.zh, models: models.zh, onboard: onboard.zh, picoclaw: picoclaw.zh, prompts: prompts.zh, write: write.zh },
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
