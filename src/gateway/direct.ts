import type { ClientRequest } from 'node:http';
import { createRequire } from 'node:module';
import type { Channel, ChannelOptions, Exchange, ExchangeRequest } from './channel.js';

// require(), not import: on Node 24 node:http has lazy WebSocket/CloseEvent/MessageEvent exports
// backed by Node's own undici, and an ESM import of the module reads every export, which loads all
// of undici (~20 ms). require() reads only what is used.
const require = createRequire(import.meta.url);

/*
 * A direct connection, through node:http and node:https. Node ships these compiled into its own
 * snapshot, so a first request costs ~10 ms from a cold start; undici, bundled, costs ~35 ms more
 * to parse, compile and warm up (measured on Node 20 and 24; see README, Performance). undici is
 * still the client whenever a proxy is configured (./proxied.ts): that is where it earns its place.
 */
export function openDirectChannel(opts: ChannelOptions): Channel {
  const open = new Set<ClientRequest>();
  return {
    exchange(req: ExchangeRequest, signal: AbortSignal): Promise<Exchange> {
      const url = new URL(req.url);
      // https is loaded only for https: a loopback test gateway never pays for TLS.
      const client = url.protocol === 'https:' ? (require('node:https') as typeof import('node:https')) : (require('node:http') as typeof import('node:http'));
      const headers = req.body === null ? req.headers : { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) };
      return new Promise((resolve, reject) => {
        // agent: false → one connection per exchange, closed after it: nothing lingers at exit.
        const r = client.request(url, { method: req.method, headers, signal, agent: false, ...(opts.ca ? { ca: opts.ca } : {}) }, (res) => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res });
        });
        open.add(r);
        r.once('close', () => open.delete(r));
        r.once('error', reject);
        r.end(req.body ?? undefined);
      });
    },
    async close(): Promise<void> {
      for (const r of open) r.destroy();
      open.clear();
    },
  };
}
