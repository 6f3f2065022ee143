import { CliError, type ExitCodeValue } from '../errors.js';

// Its own module, light on purpose: checks that only ask `instanceof GatewayError` must not load
// the HTTP client and its schemas.

export interface GatewayErrorDetails {
  status?: number;
  requestId?: string;
  gatewayMessage?: string;
  replacement?: string;
  model?: string;
  /** Who must act: the key's settings, the account, or the gateway (facts.md, "Gateway answers"). */
  party?: 'key' | 'account' | 'gateway';
}

/** A failure talking to the gateway, with what the gateway itself said (its words and request id). */
export class GatewayError extends CliError {
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly gatewayMessage: string | undefined;
  /** For a stale model id: the id that replaced it (catalog STALE_IDS). */
  readonly replacement: string | undefined;
  readonly model: string | undefined;
  readonly party: GatewayErrorDetails['party'];

  constructor(kind: string, exitCode: ExitCodeValue, message: string, fix: string, details: GatewayErrorDetails = {}, cause?: unknown) {
    super(kind, exitCode, message, fix, cause === undefined ? undefined : { cause });
    this.name = 'GatewayError';
    this.status = details.status;
    this.requestId = details.requestId;
    this.gatewayMessage = details.gatewayMessage;
    this.replacement = details.replacement;
    this.model = details.model;
    this.party = details.party;
  }

  override toJSON(): { kind: string; message: string; fix?: string } & GatewayErrorDetails {
    const out: { kind: string; message: string; fix?: string } & GatewayErrorDetails = super.toJSON();
    if (this.status !== undefined) out.status = this.status;
    if (this.requestId) out.requestId = this.requestId;
    if (this.gatewayMessage) out.gatewayMessage = this.gatewayMessage;
    if (this.replacement) out.replacement = this.replacement;
    if (this.party) out.party = this.party;
    return out;
  }
}
