// An esbuild plugin: undici's HTTP/2 client requires node:http2 (and with it node:tls) when it is
// loaded, ~6 ms on every command that talks to the gateway. undici only speaks HTTP/2 when asked
// (`allowH2`, off by default: it offers ALPN `http/1.1` alone), and aisa-setup never asks, so the
// module is replaced by one that says so if it is ever reached.
const STUB = `module.exports = function connectH2 () {
  throw new Error('aisa-setup bundles undici without HTTP/2 (allowH2 must stay off)')
}`;

export const undiciHttp1Only = {
  name: 'undici-http1-only',
  setup(build) {
    build.onLoad({ filter: /undici[\\/]lib[\\/]dispatcher[\\/]client-h2\.js$/ }, () => ({ contents: STUB, loader: 'js' }));
  },
};
