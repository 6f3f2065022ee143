import type { RawResponse } from './transport.js';

/**
 * What came back when the body is not the JSON we asked for, so the message names it instead of
 * guessing: a page (a portal or proxy answered), JSON cut off before its end (the connection was
 * cut short), something far too large (not an API), bytes that are not text at all, or nothing.
 */
export type Arrived =
  | { what: 'html' }
  | { what: 'too-large' }
  | { what: 'cut-off-json'; bytes: number }
  | { what: 'binary'; bytes: number }
  | { what: 'text'; bytes: number; type: string }
  | { what: 'empty' };

/** U+FFFD (undecodable UTF-8) or control characters other than whitespace: not text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) odd++;
  }
  return odd > 0 && odd * 20 >= Math.min(sample.length, 200);
}

export function whatArrived(res: RawResponse): Arrived {
  const type = res.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
  const body = res.body;
  if (res.truncated) return { what: 'too-large' };
  if (/html|xml/.test(type) || /^\s*</.test(body)) return { what: 'html' };
  const bytes = res.bytes ?? Buffer.byteLength(body);
  if (body.trim() === '') return { what: 'empty' };
  if (looksBinary(body)) return { what: 'binary', bytes };
  if (/json/.test(type) || /^\s*[[{]/.test(body)) return { what: 'cut-off-json', bytes };
  return { what: 'text', bytes, type };
}
