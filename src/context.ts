import type { Lang } from './i18n/lang.js';
import { AISA_PROVIDER, type ProviderSpec } from './provider-id.js';
import type { TargetId } from './targets/ids.js';
import type { Output } from './ui/output.js';

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: unknown };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Options every command takes (cli-contract.md), already validated. */
export interface GlobalOptions {
  config: string | undefined;
  profile: string | undefined;
  /** From --base-url or AISA_BASE_URL; undefined means the AIsa default. */
  baseUrl: string | undefined;
  /** Which of the two gave baseUrl. */
  baseUrlSource?: 'flag' | 'env';
  /** --target: which agent's config to edit; absent means OpenClaw. */
  target?: TargetId;
  /** --provider-id: absent means AIsa (see providerOf). */
  provider?: ProviderSpec;
  timeoutMs: number;
  json: boolean;
  lang: Lang;
  color: boolean;
}

/** What every command receives: nothing below commands/ reads process.* directly. */
export interface Context {
  opts: GlobalOptions;
  io: Io;
  out: Output;
}

/** The gateway this run is about: --provider-id, else AIsa. */
export function providerOf(ctx: Pick<Context, 'opts'>): ProviderSpec {
  return ctx.opts.provider ?? AISA_PROVIDER;
}
