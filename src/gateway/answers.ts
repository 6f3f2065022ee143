/**
 * What a gateway's error answer means, read from its status, `code`, `type` and text in either
 * language: AIsa's own documented codes first (facts.md, "AIsa today"), then new-api / one-api's
 * texts (facts.md, "Gateway answers"). Pure: the words a user reads are built from the kind in
 * ./diagnose.ts.
 */

/** Who must act for the set-up to work again: what the fix is addressed to. */
export type Party = 'key' | 'account' | 'gateway';

export type AnswerKind =
  | 'key-invalid'
  | 'key-expired'
  | 'key-quota-exhausted'
  | 'key-quota-low'
  | 'key-disabled'
  | 'key-ip-not-allowed'
  | 'key-group-disabled'
  | 'model-not-allowed'
  | 'balance-exhausted'
  | 'account-banned'
  | 'gateway-database'
  | 'model-no-price'
  | 'upstream-saturated'
  | 'upstream-error'
  | 'no-channel'
  | 'key-revoked'
  | 'key-not-received'
  | 'price-over-max'
  | 'spend-cap-reached'
  | 'auth-unavailable'
  | 'model-route-not-supported'
  | 'rate-limited';

/** undefined: no party's settings are wrong, the user's own choice is (a model that does not chat). */
export const PARTY: Record<AnswerKind, Party | undefined> = {
  'key-invalid': 'key',
  'key-expired': 'key',
  'key-quota-exhausted': 'key',
  'key-quota-low': 'key',
  'key-disabled': 'key',
  'key-ip-not-allowed': 'key',
  'key-group-disabled': 'key',
  'model-not-allowed': 'key',
  'balance-exhausted': 'account',
  'account-banned': 'account',
  'gateway-database': 'gateway',
  'model-no-price': 'gateway',
  'upstream-saturated': 'gateway',
  'upstream-error': 'gateway',
  'no-channel': 'gateway',
  'key-revoked': 'key',
  'key-not-received': 'key',
  // The cap is the key's setting (or the request's): the key's page is where it changes.
  'price-over-max': 'key',
  'spend-cap-reached': 'key',
  'auth-unavailable': 'gateway',
  'model-route-not-supported': undefined,
  'rate-limited': 'account',
};

/**
 * AIsa's documented `code`s (facts.md, "AIsa today"): exact, so they win over any text. The
 * insufficient_* pair is the one a text rule would get wrong: the KEY's cap is not the wallet.
 */
const AISA_CODES: Readonly<Record<string, AnswerKind>> = {
  // We always send the key: AIsa not seeing one means something on the way dropped the header.
  missing_api_key: 'key-not-received',
  invalid_api_key: 'key-invalid',
  api_key_disabled: 'key-disabled',
  expired_api_key: 'key-expired',
  revoked_api_key: 'key-revoked',
  insufficient_wallet_balance: 'balance-exhausted',
  insufficient_api_key_balance: 'key-quota-exhausted',
  estimated_price_exceeds_max_price: 'price-over-max',
  quota_exceeded: 'spend-cap-reached',
  rate_limit_error: 'rate-limited',
  authentication_unavailable: 'auth-unavailable',
  model_route_not_supported: 'model-route-not-supported',
};

export interface Answer {
  status: number;
  message?: string | undefined;
  type?: string | undefined;
  code?: string | undefined;
  /** The code came at the top level, AIsa's own shape: never an upstream's object passed through. */
  topLevelCode?: boolean | undefined;
  path: '/models' | '/chat/completions';
}

/** `type` values the gateway itself uses; anything else on a chat error is the upstream's own object. */
const OWN_TYPES = new Set(['new_api_error', 'one_api_error', 'aisa_api_error', 'shell_api_error']);

/**
 * In order: the first that matches wins. The database rule comes first because its Chinese text
 * ("无效的令牌，数据库查询出错") also says "invalid token"; quota "not enough" before "exhausted"
 * because one is the key's limit for this request, the other the key's whole quota.
 */
const RULES: ReadonlyArray<readonly [AnswerKind, RegExp]> = [
  ['gateway-database', /数据库查询出错|数据库出错|数据库错误|令牌验证失败|database (error|query)/i],
  // A fork answers a used-up KEY with the account's code (insufficient_user_quota): its text tells.
  ['key-quota-exhausted', /token has insufficient quota/i],
  ['key-quota-low', /pre_consume_token_quota_failed|令牌额度不足|token quota is not enough/i],
  ['key-quota-exhausted', /令牌额度已用尽|token quota (is |has been )?(exhausted|used up)/i],
  ['balance-exhausted', /insufficient_user_quota|用户额度不足|余额不足|user quota is not enough|insufficient (user )?(quota|balance)/i],
  ['key-expired', /令牌已过期|已过期|token (has )?expired|has expired/i],
  ['key-disabled', /令牌状态不可用|token status (is )?unavailable|token (has been |is )?disabled/i],
  ['account-banned', /已被封禁|用户已被禁用|\bbanned\b|user (has been |is )?disabled/i],
  ['key-ip-not-allowed', /IP\s*不在|指定网段|\bIP\b[^.]*\b(not allowed|not in|whitelist|allow ?list)|access_denied/i],
  ['key-group-disabled', /分组\s*\S*\s*已被(禁用|弃用)|无权访问\s*\S*\s*分组|group \S+ (has been |is )?(disabled|deprecated)|no (access|permission) to (the )?group/i],
  ['model-not-allowed', /无权访问模型|no access to model|not allowed to (use|access) (the )?model/i],
  ['model-no-price', /model_price_error|倍率或价格未配置|ratio or price not set|price not (set|configured)/i],
  ['upstream-saturated', /上游负载已饱和|upstream load is saturated/i],
  ['no-channel', /model_not_found|无可用渠道|无可用通道|可用渠道失败|no available channel|failed to get available channel/i],
  ['key-invalid', /未提供令牌|无效的令牌|invalid token|no token provided/i],
];

/** The kind the gateway's words name, or undefined when they name none we know. */
export function kindOfText(text: string): AnswerKind | undefined {
  return RULES.find(([, re]) => re.test(text))?.[0];
}

/**
 * On chat, a 401/403/429 whose `type` is not the gateway's own is the upstream provider's error
 * passed through ("Incorrect API key provided: sk-proj-…"): the gateway's channel failed, and the
 * user's key, which /models accepted, is not the one it is about.
 */
export function isUpstreamPassThrough(a: Answer): boolean {
  if (a.path !== '/chat/completions' || ![401, 402, 403, 429].includes(a.status)) return false;
  return a.type !== undefined && a.type !== '' && !OWN_TYPES.has(a.type);
}

/** The kind of an error answer, or undefined: the caller then goes by the status alone. */
export function classifyAnswer(a: Answer): AnswerKind | undefined {
  const own = a.code ? AISA_CODES[a.code] : undefined;
  if (own && a.topLevelCode) return own;
  if (isUpstreamPassThrough(a)) return 'upstream-error';
  if (own) return own;
  return kindOfText(`${a.message ?? ''} ${a.code ?? ''}`);
}
