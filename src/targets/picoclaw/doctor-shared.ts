// What PicoClaw's doctor checks share: the skip rules and PicoClaw's own fix command.
import { t } from '../../i18n/index.js';
import { cmd as command } from '../../invocation.js';
import type { Finding, GenericCheck } from '../../doctor/types.js';
import type { PicoFacts } from './doctor-facts.js';

export type PicoCheck = GenericCheck<PicoFacts>;
export const skipNoConfig = (f: PicoFacts): Finding | undefined =>
  f.config.state === 'ok' ? undefined : { status: 'skip', message: f.config.state === 'missing' ? t().doctor.skipNoConfig : t().doctor.skipUnreadable };
export const needEntries = (f: PicoFacts): Finding | undefined =>
  skipNoConfig(f) ?? (f.config.state === 'ok' && f.config.pico.entries.length === 0 ? { status: 'skip', message: t().picoclaw.skipNoEntries(f.providerId) } : undefined);
/** The command that rewrites our entries: this run's `aisa-setup onboard`, its --target, --provider-id and --config kept. */
export const cmd = () => command('onboard');

export const ok = (f: PicoFacts) => (f.config.state === 'ok' ? f.config : undefined)!;

/** This run's `aisa-setup doctor --fix`, for what --fix mends (the default's form, `enabled`). */
export const fixCmd = () => command('doctor --fix');

/** The file that holds our entries' key: `.security.yml` when any of them reads it from there. */
export const keyFile = (f: PicoFacts) => (ok(f).pico.entries.some((e) => e.keySource === 'security') ? f.loc.securityPath : f.loc.path);
