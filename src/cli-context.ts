import type { Context, GlobalOptions, Io } from './context.js';
import { CliError, ExitCode } from './errors.js';
import { t, listSep } from './i18n/index.js';
import { detectLang } from './i18n/lang.js';
import { parseProviderId } from './provider-id.js';
import { TARGET_IDS, type TargetId } from './targets/ids.js';
import { Output, wantsColor } from './ui/output.js';

/** The global options as commander parsed them, checked and completed from the environment. */
export function makeContext(raw: Record<string, unknown>, io: Io): Context {
  const m = t().cli;
  const json = raw.json === true;
  if (raw.config === '') throw new CliError('usage', ExitCode.usage, m.invalidValue('--config', '', m.aPath), m.seeHelp);
  let timeoutMs = 15_000;
  if (raw.timeout !== undefined) {
    const s = Number(raw.timeout);
    if (!Number.isFinite(s) || s <= 0 || s > 600) {
      throw new CliError('usage', ExitCode.usage, m.invalidValue('--timeout', String(raw.timeout), m.secondsRange), m.seeHelp);
    }
    timeoutMs = Math.round(s * 1000);
  }
  const target = (raw.target === undefined ? TARGET_IDS[0] : String(raw.target)) as TargetId;
  if (!TARGET_IDS.includes(target)) throw new CliError('usage', ExitCode.usage, m.invalidValue('--target', target, TARGET_IDS.join(listSep())), m.seeHelp);
  const provider = parseProviderId(raw.providerId);
  const opts: GlobalOptions = {
    config: raw.config as string | undefined,
    profile: raw.profile as string | undefined,
    // AISA_BASE_URL names AIsa's gateway: another provider's base comes from --base-url only.
    baseUrl: (raw.baseUrl as string | undefined) ?? (provider.isAisa ? io.env.AISA_BASE_URL || undefined : undefined),
    ...(raw.baseUrl !== undefined ? { baseUrlSource: 'flag' as const } : provider.isAisa && io.env.AISA_BASE_URL ? { baseUrlSource: 'env' as const } : {}),
    target,
    provider,
    timeoutMs,
    json,
    lang: detectLang(raw.lang as string | undefined, io.env),
    color: wantsColor(raw.color === false, json, io.env, io.stdout.isTTY),
  };
  return { opts, io, out: new Output(io, json) };
}
