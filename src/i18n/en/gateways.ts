// Messages about a gateway other than AIsa (--provider-id): what it needs that AIsa does not.
import { cmd } from './command.js';

const en = {
  needsBaseUrl: (id: string) => `--provider-id ${id} needs --base-url: only AIsa has a default address.`,
  needsBaseUrlFix: (id: string) => `Add --base-url with the endpoint your gateway's console shows, e.g. ${cmd('onboard --base-url https://gateway.example.com/v1')}`,
  needsModels: (id: string) => `With --skip-validation, --provider-id ${id} needs --models: the built-in catalog describes AIsa's models only, and the gateway was not asked for its list.`,
  needsModelsFix: 'Name the models with --models id,id,… or drop --skip-validation so the gateway lists them.',
  emptyList: (id: string) => `The ${id} gateway lists no models for this key, so there is nothing to declare.`,
  emptyListFix: 'Check the key in the gateway console, or name the models with --models id,id,….',
  noKey: (id: string, envVar: string) => `No API key for ${id}: none on the command line, on stdin or in ${envVar}.`,
  noKeyFix: (envVar: string) => `Pipe it in with --aisa-api-key-stdin (the flag takes any gateway's key), or set ${envVar}.`,
  keyEnvNotSet: (envVar: string) => `The config will read the key from ${envVar}, but it is not set in this environment: OpenClaw needs it set where it runs.`,
  notListed: (id: string, gateway: string) => `${id} is not in the ${gateway} gateway's list for this key: declared anyway, as asked.`,
  genericMetadata: (count: number) => `${count} ${count === 1 ? 'model' : 'models'} declared with conservative metadata (128K context, text only, price 0): the built-in catalog describes AIsa's models only.`,
  defaultKept: (ref: string) => `Default model unchanged: ${ref} (pass --model to make one of this gateway's models the default).`,
  nextList: (id: string): [string, string] => [`openclaw models list --provider ${id}`, 'see the models'],
  nextSwitch: (id: string, baseUrl: string): [string, string] => [`aisa-setup onboard --provider-id ${id} --base-url ${baseUrl} --model <id>`, 'switch the default'],
  nextDoctor: (_id: string): [string, string] => ['openclaw config validate', "check the config (aisa-setup doctor checks AIsa's block)"],
  notForCommand: (command: string, id: string) => `aisa-setup ${command} works on AIsa's block only for now; --provider-id ${id} is not available here.`,
  notForCommandFixPicoclaw: (id: string) => `To change its models or default in PicoClaw, re-run: ${cmd('onboard --model <id>')}`,
  notForCommandFix: (id: string) => `Use openclaw models list --provider ${id} and openclaw config validate; re-run ${cmd('onboard')} to change its models or default.`,
};

export default en;
