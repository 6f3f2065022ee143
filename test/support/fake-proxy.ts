// A tiny HTTP proxy on 127.0.0.1 for proxy tests: CONNECT tunnels (what undici uses, also for
// http:// targets) and absolute-URI forwarding. It only ever connects to loopback targets, so a
// misconfigured test cannot reach the internet through it.
import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import { isLoopbackHost } from '../../src/gateway/url.js';

export interface FakeProxyOptions {
  /** `user:password` the proxy demands (407 without it). */
  credentials?: string;
}

export interface FakeProxy {
  url: string;
  port: number;
  /** `host:port` of every CONNECT, and the URL of every forwarded request. */
  connects: string[];
  forwards: string[];
  /** Proxy-Authorization headers seen (to prove the client sent them). */
  authHeaders: string[];
  close(): Promise<void>;
}

export async function startFakeProxy(opts: FakeProxyOptions = {}): Promise<FakeProxy> {
  const connects: string[] = [];
  const forwards: string[] = [];
  const authHeaders: string[] = [];
  const sockets = new Set<Socket>();
  const expected = opts.credentials ? `Basic ${Buffer.from(opts.credentials).toString('base64')}` : undefined;
  const authorized = (req: http.IncomingMessage): boolean => {
    const h = req.headers['proxy-authorization'];
    if (h) authHeaders.push(h);
    return !expected || h === expected;
  };

  const server = http.createServer((req, res) => {
    forwards.push(req.url ?? '');
    if (!authorized(req)) return void res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end();
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      return void res.writeHead(400).end();
    }
    if (!isLoopbackHost(target.hostname)) return void res.writeHead(403).end('loopback only');
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const upstream = http.request(target, { method: req.method, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });

  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    connects.push(req.url ?? '');
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (!authorized(req)) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const [host = '', portText = ''] = (req.url ?? '').split(/:(?=\d+$)/);
    if (!isLoopbackHost(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = net.connect(Number(portText), host.replace(/^\[|\]$/g, ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    connects,
    forwards,
    authHeaders,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
