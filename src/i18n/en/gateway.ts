// Messages about talking to the AIsa gateway. A message says what happened; its fix says what to do.
import { cmd } from './command.js';

const CA_HINT =
  'If a company proxy or antivirus inspects HTTPS, trust its certificate: NODE_EXTRA_CA_CERTS=/path/ca.pem aisa-setup … (or NODE_USE_SYSTEM_CA=1 on Node ≥ 22.15 to use the system store).';
const NEW_KEY = () => `Create a new key at https://console.aisa.one/api-keys and run ${cmd('onboard')} again.`;

const en = {
  baseUrlInvalid: (url: string) => `${JSON.stringify(url)} is not a valid gateway URL.`,
  baseUrlFix: 'Use --base-url https://api.aisa.one/v1 (or set AISA_BASE_URL), or leave it out for the default.',
  baseUrlInsecure: (host: string) => `Refusing to send the key over plain http:// to ${host}: anyone on the way could read it.`,
  baseUrlInsecureFix: 'Use an https:// URL for --base-url; plain http:// is only accepted for localhost.',
  keyEmpty: 'The API key is empty.',
  keyEmptyFix: 'Pass it with --aisa-api-key-stdin or set AISA_API_KEY.',
  keyShape: (masked: string, what: string) => `The API key ${masked} contains ${what}, which a real AIsa key never does; it was not sent.`,
  keyShapeFix: 'Copy the key again from https://console.aisa.one/api-keys and paste only the key itself (it starts with sk-aisa-; older keys with sk-).',
  keyForeign: (masked: string, provider: string) =>
    `The key ${masked} looks like ${/^[AEIOU]/.test(provider) ? 'an' : 'a'} ${provider} key, not an AIsa key (sk-aisa-…); it was not sent.`,
  keyForeignFix: 'Use a key from https://console.aisa.one/api-keys (it starts with sk-aisa-).',
  keyProblem: {
    bearer: 'a "Bearer " prefix',
    assignment: 'a variable name in front (AISA_API_KEY=…)',
    space: 'spaces',
    newline: 'a line break',
    quote: 'quotation marks',
    control: 'control characters',
    nonAscii: 'non-ASCII characters (full-width or invisible ones, often from a chat app or PDF)',
  },
  /** Between our sentence and the gateway's quoted words. */
  sentenceJoin: ' ',
  gatewaySaid: (msg: string) => `Gateway said: "${msg}"`,
  /** In brackets, the language's own. */
  requestId: (id: string) => `(request id: ${id})`,
  keyInvalid: (masked: string, status = 401) => `The gateway rejected the key ${masked} (HTTP ${status}): it is not a valid key.`,
  get keyInvalidFix() {
    return `Check that you copied the whole key. ${NEW_KEY()}`;
  },
  keyExpired: (masked: string) => `The key ${masked} has expired (HTTP 401).`,
  get keyExpiredFix() {
    return NEW_KEY();
  },
  keyQuota: (masked: string, status = 401) => `The key ${masked} has used up its own spending cap (HTTP ${status}): that is the key's own limit, not the account's wallet.`,
  keyQuotaFix: 'Raise the key\'s cap (or make it unlimited) at https://console.aisa.one/api-keys, or use another key.',
  balance: (status = 403) => `Your AIsa account's balance is used up (HTTP ${status}): the key is fine, but requests cannot be paid for.`,
  balanceFix: 'Top up at https://console.aisa.one/billing, then try again.',
  bannedFix: 'Contact AIsa support from https://console.aisa.one; a new key will not help.',
  forbidden: 'The gateway refused the key (HTTP 403).',
  get forbiddenFix() {
    return `Check the account and key at https://console.aisa.one. ${NEW_KEY()}`;
  },
  baseUrlNotFound: (url: string) => `${url}/models does not exist (HTTP 404): this base URL is not an AIsa gateway.`,
  baseUrlNotFoundFix: 'Use --base-url https://api.aisa.one/v1 (or fix AISA_BASE_URL); the URL must end in /v1.',
  rateLimited: (seconds: number | undefined) =>
    seconds === undefined
      ? 'The gateway limits how many requests this account may send, and that limit is reached (HTTP 429).'
      : `The gateway limits how many requests this account may send, and that limit is reached (HTTP 429); it asks to wait ${seconds} s.`,
  modelUnavailable: (model: string | undefined) =>
    `The gateway has no channel serving ${model ? `model ${model}` : 'this model'}: the id is outdated or not offered.`,
  modelUnavailableReplace: (model: string, replacement: string) =>
    `Use ${replacement} instead of ${model}; to replace it wherever the config names it, run: ${cmd('doctor --fix')}`,
  get modelUnavailableFix() {
    return `Pick a current id from: ${cmd('models list')}`;
  },
  temperatureOne: (model: string | undefined) => `${model ?? 'This model'} accepts only temperature 1.`,
  temperatureOneFix: (model: string | undefined) =>
    `Set agents.defaults.models["aisa/${model ?? '<id>'}"].params.temperature to 1, or run: ${cmd('doctor --fix')}`,
  serverError: (status: number) => `The gateway answered with a server error (HTTP ${status}), also after one retry.`,
  serverErrorFix: 'This is on the gateway\'s side: try again in a few minutes.',
  notJsonFix: (url: string) => `Open ${url} in a browser: log in to the network if asked, or set HTTPS_PROXY to your company proxy.`,
  badResponse: (detail: string) => `The gateway's answer did not have the expected shape (${detail}).`,
  badResponseFix: 'Check --base-url (it should be https://api.aisa.one/v1); if it is right, try again later.',
  requestRejected: (status: number) => `The gateway rejected the request (HTTP ${status}).`,
  requestRejectedFix: 'Run with DEBUG=1 and report the output (the key is masked) if this persists.',
  emptyContent: (model: string) => `${model} answered with empty content.`,
  emptyContentFix: 'This is usually temporary (Kimi K2.5 does it rarely): try again.',
  timeout: (seconds: number, host: string) => `No answer from ${host} within ${seconds} s.`,
  timeoutFix: 'Check your connection or proxy (HTTPS_PROXY), or allow more time with --timeout 60.',
  refused: (host: string) => `${host} refused the connection.`,
  refusedFix: 'Check --base-url and the port; if you use a proxy, check that HTTPS_PROXY points at it and it is running.',
  /** After a network failure of `models`: it can work from the config and the catalog alone. */
  offlineHint: 'Or work without the gateway: add --offline (the config and the built-in catalog only).',
  refusedFixEnv: (url: string) =>
    `The address came from AISA_BASE_URL (${url}): check it and the port, or unset AISA_BASE_URL to use AIsa's own (https://api.aisa.one/v1).`,
  reset: (host: string) => `The connection to ${host} was cut off, also on a second try.`,
  resetFix: 'A firewall or proxy may be closing it: try another network, or set HTTPS_PROXY to your company proxy.',
  dns: (host: string, temporary: boolean) =>
    temporary ? `Could not look up ${host} right now (DNS is not answering).` : `The host name ${host} does not exist (DNS).`,
  dnsFix: (url: string) => `Check the spelling of ${url} (from --base-url, AISA_BASE_URL or the config's baseUrl) and that you are online; behind a company proxy, set HTTPS_PROXY.`,
  dnsFixDefault: 'Check that you are online and that DNS works (try another network); behind a company proxy, set HTTPS_PROXY.',
  tlsUntrusted: (host: string, code: string) => `The HTTPS certificate of ${host} is not trusted (${code}).`,
  tlsUntrustedFix: CA_HINT,
  tlsExpired: (host: string) => `The HTTPS certificate presented for ${host} has expired (CERT_HAS_EXPIRED).`,
  tlsExpiredFix: `Check that your computer's date and time are right. ${CA_HINT}`,
  tlsHostname: (host: string) => `The HTTPS certificate presented does not belong to ${host} (ERR_TLS_CERT_ALTNAME_INVALID).`,
  tlsHostnameFix: `Check the host in --base-url. If a company proxy intercepts HTTPS, ${CA_HINT[0]!.toLowerCase()}${CA_HINT.slice(1)}`,
  proxyAuth: (proxy: string) => `The proxy ${proxy} requires a login (HTTP 407).`,
  proxyAuthFix: 'Put the credentials in the proxy URL: HTTPS_PROXY=http://user:password@proxy:port (URL-encode special characters).',
  proxyFailed: (proxy: string, status: string) => `The proxy ${proxy} refused to connect to the gateway (${status}).`,
  proxyFailedFix: 'Ask your network admin to allow api.aisa.one, or add it to NO_PROXY if it can be reached directly.',
  network: (host: string, code: string) => `Could not reach ${host} (${code}).`,
  networkFix: 'Check your connection, --base-url and HTTPS_PROXY, then try again.',
};

export default en;
