// Both languages' messages, imported statically, for the OpenClaw plugin (plugin/index.ts): a bundle
// of its own, loaded by OpenClaw and never on the CLI's start-up path, whose register() is
// synchronous and cannot await loadLang(). Its gateway checks word their errors with t().
import { cmd } from '../invocation.js';
import en, { useCommands as useEnCommands } from './en/index.js';
import { provideLang, setLang as switchLang } from './index.js';
import type { Lang } from './lang.js';
import zh, { useCommands as useZhCommands } from './zh/index.js';

/** setLang() with every language already provided. */
export function setLang(lang: Lang): void {
  useEnCommands(cmd);
  useZhCommands(cmd);
  provideLang('en', en);
  provideLang('zh-CN', zh);
  switchLang(lang);
}
