// Configs that AIsa's own guides and tools leave behind (facts.md, "How AIsa's own guides and tools set
// AIsa up in OpenClaw"): which one doctor recognised, and what it found wrong with it.
import { cmd } from './command.js';

const list = (xs: string[]) => xs.join(', ');

const en = {
  origin: {
    script: "AIsa's one-command script (setup-aisa-llm.sh)",
    'tutorial-old': "AIsa's OpenClaw tutorial (an older version)",
    tutorial: "AIsa's OpenClaw tutorial",
    plugin: 'a ClawHub AIsa plugin',
  } as Record<string, string>,
  originFound: (what: string, marks: string) => `Set up by ${what}: recognised by ${marks}.`,
  originNone: 'No marks of AIsa\'s script, tutorial or ClawHub plugins.',
  originFix: `Review the findings below; ${cmd('doctor --fix')} repairs what is safe and shows the diff first.`,
  markInlineKey: 'the key inline',
  markStamps: 'meta/wizard stamps',
  markOpusAlias: 'the anthropic/claude-opus-4-5 alias',
  markPlaceholders: (n: number) => `${n} models with placeholder metadata`,
  markEnvKey: 'the key in the config env block',
  markIdNameOnly: (n: number) => `${n} models with id and name only`,
  markOldDefault: (ref: string) => `the old default ${ref}`,
  markPlugin: (name: string) => `the plugin ${name}`,
  markPluginAuth: 'an aisa:default auth profile without a provider block',
  keyStringRef: (ref: string, masked: string, from: string) =>
    `${ref} → ${masked} (${from}). Written as a string, which OpenClaw 2026.6 and later's doctor counts as a plaintext model credential.`,
  keyStringRefFix: (file: string, path: string, ref: string) => `Edit ${file}: set ${path} to ${ref}.\nOr run: ${cmd('doctor --fix')}`,
  fromConfigEnv: (path: string) => `from the config's ${path}`,
  envKeyNone: "No key in the config's env block.",
  envKeyFound: (path: string, masked: string) => `The key ${masked} is written in plain text in the config's ${path}, a file people share.`,
  envKeyInvalid: 'OpenClaw 2026.9.6 rejects a variable directly under env (only env.vars and env.shellEnv are allowed).',
  envKeyUsed: (masked: string, from: string) => `OpenClaw will use ${masked} (${from}).`,
  envKeyShadowedBy: (from: string) => `That key is not used: ${from} wins over the config's env block.`,
  envKeyFix: (envPath: string) => `Move it into ${envPath} (0600) and remove it from the config.\nOr run: ${cmd('doctor --fix')}`,
  envKeyTwoKeysFix: (path: string, envPath: string) => `Two different keys: remove ${path} from the config by hand once you know ${envPath} holds the right one.`,
  envExported: 'the exported AISA_API_KEY',
  rejectedKey: (path: string) => `${path}: OpenClaw 2026.9.6 rejects this key (AIsa's script writes it), and then refuses to run \`openclaw models list\`.`,
  metadataPlaceholder: (n: number, ids: string[]) =>
    `${n === 1 ? '1 declared model carries' : `${n} declared models carry`} placeholder or missing metadata (no context window, max output or input kinds from the catalog): ${list(ids)}.`,
  metadataOk: (n: number) => `${n} declared models carry metadata.`,
  metadataFix: `Fill them in from the catalog: ${cmd('doctor --fix')}`,
  chatOk: (n: number) => `${n} declared or allow-listed models, all chat models.`,
  nonChatLine: (path: string, ref: string, kind: string) => `${path}: ${ref} (${kind})`,
  nonChat: (refs: string[]) => `Models that cannot run an agent are declared or allow-listed as chat models: ${list(refs)}.`,
  nonChatFix: `Take them out of the chat model lists: ${cmd('doctor --fix')}`,
  backupLost: (backup: string, sections: string[]) =>
    `The backup ${backup} still holds ${list(sections)}, which the current config lacks (AIsa's script overwrote the file).`,
  backupFix: (backup: string) => `${cmd('doctor --fix')} offers to bring them back, separately, after showing them. Or copy them from ${backup} by hand.`,
  backupNone: 'No timestamped backup holds sections the config lacks.',
  sectionChannels: (names: string[]) => `channels (${list(names)})`,
  sectionProviders: (names: string[]) => `model providers (${list(names)})`,
  sectionProfiles: (names: string[]) => `auth profiles (${list(names)})`,
  sectionEnv: (names: string[]) => `env variables (${list(names)})`,
  sectionPlugins: (names: string[]) => `plugins (${list(names)})`,
  askRestore: (backup: string) => `Bring these sections back from ${backup}?`,
  restoreShown: (backup: string) => `From ${backup}, these would come back (nothing else changes):`,
  restored: (sections: string[]) => `Brought back: ${list(sections)}.`,
  restoreDeclined: 'Left the backup as it is; nothing restored.',
  pluginNone: 'No other plugin claims the provider aisa.',
  pluginOther: (items: string[]) => `Installed beside this package's plugin, and claiming the provider aisa too: ${list(items)}.`,
  pluginItem: (name: string, where: string) => `${name} (${where})`,
  pluginCollision:
    'Both register the provider aisa and the auth choice aisa-api-key: OpenClaw installs them side by side without a word, and which one answers `openclaw onboard --auth-choice aisa-api-key` depends on load order.',
  pluginOtherFix: (uninstall: string) => `Keep one of them: ${uninstall}`,
};

export default en;
