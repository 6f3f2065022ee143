import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';

/**
 * `models: { providers: [1, 2] }`, PicoClaw's `agents: []`: writing our settings there would replace
 * the whole value and lose what it holds, and the agent refuses the file as it is anyway. Said, naming the path (exit 3).
 */
export function refuseNonObjectOnPath(file: string, doc: { get(path: readonly (string | number)[]): unknown }, path: readonly (string | number)[]): void {
  for (let i = 1; i < path.length; i++) {
    const value = doc.get(path.slice(0, i));
    if (value === undefined || (value !== null && typeof value === 'object' && !Array.isArray(value))) continue;
    const where = path.slice(0, i).join('.');
    throw new CliError('config-layout', ExitCode.config, t().config.notAnObject(file, where, kindOf(value)), t().config.notAnObjectFix(where));
  }
}

/** PicoClaw's `model_list: { … }`: our entries appended there would replace it whole. Refused the same way. */
export function refuseNonList(file: string, path: string, value: unknown): void {
  if (value === undefined || Array.isArray(value)) return;
  throw new CliError('config-layout', ExitCode.config, t().config.notAList(file, path, kindOf(value)), t().config.notAListFix(path));
}

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
