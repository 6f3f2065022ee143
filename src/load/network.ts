/*
 * The gateway client (node:http, zod schemas, diagnosis) and the chat probe: loaded only when a
 * command talks to the gateway, so `--skip-validation`, `--offline` and `--help` never pay for them. Every lazy import
 * of network code goes through this one module (see ./commands.ts for why).
 */
export { listModels, requireSomeModels } from '../gateway/client.js';
export { probeModel } from '../gateway/probe.js';
export { balanceBeside, fetchBalance } from '../gateway/balance.js';
