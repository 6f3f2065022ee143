// The error answers of new-api / one-api (facts.md, "Gateway answers"), as the gateway sends them:
// status, `code`, `type` and its text in each of its two languages; and AIsa's own documented answers
// (facts.md, "AIsa today": `{ code, error, request_id }`, in English only). The fake gateway answers a
// row for a key made for it (keyFor); where: 'chat' rows are what only a chat request meets.

export interface GatewayAnswerRow {
  name: string;
  status: number;
  code?: string;
  /** The error object's `type`; the gateway's own is `new_api_error`. */
  type?: string;
  /** `{model}` and `{group}` are filled in. */
  en: string;
  zh: string;
  where: 'both' | 'chat';
  /** AIsa's shape: `code` at the top level, `error` a string (or, with errorObject, `{ message }`). */
  shape?: 'aisa';
  errorObject?: boolean;
  headers?: Record<string, string>;
}

/** AIsa's answers (its errors page): the same words whatever language the user reads. */
const aisa = (name: string, status: number, code: string, text: string, where: 'both' | 'chat', more: Partial<GatewayAnswerRow> = {}): GatewayAnswerRow => ({
  name,
  status,
  code,
  en: text,
  zh: text,
  where,
  shape: 'aisa',
  ...more,
});

export const AISA_ANSWERS: readonly GatewayAnswerRow[] = [
  aisa('aisa-missing-key', 401, 'missing_api_key', 'AISA API key is missing.', 'both'),
  aisa('aisa-invalid-key', 401, 'invalid_api_key', 'AISA API key is invalid. Check that you copied the complete key and are using an AISA key, not an upstream provider key.', 'both'),
  aisa('aisa-key-disabled', 401, 'api_key_disabled', 'AISA API key is disabled.', 'both', { errorObject: true }),
  aisa('aisa-key-expired', 401, 'expired_api_key', 'AISA API key has expired.', 'both'),
  aisa('aisa-key-revoked', 401, 'revoked_api_key', 'AISA API key has been revoked.', 'both'),
  aisa('aisa-wallet', 402, 'insufficient_wallet_balance', 'Insufficient wallet balance.', 'chat'),
  aisa('aisa-key-cap', 402, 'insufficient_api_key_balance', 'Insufficient API key balance.', 'chat'),
  aisa('aisa-max-price', 402, 'estimated_price_exceeds_max_price', 'Estimated price exceeds max price.', 'chat', { errorObject: true }),
  aisa('aisa-quota', 429, 'quota_exceeded', 'Quota exceeded.', 'chat'),
  aisa('aisa-rate-limit', 429, 'rate_limit_error', 'Rate limit exceeded.', 'chat', { headers: { 'retry-after': '7' } }),
  aisa('aisa-auth-unavailable', 503, 'authentication_unavailable', 'Authentication is temporarily unavailable.', 'both'),
  aisa(
    'aisa-route',
    400,
    'model_route_not_supported',
    'Model {model} does not support route /v1/chat/completions. Supported routes: /v1/images/generations, /v1/images/edits',
    'chat',
  ),
];

