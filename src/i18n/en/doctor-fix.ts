// Doctor's fixes and the --fix flow's words (spread into the doctor area by ./doctor.ts).
// A fix is one line per sentence; a line that names a command ends with it, so a copy is exactly the command.

// The --fix command and the value formatting, also in the other language's file and (FIX_CMD) in
// ../doctor-fix.ts: a module shared by the two languages would be a chunk of its own, one more
// file to load on every run (test/i18n.test.ts checks that the copies agree).
const FIX_CMD = 'aisa-setup doctor --fix';
export const v = (x: unknown) => JSON.stringify(x);
const echo = (envPath: string) => `echo 'AISA_API_KEY=sk-…' >> ${envPath} && chmod 600 ${envPath}`;

const en = {
  /** Printed before a fix's first line; its display width indents the following lines. */
  fixLabel: 'fix: ',
  editLine: (file: string, path: string, value: unknown) => `Edit ${file}: set ${path} to ${v(value)}.`,
  setFix: (file: string, path: string, value: unknown) => `Edit ${file}: set ${path} to ${v(value)}.\nOr run: ${FIX_CMD}`,
  setFixManual: (file: string, path: string, value: unknown) => `Edit ${file}: set ${path} to the gateway address, normally ${v(value)}.`,
  nodeOldFix: 'Install a current Node.js from https://nodejs.org\nOr run: nvm install 22',
  configMissingFix: 'Run: aisa-setup onboard\nOr name the right file with --config <path>.',
  configLegacyFix: (files: string) => `Nothing is read from them; when you are sure, archive them: mkdir -p ~/old-openclaw && mv ${files} ~/old-openclaw/`,
  configSymlinkFix: (target: string) => `aisa-setup never writes through the link. To change the file with it, name the real one:\nRun: ${FIX_CMD} --config ${target}`,
  configSymlinkDanglingFix: (target: string) => `Restore ${target}, or replace the link with the config file itself.`,
  permsFix: (files: string) => `Run: chmod 600 ${files}\nOr run: ${FIX_CMD}`,
  providerMissingFix: 'Run: aisa-setup onboard',
  keyMissingFix: 'Run: aisa-setup onboard\nIt stores the key in the state directory\'s .env and writes "${AISA_API_KEY}" in the config.',
  addKeyToEnvFix: (envPath: string) => `Add the key to ${envPath}: ${echo(envPath)}\nOr run: aisa-setup onboard`,
  thenAddKeyToEnv: (envPath: string) => `Then add the key to ${envPath}: ${echo(envPath)}\nOr run: aisa-setup onboard`,
  keyBadShapeFix: 'Copy the key again from https://marketplace.aisa.one (API Keys).\nThen run: aisa-setup onboard',
  keyInlineFix: (envPath: string) => `Run: ${FIX_CMD}\nIt moves the key to ${envPath} and writes "\${AISA_API_KEY}" in its place.`,
  staleFix: (list: string) => `Replace them everywhere they appear (${list}).\nOr run: ${FIX_CMD}`,
  unlistedFix: 'Remove them from models.providers.aisa.models, or pick others from: aisa-setup models list',
  prefixFix: `Make each one read as shown.\nOr run: ${FIX_CMD}`,
  noDefaultFix: 'Run: aisa-setup models set qwen3-max',
  defaultUndeclaredFix: (id: string) => `Run: aisa-setup models set ${id}\nOr run: ${FIX_CMD}`,
  defaultNotLiveFix: 'Pick one the key can use: aisa-setup models list\nThen run: aisa-setup models set <id>',
  fallbackUndeclaredFix: (ids: string) => `Declare them in models.providers.aisa.models (${ids}).\nOr run: ${FIX_CMD}`,
  fallbackRepeatFix: `List each model once in agents.defaults.model.fallbacks, and leave the default out.\nOr run: ${FIX_CMD}`,
  schemaFix: `Move supportsDeveloperRole under compat and remove the other keys listed.\nFor the part that is safe to automate, run: ${FIX_CMD}\nThen check with: openclaw config validate`,
  schemaWarnFix: 'Check with: openclaw config validate\nThen remove the keys it reports.',
  fixHeader: 'These changes fix what can be fixed safely:',
  dryRunHeader: 'Dry run: these changes would be made (nothing is written):',
  chmodLine: (file: string) => `chmod 600 ${file}`,
  askMoveKey: (envPath: string) => `Move the key out of the config into ${envPath} (readable only by you)?`,
  askApply: 'Apply these changes? (a backup is kept)',
  nothingFound: 'Nothing to fix.',
  nothingToFix: 'Nothing that can be fixed automatically; the fixes above are for you to apply.',
  fixNoConfig: 'There is no config to fix.\nRun: aisa-setup onboard',
  fixUnparseable: 'The config must be valid before anything can be fixed: correct it at the position shown, then run again.',
  fixSymlink: (link: string, target: string) =>
    `${link} is a symbolic link to ${target}: nothing is written through it (OpenClaw does not support that either).\nTo fix the real file, run: ${FIX_CMD} --config ${target}`,
  needsYes: `No terminal to confirm on: nothing was written.\nTo apply the changes above, run: ${FIX_CMD} --yes`,
  dryRunDone: 'Nothing was written (--dry-run).',
  declined: 'Nothing was written.',
  wrote: (file: string, backup: string | null) => `Updated ${file}${backup ? ` (backup: ${backup})` : ''}`,
  chmodDone: (file: string) => `Made ${file} readable only by you (0600).`,
  afterHeader: 'After the fixes:',
};

export default en;
