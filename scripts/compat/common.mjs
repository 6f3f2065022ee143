// Shared by the compat gate's modules: where things are, the fixed test values, and the small helpers
// that turn a failed check into a scenario FAIL (a `Fail`, reported without a stack).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** AISA_COMPAT_BIN tests another build of the CLI (e.g. an installed package) instead of this checkout. */
export const BIN = process.env.AISA_COMPAT_BIN ? resolve(process.env.AISA_COMPAT_BIN) : join(ROOT, 'bin', 'aisa-setup.js');
export const require = createRequire(join(ROOT, 'package.json'));
export const JSON5 = require('json5');

export const KEY = 'sk-compat-gate-0000-7f3a';
export const OC_TIMEOUT = 120_000;
export const AGENT_TIMEOUT = 300_000;
// The curated core set: seed 001's chat models (its qwen-mt-flash is a translation model, never declared by default).
export const CORE = ['qwen3-max', 'qwen-plus-2025-12-01', 'deepseek-v3.1', 'kimi-k2.5'];

/** OpenClaw's SecretRef to an env variable: what aisa-setup writes instead of the key (facts.md). */
export const secretRef = (id = 'AISA_API_KEY') => ({ source: 'env', provider: 'default', id });
export const isSecretRef = (v, id = 'AISA_API_KEY') => JSON.stringify(v) === JSON.stringify(secretRef(id));

export class Fail extends Error {}
export const fail = (msg) => {
  throw new Fail(msg);
};
export const check = (cond, msg) => {
  if (!cond) fail(msg);
};
export const tail = (s, n = 600) => {
  const t = String(s ?? '').trim();
  return t.length > n ? '…' + t.slice(-n) : t;
};
export const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
export const maskKey = (v) => (typeof v === 'string' && v.startsWith('sk-') ? `${v.slice(0, 3)}…${v.slice(-4)}` : v);

/** The first complete JSON value in a string (OpenClaw prints one document, sometimes after a log line). */
export function parseJsonOut(text, what) {
  const s = String(text ?? '');
  const start = s.search(/[{[]/);
  if (start < 0) fail(`${what}: no JSON on stdout: ${tail(s, 300) || '(empty)'}`);
  try {
    return JSON.parse(s.slice(start));
  } catch (err) {
    fail(`${what}: stdout is not one JSON document (${err.message}): ${tail(s, 300)}`);
  }
}
