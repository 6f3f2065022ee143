import type { Channel, ChannelOptions, Exchange, ExchangeRequest, ProxyConfig } from './channel.js';
import { EnvHttpProxyAgent, request } from './http.js';

/**
 * Through HTTP(S)_PROXY, with undici's EnvHttpProxyAgent: CONNECT tunnels (TLS inside them),
 * proxy credentials, NO_PROXY. Loaded only when a proxy variable is set (src/load/proxy.ts).
 */
export function openProxiedChannel(opts: ChannelOptions, proxy: ProxyConfig): Channel {
  const timeout = opts.timeoutMs;
  const tls = opts.ca ? { ca: opts.ca } : {};
  // Every field is passed (empty string, not undefined) so undici never falls back to process.env.
  const agent = new EnvHttpProxyAgent({
    connect: { timeout, ...tls },
    headersTimeout: timeout,
    bodyTimeout: timeout,
    connections: 4,
    httpProxy: proxy.httpProxy ?? '',
    httpsProxy: proxy.httpsProxy ?? proxy.httpProxy ?? '',
    noProxy: proxy.noProxy ?? '',
    requestTls: tls,
  });
  return {
    async exchange(req: ExchangeRequest, signal: AbortSignal): Promise<Exchange> {
      const res = await request(req.url, { method: req.method, headers: req.headers, body: req.body, dispatcher: agent, signal });
      return { status: res.statusCode, headers: res.headers, body: res.body };
    },
    // destroy, not close: after a timeout a hung socket would otherwise keep the process alive.
    close: () => agent.destroy().catch(() => undefined),
  };
}
