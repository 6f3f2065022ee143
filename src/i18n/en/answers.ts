// The gateway's error answers (facts.md, "Gateway answers"): each message says who must act (the
// key, the account or the gateway), each fix is one that party can carry out.
import { cmd } from './command.js';

const KEYS = 'https://console.aisa.one/api-keys';
const NEW_KEY = () => `or create a new key there and run ${cmd('onboard')} again`;
const SUPPORT = 'if it persists, send the request id to AIsa support (https://console.aisa.one)';

const en = {
  keyDisabled: (masked: string, status: number) => `The key ${masked} is disabled (HTTP ${status}).`,
  get keyDisabledFix() {
    return `Enable it again at ${KEYS}, ${NEW_KEY()}.`;
  },
  get keyExpiredFix() {
    return `Extend the key's expiry at ${KEYS}, ${NEW_KEY()}.`;
  },
  keyNotReceived: (status: number) =>
    `AIsa received no key with the request (HTTP ${status}), though one was sent: something on the way (a proxy) drops the Authorization header.`,
  keyNotReceivedFix: `Check the proxy in HTTPS_PROXY (it must pass the Authorization header on), or try without it; the key itself is at ${KEYS}.`,
  keyRevoked: (masked: string, status: number) => `The key ${masked} has been revoked (HTTP ${status}): it can never be used again.`,
  priceOverMax: (model: string | undefined, status: number) =>
    `The estimated price of this request${model ? ` to ${model}` : ''} is above the maximum price allowed for it (HTTP ${status}): nothing was charged.`,
  get priceOverMaxFix() {
    return `Raise or remove the key's maximum price per request at ${KEYS}, or use a cheaper model: ${cmd('models set <id>')} (prices: https://aisa.one/models)`;
  },
  spendCap: (masked: string, status: number) =>
    `A spending cap on the key ${masked} is reached (HTTP ${status}): waiting will not lift it, unlike a rate limit.`,
  spendCapFix: `Raise or remove the cap at ${KEYS} (what was spent: https://console.aisa.one/logs), or use another key.`,
  authUnavailable: (status: number) => `AIsa could not check the key right now (HTTP ${status}): this is on AIsa's side, and the key is most likely fine.`,
  notChat: (model: string | undefined, routes: string) =>
    `${model ?? 'This model'} is not a chat model: it is not served on /chat/completions (HTTP 400)${routes ? `, only on ${routes}` : ''}. It cannot be an agent's model.`,
  get notChatFix() {
    return `Pick a chat model the key lists: ${cmd('models list')}, then ${cmd('models set <id>')}`;
  },
  keyQuotaLow: (masked: string) =>
    `The key ${masked} has less of its own quota left than this request costs (HTTP 403): that is the key's own limit, not the account balance.`,
  keyIp: (masked: string) => `The key ${masked} may only be used from certain IP addresses, and this machine's is not one of them (HTTP 403).`,
  keyIpFix: `Add this machine's IP address to the key's allowed IPs at ${KEYS}, or use a key without an IP limit.`,
  keyGroup: (group: string | undefined) =>
    `The key's group${group ? ` ${group}` : ''} is disabled or retired (HTTP 403): the key itself and the account are fine.`,
  get keyGroupFix() {
    return `Move the key to an active group at ${KEYS}, or create a new key in one and run ${cmd('onboard')} again.`;
  },
  modelNotAllowed: (model: string | undefined) =>
    `The key may not use ${model ? `model ${model}` : 'this model'} (HTTP 403): the key's own model list does not include it.`,
  modelNotAllowedFix: (model: string | undefined) =>
    `Add ${model ?? 'the model'} to the key's model list at ${KEYS}, or pick a model the key lists: ${cmd('models list')}`,
  noModels: (masked: string) => `The key ${masked} is accepted, but the gateway lists no model at all for it: no model choice can fix that.`,
  get noModelsFix() {
    return `Give the key a group or model list with models in it at ${KEYS}, ${NEW_KEY()}.`;
  },
  banned: (status: number) => `The AIsa account behind this key is banned (HTTP ${status}).`,
  database: (status: number) => `The gateway could not look the key up: its own database failed (HTTP ${status}). The key is most likely fine.`,
  gatewayFix: `This is on the gateway's side: try again in a few minutes; ${SUPPORT}.`,
  modelDown: (model: string) => `The key lists ${model}, but no upstream of the gateway is serving it right now (HTTP 503).`,
  modelDownFix: (model: string) =>
    `Nothing is wrong with ${model} or the key: try again later, or switch for now (${cmd('models set <id>')}); a fallback covers this: ${cmd('models fallbacks <id>')}`,
  modelUnlisted: (model: string) => `The key does not list ${model}, and the gateway has no channel for it (HTTP 503): the id is stale or unknown.`,
  modelUse: (ids: string) => `Use one the key lists, e.g. ${ids}: ${cmd('models set <id>')} (all of them: ${cmd('models list')})`,
  modelNoChannel: (model: string | undefined) =>
    `The gateway has no working channel for ${model ? `model ${model}` : 'this model'} right now (HTTP 503): the id may be stale, or its upstream down.`,
  get modelNoChannelFix() {
    return `See whether the key lists it: ${cmd('models list')} (listed: try again later; not listed: pick one that is).`;
  },
  noPrice: (model: string | undefined) =>
    `The gateway has no price set for ${model ? `model ${model}` : 'this model'} (HTTP 500), so it cannot bill a request to it: retrying will not help.`,
  get noPriceFix() {
    return `Use another model for now (${cmd('models set <id>')}), and tell AIsa support the model has no price (https://console.aisa.one).`;
  },
  saturated: 'The gateway\'s upstream for this group is saturated (HTTP 429): this is not a limit on your key.',
  get saturatedFix() {
    return `Try again in a few minutes, or use another model for now: ${cmd('models set <id>')}`;
  },
  upstream: (model: string | undefined, status: number) =>
    `The gateway's upstream provider${model ? ` for ${model}` : ''} refused the gateway's own request (HTTP ${status}): its channel failed, not your key (the gateway accepted your key).`,
  upstreamFix: `Nothing to change on your side: try again later or use another model; ${SUPPORT}.`,
  rateLimitedFix: 'Wait a minute and run the command again; the limit is set per account by the gateway (ask AIsa support at https://console.aisa.one if it keeps happening).',
  htmlPage: (status: number) =>
    `Expected JSON from the gateway but got an HTML page (HTTP ${status}): a proxy, firewall or Wi-Fi login page answered instead.`,
  otherBody: (status: number, what: string) => `Expected JSON from the gateway but got ${what} (HTTP ${status}).`,
  otherBodyFix: 'Something between you and the gateway answered instead: check --base-url and HTTPS_PROXY, or try another network.',
  what: {
    empty: 'an empty answer',
    binary: (bytes: number) => `${bytes} bytes of binary data, not text`,
    text: (bytes: number, type: string) => `${bytes} bytes of ${type || 'plain text'}`,
  },
  cutOff: (status: number, bytes: number) => `The gateway's JSON answer stops after ${bytes} bytes, before its end (HTTP ${status}): it was cut off.`,
  cutOffFix: 'The connection was cut short (an unstable network, or a proxy): try again; behind a company proxy, set HTTPS_PROXY.',
  tooLarge: (status: number, mb: number) => `The answer is larger than ${mb} MB (HTTP ${status}), not the small JSON a gateway sends: this URL is not the gateway's API.`,
  tooLargeFix: 'Check --base-url: it should be the gateway\'s API, e.g. https://api.aisa.one/v1',
  notHttp: (host: string) => `${host} answered, but not in HTTP: what came back is no web answer at all.`,
  notHttpFix: 'Check the scheme and port in --base-url (https:// or http://), and HTTPS_PROXY.',
};

export default en;
