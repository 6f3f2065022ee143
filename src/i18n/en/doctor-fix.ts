// Doctor's fixes and the --fix flow's words (spread into the doctor area by ./doctor.ts).
// A fix is one line per sentence; a line that names a command ends with it, so a copy is exactly the command.
import { cmd } from './command.js';

export const v = (x: unknown) => JSON.stringify(x);
const echo = (envPath: string) => `echo 'AISA_API_KEY=sk-…' >> ${envPath} && chmod 600 ${envPath}`;

const en = {
  /** Printed before a fix's first line; its display width indents the following lines. */
  fixLabel: 'fix: ',
  editLine: (file: string, path: string, value: unknown) => `Edit ${file}: set ${path} to ${v(value)}.`,
  setFix: (file: string, path: string, value: unknown) => `Edit ${file}: set ${path} to ${v(value)}.\nOr run: ${cmd('doctor --fix')}`,
  setFixManual: (file: string, path: string, value: unknown) => `Edit ${file}: set ${path} to the gateway address, normally ${v(value)}.`,
  nodeOldFix: 'Install a current Node.js from https://nodejs.org\nOr run: nvm install 22',
  get configMissingFix() {
    return `Run: ${cmd('onboard')}\nOr name the right file with --config <path>.`;
  },
  configLegacyFix: (files: string) => `Nothing is read from them; when you are sure, archive them: mkdir -p ~/old-openclaw && mv ${files} ~/old-openclaw/`,
  configSymlinkFix: (target: string) => `aisa-setup never writes through the link. To change the file with it, name the real one:\nRun: ${cmd('doctor --fix', { config: target })}`,
  configSymlinkDanglingFix: (target: string) => `Restore ${target}, or replace the link with the config file itself.`,
  permsFix: (files: string) => `Run: chmod 600 ${files}\nOr run: ${cmd('doctor --fix')}`,
  get providerMissingFix() {
    return `Run: ${cmd('onboard')}`;
  },
  get keyMissingFix() {
    return `Run: ${cmd('onboard')}\nIt stores the key in the state directory's .env and writes "\${AISA_API_KEY}" in the config.`;
  },
  addKeyToEnvFix: (envPath: string) => `Add the key to ${envPath}: ${echo(envPath)}\nOr run: ${cmd('onboard')}`,
  thenAddKeyToEnv: (envPath: string) => `Then add the key to ${envPath}: ${echo(envPath)}\nOr run: ${cmd('onboard')}`,
  get keyBadShapeFix() {
    return `Copy the key again from https://console.aisa.one/api-keys.\nThen run: ${cmd('onboard')}`;
  },
  keyInlineFix: (envPath: string) => `Run: ${cmd('doctor --fix')}\nIt moves the key to ${envPath} and writes a reference to it in its place ({ source: "env", id: "AISA_API_KEY" }).`,
  staleFix: (list: string) => `Replace them everywhere they appear (${list}).\nOr run: ${cmd('doctor --fix')}`,
  get retiredFix() {
    return `Run: ${cmd('doctor --fix')}\nIt puts each successor in place (default, fallbacks, declarations; your own fields kept) and drops from fallbacks and declarations the ids without one.`;
  },
  get unlistedFix() {
    return `Run: ${cmd('doctor --fix')}\nIt removes them from the fallbacks and models.providers.aisa.models; a default is yours to choose from: ${cmd('models list')}`;
  },
  get prefixFix() {
    return `Make each one read as shown.\nOr run: ${cmd('doctor --fix')}`;
  },
  get noDefaultFix() {
    return `Run: ${cmd('models set qwen3-max')}`;
  },
  defaultUndeclaredFix: (id: string) => `Run: ${cmd(`models set ${id}`)}\nOr run: ${cmd('doctor --fix')}`,
  get defaultNotLiveFix() {
    return `Pick one the key can use: ${cmd('models list')}\nThen run: ${cmd('models set <id>')}`;
  },
  fallbackUndeclaredFix: (ids: string) => `Declare them in models.providers.aisa.models (${ids}).\nOr run: ${cmd('doctor --fix')}`,
  get fallbackRepeatFix() {
    return `List each model once in agents.defaults.model.fallbacks, and leave the default out.\nOr run: ${cmd('doctor --fix')}`;
  },
  get schemaFix() {
    return `Move supportsDeveloperRole under compat and remove the other keys listed.\nFor the part that is safe to automate, run: ${cmd('doctor --fix')}\nThen check with: openclaw config validate`;
  },
  schemaWarnFix: 'Check with: openclaw config validate\nThen remove the keys it reports.',
  fixHeader: 'These changes fix what can be fixed safely:',
  dryRunHeader: 'Dry run: these changes would be made (nothing is written):',
  chmodLine: (file: string) => `chmod 600 ${file}`,
  askMoveKey: (envPath: string) => `Move the key out of the config into ${envPath} (readable only by you)?`,
  askApply: 'Apply these changes? (a backup is kept)',
  nothingFound: 'Nothing to fix.',
  nothingToFix: 'Nothing that can be fixed automatically; the fixes above are for you to apply.',
  get fixNoConfig() {
    return `There is no config to fix.\nRun: ${cmd('onboard')}`;
  },
  fixUnparseable: 'The config must be valid before anything can be fixed: correct it at the position shown, then run again.',
  fixSymlink: (link: string, target: string) =>
    `${link} is a symbolic link to ${target}: nothing is written through it (OpenClaw does not support that either).\nTo fix the real file, run: ${cmd('doctor --fix', { config: target })}`,
  get needsYes() {
    return `No terminal to confirm on: nothing was written.\nTo apply the changes above, run: ${cmd('doctor --fix --yes')}`;
  },
  dryRunDone: 'Nothing was written (--dry-run).',
  declined: 'Nothing was written.',
  wrote: (file: string, backup: string | null) => `Updated ${file}${backup ? ` (backup: ${backup})` : ''}`,
  chmodDone: (file: string) => `Made ${file} readable only by you (0600).`,
  afterHeader: 'After the fixes:',
};

export default en;
