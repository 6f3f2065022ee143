// The messages of the OpenClaw plugin (plugin/, shown by OpenClaw during onboarding) and of
// `aisa-setup plugin`, kept out of loadLang()'s per-language chunks: the plugin is its own bundle,
// run by OpenClaw, which sets the language (setLang) but never loads the CLI's messages. Both
// languages are here (about 3 kB each, minified), on lazily loaded paths only: the plugin command,
// doctor's plugin checks and onboard's last "next step".
import en from './en/plugin.js';
import { getLang } from './index.js';
import zh from './zh/plugin.js';

export function pluginMessages(): typeof en {
  return getLang() === 'zh-CN' ? zh : en;
}