export const GATEWAY_ANSWERS: readonly GatewayAnswerRow[] = [
  { name: 'invalid-token', status: 401, en: 'Invalid token', zh: '无效的令牌', where: 'both' },
  { name: 'no-token', status: 401, en: 'No token provided', zh: '未提供令牌', where: 'both' },
  { name: 'token-expired', status: 401, en: 'This token has expired', zh: '该令牌已过期', where: 'both' },
  { name: 'token-quota-exhausted', status: 401, en: 'This token quota is exhausted', zh: '该令牌额度已用尽', where: 'both' },
  { name: 'token-disabled', status: 401, en: 'This token status is unavailable', zh: '该令牌状态不可用', where: 'both' },
  { name: 'token-db-401', status: 401, en: 'Invalid token, database error, please contact the administrator', zh: '无效的令牌，数据库查询出错，请联系管理员', where: 'both' },
  { name: 'token-db-500', status: 500, en: 'Database error', zh: '令牌验证失败', where: 'both' },
  {
    name: 'token-quota-low',
    status: 403,
    code: 'pre_consume_token_quota_failed',
    en: 'token quota is not enough, token remain quota: ＄0.010000, need quota: ＄0.048000',
    zh: '令牌额度不足，剩余额度：＄0.010000，需要额度：＄0.048000',
    where: 'chat',
  },
  { name: 'user-quota', status: 403, code: 'insufficient_user_quota', en: 'user quota is not enough', zh: '用户额度不足', where: 'chat' },
  { name: 'user-banned', status: 403, en: 'User has been banned', zh: '用户已被封禁', where: 'both' },
  { name: 'ip-not-allowed', status: 403, code: 'access_denied', en: "Your IP is not in the token's allowed IP list", zh: '您的 IP 不在令牌允许访问的列表中', where: 'both' },
  { name: 'ip-subnet', status: 403, code: 'access_denied', en: 'This token can only be used from the specified subnets', zh: '该令牌只能在指定网段使用', where: 'chat' },
  { name: 'group-disabled', status: 403, en: 'Token group {group} has been disabled', zh: '令牌分组 {group} 已被禁用', where: 'both' },
  { name: 'group-deprecated', status: 403, en: 'Group {group} has been deprecated', zh: '分组 {group} 已被弃用', where: 'both' },
  { name: 'model-not-in-token', status: 403, en: 'This token has no access to model {model}', zh: '该令牌无权访问模型 {model}', where: 'chat' },
  {
    name: 'no-channel',
    status: 503,
    code: 'model_not_found',
    en: 'No available channel for model {model} under group {group} (distributor)',
    zh: '当前分组 {group} 下对于模型 {model} 无可用渠道',
    where: 'chat',
  },
  { name: 'no-price', status: 500, code: 'model_price_error', en: 'Model {model} ratio or price not set', zh: '模型 {model} 倍率或价格未配置', where: 'chat' },
  { name: 'rate-limit', status: 429, en: 'You have reached the request limit: at most 60 requests in 1 minute', zh: '您已达到请求数限制：1分钟内最多请求60次', where: 'chat' },
  { name: 'upstream-saturated', status: 429, en: 'Current group upstream load is saturated, please try again later', zh: '当前分组上游负载已饱和，请稍后再试', where: 'chat' },
  // new-api since the table was written (facts.md, "Changes in new-api"): new texts, same meanings.
  {
    name: 'no-channel-2026',
    status: 503,
    code: 'model_not_found',
    en: 'No available channel for model {model} under group {group} (distributor)',
    zh: '分组 {group} 下模型 {model} 无可用渠道（distributor）',
    where: 'chat',
  },
  {
    name: 'no-channel-failed',
    status: 503,
    en: 'Failed to get available channel for model {model} under group {group} (distributor): no healthy channel',
    zh: '获取分组 {group} 下模型 {model} 的可用渠道失败（distributor）：没有健康的渠道',
    where: 'chat',
  },
  { name: 'db-contact-admin', status: 500, en: 'Database error, please contact the administrator', zh: '数据库出错，请联系管理员', where: 'both' },
  { name: 'db-retry-later', status: 500, en: 'Database error, please try again later', zh: '数据库错误，请稍后重试', where: 'both' },
  {
    name: 'total-request-limit',
    status: 429,
    en: 'You have reached the total request limit: at most 100 requests in 1 minute, including failed attempts',
    zh: '您已达到总请求数限制：1分钟内最多请求100次，包括失败的请求',
    where: 'chat',
  },
  // The account-balance 403 keeps its Chinese text even when the gateway speaks English.
  { name: 'user-quota-zh-in-en', status: 403, code: 'insufficient_user_quota', en: '用户额度不足, 剩余额度: ＄0.000000', zh: '用户额度不足, 剩余额度: ＄0.000000', where: 'chat' },
  // A fork answers a used-up KEY with the account's code: the text says whose quota it is.
  { name: 'fork-token-insufficient', status: 403, code: 'insufficient_user_quota', en: 'This token has insufficient quota', zh: 'This token has insufficient quota', where: 'chat' },
  {
    name: 'upstream-passthrough',
    status: 401,
    code: 'invalid_api_key',
    type: 'invalid_request_error',
    // The upstream provider's own words: the same in either language of the gateway.
    en: 'Incorrect API key provided: sk-proj-********************abcd. You can find your API key at https://platform.openai.com/account/api-keys.',
    zh: 'Incorrect API key provided: sk-proj-********************abcd. You can find your API key at https://platform.openai.com/account/api-keys.',
    where: 'chat',
  },
];

/** Rows only new-api sends, then AIsa's: every answer the fake gateway knows a key for. */
export const ALL_ANSWERS: readonly GatewayAnswerRow[] = [...GATEWAY_ANSWERS, ...AISA_ANSWERS];

