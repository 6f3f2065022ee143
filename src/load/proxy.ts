/*
 * undici, for requests through HTTP(S)_PROXY: loaded only when a proxy variable is set, so a
 * direct connection never parses it (see src/gateway/direct.ts for the numbers).
 */
export { openProxiedChannel } from '../gateway/proxied.js';
