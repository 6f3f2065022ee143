// What PicoClaw's doctor checks share: the skip rules and PicoClaw's own fix command.
import { t } from '../../i18n/index.js';
import type { Finding, GenericCheck } from '../../doctor/types.js';
import type { PicoFacts } from './doctor-facts.js';

export type PicoCheck = GenericCheck<PicoFacts>;
export const skipNoConfig = (f: PicoFacts): Finding | undefined =>
  f.config.state === 'ok' ? undefined : { status: 'skip', message: f.config.state === 'missing' ? t().doctor.skipNoConfig : t().doctor.skipUnreadable };
export const needEntries = (f: PicoFacts): Finding | undefined =>
  skipNoConfig(f) ?? (f.config.state === 'ok' && f.config.pico.entries.length === 0 ? { status: 'skip', message: t().picoclaw.skipNoEntries(f.providerId) } : undefined);
export const cmd = (f: PicoFacts) => onboardCommand(f.providerId);

/** `aisa-setup onboard --target picoclaw`, with `--provider-id` for another gateway: the command that rewrites our entries. */
export const onboardCommand = (providerId: string) => `aisa-setup onboard --target picoclaw${providerId === 'aisa' ? '' : ` --provider-id ${providerId}`}`;

/** A gateway error's fix says "aisa-setup onboard" (OpenClaw's); here the same advice needs PicoClaw's command. */
export const picoFix = (fix: string | undefined, f: PicoFacts) => (fix ? { fix: fix.replaceAll('aisa-setup onboard', cmd(f)) } : {});

export const ok = (f: PicoFacts) => (f.config.state === 'ok' ? f.config : undefined)!;

/** `aisa-setup doctor --fix --target picoclaw`, for what --fix mends (the default's form, `enabled`). */
export const fixCmd = (f: PicoFacts) => `aisa-setup doctor --fix --target picoclaw${f.providerId === 'aisa' ? '' : ` --provider-id ${f.providerId}`}`;

/** The file that holds our entries' key: `.security.yml` when any of them reads it from there. */
export const keyFile = (f: PicoFacts) => (ok(f).pico.entries.some((e) => e.keySource === 'security') ? f.loc.securityPath : f.loc.path);