/** A fake key that gets `row`'s answer: long enough to be masked, obviously fake. */
export function keyFor(row: GatewayAnswerRow | string): string {
  const name = typeof row === 'string' ? row : row.name;
  return `sk-fakeRow${name.replace(/[^A-Za-z0-9]/g, '')}`.padEnd(44, '0');
}

export type Party = 'key' | 'account' | 'gateway';
/** What each row must become. `no-channel` here is for an id the key lists (qwen3-max): a dead upstream. */
export const EXPECTED: Record<string, { kind: string; party: Party | undefined; exit: 2 | 4 | 5 }> = {
  'invalid-token': { kind: 'key-invalid', party: 'key', exit: 4 },
  'no-token': { kind: 'key-invalid', party: 'key', exit: 4 },
  'token-expired': { kind: 'key-expired', party: 'key', exit: 4 },
  'token-quota-exhausted': { kind: 'key-quota-exhausted', party: 'key', exit: 4 },
  'token-disabled': { kind: 'key-disabled', party: 'key', exit: 4 },
  'token-db-401': { kind: 'gateway-database', party: 'gateway', exit: 5 },
  'token-db-500': { kind: 'gateway-database', party: 'gateway', exit: 5 },
  'token-quota-low': { kind: 'key-quota-low', party: 'key', exit: 4 },
  'user-quota': { kind: 'balance-exhausted', party: 'account', exit: 4 },
  'user-banned': { kind: 'account-banned', party: 'account', exit: 4 },
  'ip-not-allowed': { kind: 'key-ip-not-allowed', party: 'key', exit: 4 },
  'ip-subnet': { kind: 'key-ip-not-allowed', party: 'key', exit: 4 },
  'group-disabled': { kind: 'key-group-disabled', party: 'key', exit: 4 },
  'group-deprecated': { kind: 'key-group-disabled', party: 'key', exit: 4 },
  'model-not-in-token': { kind: 'model-not-allowed', party: 'key', exit: 4 },
  'no-channel': { kind: 'model-down', party: 'gateway', exit: 5 },
  'no-price': { kind: 'model-no-price', party: 'gateway', exit: 5 },
  'rate-limit': { kind: 'rate-limited', party: 'account', exit: 5 },
  'upstream-saturated': { kind: 'upstream-saturated', party: 'gateway', exit: 5 },
  'upstream-passthrough': { kind: 'upstream-error', party: 'gateway', exit: 5 },
  'no-channel-2026': { kind: 'model-down', party: 'gateway', exit: 5 },
  'no-channel-failed': { kind: 'model-down', party: 'gateway', exit: 5 },
  'db-contact-admin': { kind: 'gateway-database', party: 'gateway', exit: 5 },
  'db-retry-later': { kind: 'gateway-database', party: 'gateway', exit: 5 },
  'total-request-limit': { kind: 'rate-limited', party: 'account', exit: 5 },
  'user-quota-zh-in-en': { kind: 'balance-exhausted', party: 'account', exit: 4 },
  'fork-token-insufficient': { kind: 'key-quota-exhausted', party: 'key', exit: 4 },
  'aisa-missing-key': { kind: 'key-not-received', party: 'key', exit: 4 },
  'aisa-invalid-key': { kind: 'key-invalid', party: 'key', exit: 4 },
  'aisa-key-disabled': { kind: 'key-disabled', party: 'key', exit: 4 },
  'aisa-key-expired': { kind: 'key-expired', party: 'key', exit: 4 },
  'aisa-key-revoked': { kind: 'key-revoked', party: 'key', exit: 4 },
  'aisa-wallet': { kind: 'balance-exhausted', party: 'account', exit: 4 },
  'aisa-key-cap': { kind: 'key-quota-exhausted', party: 'key', exit: 4 },
  'aisa-max-price': { kind: 'price-over-max', party: 'key', exit: 4 },
  'aisa-quota': { kind: 'spend-cap-reached', party: 'key', exit: 4 },
  'aisa-rate-limit': { kind: 'rate-limited', party: 'account', exit: 5 },
  'aisa-auth-unavailable': { kind: 'auth-unavailable', party: 'gateway', exit: 5 },
  // The user's choice of model is what must change: usage (2), no party's settings.
  'aisa-route': { kind: 'model-route-not-supported', party: undefined, exit: 2 },
};
