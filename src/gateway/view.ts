import type { BaseUrlSource } from '../resolve.js';
import type { Balance } from './balance-view.js';

/** The gateway's answer to a key, as onboarding uses it. */
export interface GatewayView {
  baseUrl: string;
  /** Which of --base-url, AISA_BASE_URL, the files or the default gave it. */
  baseUrlSource: BaseUrlSource;
  /** Ids the key can use, or undefined when validation was skipped. */
  liveIds: string[] | undefined;
  /** The gateway's `supported_endpoint_types` per id, where it sent them (what each model serves). */
  endpointTypes?: Record<string, readonly string[]>;
  /** What the key has left, when the gateway reports it. */
  balance?: Balance;
}
