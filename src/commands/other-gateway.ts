import { providerOf, type Context } from '../context.js';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';

/**
 * OpenClaw's doctor and models read AIsa's catalog at every step (stale ids, kimi's temperature,
 * curated metadata, the `aisa/` prefix checks): run against another gateway they would judge it by
 * AIsa's rules. Until they take the provider as a value, `--provider-id` is refused there (exit 2)
 * instead of silently checking the aisa block.
 */
export function refuseOtherGateway(ctx: Context, command: 'doctor' | 'models'): void {
  const provider = providerOf(ctx);
  if (provider.isAisa) return;
  const g = t().gateways;
  const fix = ctx.opts.target === 'picoclaw' ? g.notForCommandFixPicoclaw(provider.id) : g.notForCommandFix(provider.id);
  throw new CliError('usage', ExitCode.usage, g.notForCommand(command, provider.id), fix);
}
