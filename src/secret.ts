/** Masks a key as `sk-…abcd` (first 3, last 4): enough to recognise it, never enough to use it. */
export function maskKey(key: string): string {
  // A short string would be mostly revealed by first-3/last-4, so show nothing of it.
  if (key.length < 12) return '****';
  return `${key.slice(0, 3)}…${key.slice(-4)}`;
}

const known = new Set<string>();

/**
 * Remembers a secret so every writer of output can mask it. This is the last line of defence:
 * code should never print a key in the first place.
 */
export function registerSecret(secret: string | undefined): void {
  if (secret && secret.length >= 4) known.add(secret);
}

/** Replaces every occurrence of each known (or given) secret in `text` with its masked form. */
export function redact(text: string, extra: Iterable<string | undefined> = []): string {
  let out = text;
  for (const s of [...known, ...extra]) {
    if (!s || s.length < 4) continue;
    if (out.includes(s)) out = out.split(s).join(maskKey(s));
  }
  return out;
}

// Values that look like secrets whoever they belong to: an `sk-…` token, a `*_KEY=`/`*_TOKEN=`
// line of a .env file, a quoted value under a secret-named key in a config (not a `${VAR}` reference).
const SK_TOKEN = /\bsk-[A-Za-z0-9._-]{8,}/g;
const ENV_SECRET = /^([+\- ]?\s*(?:export\s+)?[A-Za-z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD)[A-Za-z0-9_]*\s*=\s*)(["']?)([^"'\s]+)\2/gim;
const CONFIG_VALUE = /((["']?)([A-Za-z_$][\w$-]*)\2\s*:\s*)(["'])((?!\$\{)[^"'\n]*)\4/g;
// Names whose value is a secret whatever it looks like: botToken, appSecret, gateway.auth.password,
// apiKey, api_keys, BRAVE_API_KEY. Only the name's end counts, so maxTokens or tokenFile stay shown.
const SECRET_NAME = /(?:token|secret|password|passwd|api[-_]?keys?)$/i;
// `key`, privateKey, an auth profile's key: a secret only when the value looks like one (long, no
// spaces, letters and digits), so `mainKey: "main"` stays readable.
const KEYISH_NAME = /key$/i;
const CREDENTIAL = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9._:+/=-]{12,}$/;

function secretValue(name: string, value: string): boolean {
  if (SECRET_NAME.test(name)) return true;
  return KEYISH_NAME.test(name) && CREDENTIAL.test(value) && !/^(https?:)?\//.test(value);
}

/**
 * Masks every secret-looking value in a text we are about to show, not only the keys we know:
 * a diff also shows the old key it replaces and its neighbours' secrets (a channel's bot token, the
 * gateway's auth token, another provider's key), which we never read as keys. Only what is shown
 * is masked: the file written keeps the real values.
 */
export function maskSecretsInText(text: string): string {
  // A value redact() already masked (it holds '…') is left as it is, and so is a variable's name
  // (`"AISA_API_KEY"` written where `"${AISA_API_KEY}"` belongs): that mistake must stay visible.
  const keep = (value: string) => value === '' || value.includes('…') || value === '****' || /^\$?\{?[A-Z][A-Z0-9_]*\}?$/.test(value);
  const mask = (_m: string, pre: string, q: string, value: string) => `${pre}${q}${keep(value) ? value : maskKey(value)}${q}`;
  const maskConfig = (m: string, pre: string, _q: string, name: string, q: string, value: string) =>
    secretValue(name, value) && !keep(value) ? `${pre}${q}${maskKey(value)}${q}` : m;
  return redact(text).replace(CONFIG_VALUE, maskConfig).replace(ENV_SECRET, mask).replace(SK_TOKEN, (token) => maskKey(token));
}
