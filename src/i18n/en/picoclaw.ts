// Messages of --target picoclaw: its config file, its loader's rules, and its doctor.
// `cmd` is the onboard command for the gateway at hand (`aisa-setup onboard --target picoclaw`, plus
// `--provider-id <id>` for another one).
import { cmd } from './command.js';

const en = {
  parseError: (file: string, line: number, column: number, reason: string) => `${file}:${line}:${column}: not valid JSON (${reason}). PicoClaw reads strict JSON: no comments, no trailing commas.`,
  parseErrorFix: (file: string) => `Fix the JSON in ${file} (python3 -m json.tool ${file} shows where), then run this again.`,
  securityUnsupported: (file: string) => `${file} writes model_list in a form this tool does not edit (flow style or on one line).`,
  securityUnsupportedFix: (file: string) => `Write model_list in block style (one key per line) in ${file}, or add the key there by hand.`,
  noProfile: '--profile names an OpenClaw profile; PicoClaw has none. Use --config or PICOCLAW_HOME instead.',
  keyStorageFixed: (mode: string) => `--key-storage ${mode} does not apply to PicoClaw: it reads keys only from the entries' api_keys in config.json or from .security.yml beside it, never from the environment or a .env file.`,
  keyStorageFixedFix: 'Leave out --key-storage (a new file keeps the key in .security.yml, readable only by you; an existing one keeps it where it already is), or pass --key-storage inline to keep it in config.json.',
  versionUsed: (v: number) => `PicoClaw config version ${v}: the default in agents.defaults.model_name, fallbacks in agents.defaults.model_fallbacks.`,
  versionUnsupported: (file: string, v: string) => `${file} says "version": ${v}; PicoClaw reads versions 0 to 3 only and refuses to start ("unsupported config version").`,
  versionUnsupportedFix: 'Set "version" to the one the file was written for (3 for PicoClaw\'s current format), or restore it from a backup, then run this again.',
  loaderOk: (v: number) => `PicoClaw's loader accepts every field (version ${v}).`,
  loaderLegacyObject: 'agents.defaults.model is an object ({ primary, fallbacks }): PicoClaw has never loaded that form there and refuses to start ("expected string but got object").',
  loaderLegacyV3: 'agents.defaults.model is not a field of a version-3 file: PicoClaw refuses to start ("unknown field").',
  loaderLegacyFix: (cmd: string) => `Run ${cmd}: it moves the default to agents.defaults.model_name and the fallbacks to agents.defaults.model_fallbacks, the form every PicoClaw version loads.`,
  loaderUnknown: (list: string) => `PicoClaw refuses to start on fields it does not know: ${list}.`,
  loaderUnknownFix: (file: string, list: string) => `Remove ${list} from ${file} (PicoClaw's own example config has such fields; its loader does not accept them).`,
  typeNames: { string: 'a string', 'string-list': 'a list of strings', list: 'a list', object: 'an object', boolean: 'true or false' } as Record<string, string>,
  loaderType: (path: string, expected: string) => `${path} must be ${expected}: PicoClaw refuses to start ("type error").`,
  loaderTypeFix: (file: string, path: string, expected: string) => `In ${file}, make ${path} ${expected}.`,
  loaderMore: (n: number) => `(and ${n} more)`,
  entriesDisabled: (names: string) => `PicoClaw hides and refuses ${names}: "enabled" is missing or false (a missing one counts as false from version 2 on).`,
  entriesDisabledFix: (cmd: string) => `Run ${cmd}, or set "enabled": true on those entries.`,
  keyShadowed: (names: string, secName: string, file: string) => `The key written in config.json for ${names} is not used: ${file} holds another under ${secName}, and PicoClaw takes that one.`,
  keyShadowedFix: (cmd: string) => `Run ${cmd} --aisa-api-key-stdin < key.txt: a new key replaces both.`,
  keyIn: (masked: string, file: string) => `Key ${masked} stored in ${file} (0600).`,
  // PicoClaw names a model by its entry's model_name, which for ours is `<provider>/<id>`.
  modelNames: (list: string) => `Model names (model_name) in PicoClaw's model_list: ${list}`,
  whereFrom: { flag: 'from --config', 'env-config': 'from PICOCLAW_CONFIG', 'env-home': 'in PICOCLAW_HOME', default: 'the default location' } as Record<string, string>,
  lookConfig: (path: string, why: string, exists: boolean, hasEntries: boolean, id: string) =>
    `Config: ${path} (${why})${exists ? '' : ', will be created'}; ${hasEntries ? `${id}/… entries are already in model_list (your edits are kept)` : `no ${id}/… entries yet`}.`,
  restart: 'Restart PicoClaw to load the new models.',
  idsNotForPico: (flag: string, ids: string) => `${flag}: PicoClaw's doctor has no check ${ids} (those are about OpenClaw's config).`,
  skipNoEntries: (id: string) => `No ${id}/… entry in model_list to check (see provider-present).`,
  configMissing: (file: string) => `No PicoClaw config at ${file}.`,
  get configMissingFix() {
    return `Run ${cmd('onboard')} (or picoclaw onboard), or point PICOCLAW_CONFIG at the file.`;
  },
  configFoundOk: (file: string, v: string) => `Found ${file} (version ${v}).`,
  parseOk: 'config.json is strict JSON.',
  entriesMissing: (id: string) => `model_list has no ${id}/… entries.`,
  entriesOk: (n: number, id: string) => `${n} ${id}/… entries in model_list.`,
  get entriesFix() {
    return `Run ${cmd('onboard')}.`;
  },
  runFix: (cmd: string) => `Run ${cmd}.`,
  modelWrong: (name: string, model: string) => `${name}: model is ${model}, expected openai/<id> (the OpenAI-compatible protocol).`,
  modelWrongFix: (cmd: string) => `Run ${cmd} to rewrite the entries, or write that entry's model as openai/<id>.`,
  apiBaseMissing: (name: string) => `${name}: no api_base, so PicoClaw would send the key to OpenAI's own address.`,
  apiBaseNoV1: (name: string, url: string) => `${name}: api_base ${url} does not end in /v1: every request would 404.`,
  apiBaseOk: (url: string) => `api_base ${url}.`,
  apiBaseMixed: (list: string) => `The entries point at different addresses: ${list}.`,
  keyMissing: (names: string) => `No key for ${names}: neither api_keys in config.json nor .security.yml holds one.`,
  keyIsVariableName: (names: string, raw: string) => `The key of ${names} is the text "${raw}", a variable's name: PicoClaw reads no environment variable there and sends those characters as the key.`,
  keyBadShape: (names: string, problems: string) => `The key of ${names} cannot be sent as it is (${problems}).`,
  keyOk: (masked: string, file: string) => `Key ${masked}, in ${file}.`,
  keyFix: (cmd: string) => `Put the key itself there: ${cmd} --aisa-api-key-stdin < key.txt`,
  forEntries: (names: string, message: string) => `${names}: ${message}`,
  keysAccepted: (masked: string) => `The gateway accepted every key: ${masked}.`,
  staleIds: (list: string) => `Old ids the gateway no longer serves: ${list}.`,
  staleFix: (cmd: string, list: string) => `Run ${cmd} --models with the new ids: ${list}.`,
  idsOk: (n: number) => `${n} ids, none stale.`,
  idsUnlisted: (list: string) => `Not available to this key: ${list}.`,
  get idsUnlistedFix() {
    return `Run ${cmd('models')} to see what the key can use.`;
  },
  idsLive: (n: number) => `${n} ids, all available to this key.`,
  noDefault: 'No default model is set.',
  get noDefaultFix() {
    return `Run ${cmd('models set <id>')}.`;
  },
  defaultDangling: (name: string) => `The default ${name} names no model_list entry: PicoClaw would fail at the first message.`,
  get defaultDanglingFix() {
    return `Run ${cmd('models set <id>')}, or add that entry.`;
  },
  fallbackDangling: (list: string) => `Fallbacks that name no model_list entry: ${list}.`,
  defaultInFallbacks: (name: string) => `The default ${name} is also among its own fallbacks: a failing default would be tried again.`,
  fallbackDuplicates: (list: string) => `Fallbacks listed more than once: ${list}.`,
  fallbacksFix: (file: string, path: string, list: string) => `In ${file}, set ${path} to ${list}.`,
  defaultOk: (name: string) => `Default ${name}.`,
  noProvider: (id: string, path: string) => `No ${id}/… model in ${path} yet.`,
};

export default en;
