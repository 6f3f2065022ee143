import { setFlagsFromString } from 'node:v8';
import type { Dispatcher as DispatcherType } from 'undici';
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js';
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import api from 'undici/lib/api/index.js';

/*
 * The parts of undici the client uses, loaded from their own modules. undici's index also loads
 * fetch, WebSocket, caches and mocks: over half its code, and tens of ms of start-up on Node 20
 * for every request through a proxy (the only path that loads undici, see ./proxied.ts). The one
 * thing the index does that we need is to give every dispatcher the request/connect API (the proxy
 * agent calls `connect` on its client), so we do that here, exactly as it does. The version is
 * pinned and the proxy tests run through this file, so a layout change in undici fails them
 * rather than users.
 */
Object.assign(Dispatcher.prototype, api);

/*
 * undici parses HTTP with a WebAssembly module (llhttp), compiled on the first connection. V8 then
 * optimises it again in the background, and a process cannot exit until that job ends: measured
 * here, 120–140 ms of waiting after a one-request command, more than the request itself. The
 * baseline compiler alone is plenty for the few small responses a set-up reads. Set before the
 * first compile (undici compiles lazily), it touches only WebAssembly.
 */
setFlagsFromString('--liftoff-only');

export { EnvHttpProxyAgent };

/** `request(url, opts)` on the dispatcher given (never undici's global one). */
export function request(url: string, opts: Omit<DispatcherType.RequestOptions, 'origin' | 'path'> & { dispatcher: DispatcherType }): Promise<DispatcherType.ResponseData> {
  const u = new URL(url);
  const { dispatcher, ...rest } = opts;
  return dispatcher.request({ ...rest, origin: u.origin, path: `${u.pathname}${u.search}` });
}
