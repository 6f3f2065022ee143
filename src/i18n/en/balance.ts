// What the key and the account have left: AIsa's /credits/balance (the key's own cap and the
// account's wallet, apart) or, from another gateway, new-api's billing routes (the key's quota).
const en = {
  keyLeft: (amount: string) => `the key may still spend ${amount} (its own cap)`,
  keyUnlimited: 'the key has no cap of its own',
  accountHas: (amount: string) => `the account's wallet has ${amount}`,
  quotaLeft: (left: string, total: string) => `the key's quota: ${left} left of ${total}`,
  quotaUnlimited: "the key's quota is unlimited",
  expires: (date: string) => `the key expires on ${date}`,
  expired: (date: string) => `the key expired on ${date}`,
  /** Joins the figures and the expiry. */
  join: '; ',
  summary: (text: string) => `Balance: ${text}`,
  low: (text: string) => `Little is left to spend: ${text}.`,
  empty: (text: string) => `Nothing is left to spend: ${text}; chat requests will be refused.`,
  ok: (text: string) => `Balance: ${text}.`,
  raiseKeyCap: "Raise the key's cap (or make it unlimited) at https://console.aisa.one/api-keys.",
  topUp: "Top up the account's wallet at https://console.aisa.one/billing.",
  quotaFix: "Raise the key's quota, or top up the account, in the gateway's console.",
  notReported: 'The gateway does not report the balance (no balance route): not a problem.',
  skipKey: 'Not asked: the key was not accepted (see api-key-valid).',
};

export default en;
