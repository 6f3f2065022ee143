// Messages of the OpenClaw plugin (shown by OpenClaw during onboarding) and of `aisa-setup plugin`
// (picked by ../plugin.ts, not loaded by loadLang: see there why).

const en = {
  choiceLabel: 'AIsa API key',
  choiceHint: 'Qwen, DeepSeek, Kimi, GLM, Claude, GPT, Gemini with one key',
  promptMessage: 'Enter your AIsa API key (sk-…, from https://marketplace.aisa.one)',
  noteMessage: 'Get a key at https://marketplace.aisa.one (API Keys page). It is checked against the gateway before it is saved.',
  keyAccepted: 'AIsa accepted the key (checked against /models).',
  keyRejected: (why: string) => `AIsa did not accept the key, nothing was saved:\n${why}`,
  // aisa-setup plugin
  otherClaimant: (name: string, dir: string, id: string) =>
    `Another plugin already claims the provider aisa: ${name} (${dir}). Both would register aisa and the auth choice aisa-api-key, and OpenClaw reports no collision. Uninstall it first: openclaw plugins uninstall ${id}`,
  noOpenclaw: 'OpenClaw is not on PATH: `openclaw plugins` cannot be run.',
  noOpenclawFix: 'Install OpenClaw (npm i -g openclaw), or put its bin directory on PATH, then run this again.',
  willRun: 'aisa-setup will run:',
  willAccept: 'OpenClaw will be asked to accept this package as plugin "aisa", which can:',
  capabilities: [
    'add the AIsa provider and its "aisa-api-key" onboarding choice (the key is checked against the gateway)',
    'list the models your key can chat with (GET {base}/models with your key)',
    'set temperature 1 on kimi-k2.5 requests',
    'add the "aisa" skill (instructions for the agent, no code)',
  ],
  from: (dir: string) => `from ${dir}`,
  confirmInstall: 'Install the AIsa plugin into OpenClaw?',
  confirmUninstall: 'Uninstall the AIsa plugin from OpenClaw?',
  needsYes: (action: string) => `No terminal to confirm on: add --yes to ${action} the plugin.`,
  needsYesFix: (cmd: string) => `Run: ${cmd} --yes`,
  cancelled: 'Nothing changed.',
  failed: (cmd: string, code: number) => `${cmd} failed (exit ${code}).`,
  failedFix: 'See OpenClaw\'s message above; `openclaw plugins list` shows what it has.',
  installed: (version: string) => `AIsa plugin ${version} installed and enabled in OpenClaw.`,
  uninstalled: 'AIsa plugin removed from OpenClaw. An aisa provider block in openclaw.json (from aisa-setup onboard) still works.',
  statusAbsent: 'AIsa plugin: not installed in OpenClaw.',
  statusEnabled: (version: string) => `AIsa plugin: installed (${version}), enabled.`,
  statusDisabled: (version: string) => `AIsa plugin: installed (${version}), disabled.`,
  statusOlder: (installed: string, ours: string) => `AIsa plugin: ${installed} installed, older than this aisa-setup (${ours}).`,
  nextPlugin: (): [string, string] => ['aisa-setup plugin install', "also use OpenClaw's own commands (openclaw onboard --auth-choice aisa-api-key)"],
  // doctor's openclaw-plugin check
  checkNoOpenclaw: 'OpenClaw is not on PATH and has no AIsa plugin: nothing to check.',
  checkAbsent: 'AIsa plugin not installed in OpenClaw (optional: the provider block works alone; the plugin adds `openclaw onboard --auth-choice aisa-api-key` and the aisa skill).',
  checkEnabled: (version: string) => `AIsa plugin ${version} installed and enabled in OpenClaw.`,
  checkDisabled: (version: string) => `AIsa plugin ${version} is installed but disabled in OpenClaw: its auth choice, models and skill are off.`,
  checkDisabledFix: 'openclaw plugins enable aisa (or remove it: aisa-setup plugin uninstall)',
  checkOlder: (installed: string, ours: string) => `AIsa plugin ${installed} in OpenClaw is older than this aisa-setup (${ours}): its catalog and fixes are behind.`,
  checkOlderFix: 'aisa-setup plugin install --yes',
  providerFromPlugin: 'No models.providers.aisa block: the AIsa plugin in OpenClaw provides aisa (aisa-setup onboard would add a block, which wins over it).',
};

export default en;
