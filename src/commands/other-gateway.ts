import { providerOf, type Context } from '../context.js';
import { CliError, ExitCode } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Target } from '../targets/target.js';

/**
 * Where a command's checks read AIsa's catalog at every step (stale ids, kimi's temperature,
 * curated metadata, the `aisa/` prefix), running it against another gateway would judge that
 * gateway by AIsa's rules: `--provider-id` is refused there (exit 2), with the target's own way on.
 */
export function refuseOtherGateway(ctx: Context, target: Pick<Target, 'otherGatewayFix'>, command: 'doctor' | 'models'): void {
  const provider = providerOf(ctx);
  if (provider.isAisa) return;
  throw new CliError('usage', ExitCode.usage, t().gateways.notForCommand(command, provider.id), target.otherGatewayFix(provider.id));
}
