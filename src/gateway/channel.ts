// What the transport needs from an HTTP client: one exchange at a time, and a way to let go of
// every socket. Two clients implement it: node:http(s) for a direct connection (./direct.ts) and
// undici for a proxy (./proxied.ts); ./transport.ts picks one per request.

export interface ExchangeRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

export interface Exchange {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: AsyncIterable<Uint8Array | string>;
}

export interface Channel {
  exchange(req: ExchangeRequest, signal: AbortSignal): Promise<Exchange>;
  /** Destroys whatever is still open: after a timeout a hung socket must not keep the process alive. */
  close(): Promise<void>;
}

export interface ChannelOptions {
  timeoutMs: number;
  /** Extra trusted CA (PEM), for tests; users have NODE_EXTRA_CA_CERTS. */
  ca?: string;
}

/** The proxy variables of the environment, read once (see transport.ts's proxyConfigFromEnv). */
export interface ProxyConfig {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}
