import type { Dispatcher as DispatcherType } from 'undici';
import Agent from 'undici/lib/dispatcher/agent.js';
import Dispatcher from 'undici/lib/dispatcher/dispatcher.js';
import EnvHttpProxyAgent from 'undici/lib/dispatcher/env-http-proxy-agent.js';
import api from 'undici/lib/api/index.js';

/*
 * The parts of undici the client uses, loaded from their own modules. undici's index also loads
 * fetch, WebSocket, caches and mocks: over half its code, and tens of ms of start-up on Node 20
 * for every command that talks to the gateway. The one thing the index does that we need is to
 * give every dispatcher the request/connect API (the proxy agent calls `connect` on its client),
 * so we do that here, exactly as it does. The version is pinned and the gateway tests (proxy
 * included) run through this file, so a layout change in undici fails them rather than users.
 */
Object.assign(Dispatcher.prototype, api);

export { Agent, EnvHttpProxyAgent };

/** `request(url, opts)` on the dispatcher given (never undici's global one). */
export function request(url: string, opts: Omit<DispatcherType.RequestOptions, 'origin' | 'path'> & { dispatcher: DispatcherType }): Promise<DispatcherType.ResponseData> {
  const u = new URL(url);
  const { dispatcher, ...rest } = opts;
  return dispatcher.request({ ...rest, origin: u.origin, path: `${u.pathname}${u.search}` });
}
