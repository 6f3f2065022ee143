import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../context.js';
import { t } from '../../i18n/index.js';
import { pluginMessages } from '../../i18n/plugin.js';
import { secretRefText } from '../../provider-id.js';
import { maskKey } from '../../secret.js';
import { shellQuote } from '../../shell.js';
import type { Committed, OnboardAnswers } from '../target.js';
import type { ConfigLocation } from './locate.js';
import { openclawVersionOf, PLUGIN_API_MIN } from './openclaw-version.js';
import { findOnPath, isOlder, pluginCopyDirs } from './plugin-state.js';

/** After the write: where the key went (news only when something was written) and its masked form. */
export function keyLines(loc: ConfigLocation, answers: OnboardAnswers, done: Committed | undefined): string[] {
  const m = t().onboard;
  const storage = answers.keyStorage ?? 'env-file';
  const envWrite = done?.results.find((w) => w.path !== loc.path && w.path.endsWith('.env'));
  const file = storage === 'env-file' ? (envWrite?.path ?? join(loc.stateDir, '.env')) : loc.path;
  return [...(done?.changed ? [m.keyStored(storage, file, secretRefText(answers.provider.keyEnvVar))] : []), m.summaryKey(maskKey(answers.key))];
}

/** What to run next; an `openclaw …` command only where OpenClaw is on PATH to run it. */
export function nextSteps(ctx: Context, loc: ConfigLocation, answers: OnboardAnswers): [string, string][] {
  const m = t().onboard;
  const g = t().gateways;
  const id = answers.provider.id;
  const all = answers.provider.isAisa ? [m.nextList, m.nextSwitch, m.nextDoctor] : [g.nextList(id), g.nextSwitch(id, shellQuote(answers.baseUrl)), g.nextDoctor(id)];
  const bin = findOnPath('openclaw', ctx.io.env);
  const openclaw = bin !== undefined;
  const next = all.filter(([cmd]) => openclaw || !cmd.startsWith('openclaw '));
  if (bin && next[0] === m.nextList && !pluginInstalled(loc) && pluginSupported(bin)) next.push(pluginMessages().nextPlugin());
  return next;
}

/** The OpenClaw at `bin` can load the plugin; one whose version its files do not tell is given the benefit of the doubt (plugin install asks it). */
function pluginSupported(bin: string): boolean {
  const version = openclawVersionOf(bin);
  return version === undefined || !isOlder(version, PLUGIN_API_MIN);
}

/** OpenClaw has the AIsa plugin already: without it, its own commands would work after one install. */
function pluginInstalled(loc: ConfigLocation): boolean {
  return pluginCopyDirs(loc.stateDir).some((dir) => existsSync(join(dir, 'package.json')));
}
