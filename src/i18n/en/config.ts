
const en = {
  badProfile: (name: string) => `invalid profile name ${JSON.stringify(name)}: use letters, digits, dot, dash or underscore`,
  nixMode: (path: string) => `OPENCLAW_NIX_MODE=1: ${path} is managed by Nix, so an edit here would be overwritten on the next rebuild.`,
  nixModeFix: 'Add the AIsa provider to your Nix configuration instead, or run with OPENCLAW_NIX_MODE unset if this file is really yours.',
  parseError: (file: string, line: number, column: number, reason: string) => `${file}:${line}:${column}: the config is not valid JSON5 (${reason}).`,
  parseErrorFix: (file: string) => `Fix the file at the position shown (a missing comma or quote is the usual cause), then run again. Nothing was changed in ${file}.`,
  rootNotObject: (file: string, kind: string) => `${file} must hold a JSON5 object { … } at the top, but it holds ${kind === 'array' ? 'an array' : kind === 'null' ? 'null' : `a ${kind}`}.`,
  rootNotObjectFix: 'Wrap the settings in { … }, or move the file aside and run again to start a fresh config.',
  notAnObject: (file: string, path: string, kind: string) =>
    `${file}: ${path} must be an object { … }, but it holds ${kind === 'array' ? 'an array' : kind === 'null' ? 'null' : `a ${kind}`}. Writing aisa-setup's settings there would replace it and lose what it holds, so nothing was written.`,
  notAnObjectFix: (path: string) => `Make ${path} an object { … } (or remove it), then run again.`,
  notAList: (file: string, path: string, kind: string) =>
    `${file}: ${path} must be a list [ … ], but it holds ${kind === 'object' ? 'an object' : kind === 'null' ? 'null' : `a ${kind}`}. Adding entries there would replace it and lose what it holds, so nothing was written.`,
  notAListFix: (path: string) => `Make ${path} a list [ … ] of entries (or remove it), then run again.`,
  unsupportedLayout: (file: string, path: string, why: string) => `${file}, at ${path}: ${why}`,
  unsupportedLayoutFix: 'Move the aisa provider and agents.defaults into the main config or a single $include file inside the config directory, then run again.',
  includeOutside: (target: string, dir: string) => `it comes from ${target}, outside the config directory ${dir}.`,
  includeMissing: (target: string) => `the included file ${target} does not exist.`,
  includeMissingFix: (target: string, from: string) => `Create ${target}, or remove it from "$include" in ${from}, then run again.`,
  includeCycleFix: (target: string, from: string) => `Remove "${target}" from "$include" in ${from}, then run again.`,
  includeCycle: (target: string) => `it includes ${target}, which is already being read: the includes form a loop.`,
  includeAmbiguous: (files: string[]) => `it is defined in more than one file (${files.join(', ')}).`,
  includeShape: '"$include" must be a file name or a list of file names.',
  tooDeep: (file: string, line: number, max: number) => `${file}:${line}: the config is nested more than ${max} levels deep (at line ${line}), which no OpenClaw setting needs; it is not read, to stay safe.`,
  tooDeepFix: (file: string) => `Remove or flatten the deeply nested value, then run again. Nothing was changed in ${file}.`,
  definedTwice: (path: string, file: string, first: number, second: number) =>
    `${path} is defined twice in ${file} (lines ${first} and ${second}): OpenClaw reads only the last one (line ${second}), so that is the one used and edited; merge the two or remove the other.`,
};

export default en;
