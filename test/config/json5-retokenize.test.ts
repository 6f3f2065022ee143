// The editor re-scans only the stretch an edit touched (retokenize); whatever the edit, the tokens
// must be exactly those of scanning the new text from scratch.
import { describe, expect, it } from 'vitest';
import { retokenize, tokenize } from '../../src/config/json5-cst.js';
import { randomConfig, randomStyle, render, Rng } from '../support/json5-gen.js';

// Fragments that change how their neighbours scan: an open string or comment, a line end inside a
// CRLF, a letter glued to a literal, JSON5's other line terminators.
const FRAGMENTS = ['', ' ', '\t', '\n', '\r', '\r\n', '"', "'", '\\', '/', '//', '/*', '*/', '*', 'x', '1', ',', ':', '{', '}', '[', ']', 'true', '// c\n', '/* c */', '"a\\"b"', "'it''s'", '\u2028', '\u00a0'];

function check(r: Rng, text: string): void {
  const from = r.int(text.length + 1);
  const to = Math.min(text.length, from + (r.chance(0.5) ? 0 : r.int(40)));
  const insert = r.chance(0.2) ? text.slice(r.int(text.length), r.int(text.length)) : r.pick(FRAGMENTS);
  const next = text.slice(0, from) + insert + text.slice(to);
  const got = retokenize(tokenize(text), next, from, to, next.length - text.length);
  expect(got, JSON.stringify({ from, to, insert })).toEqual(tokenize(next));
}

describe('retokenize', () => {
  it('gives the tokens of a full scan after any splice, on 300 generated configs', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = new Rng(seed);
      const text = render(r, randomConfig(r), randomStyle(r));
      for (let k = 0; k < 20; k++) check(r, text);
    }
  });

  it('handles the edges: an empty text, a splice at either end, a comment left open to the end', () => {
    const r = new Rng(7);
    for (const text of ['', '{}', '{ a: 1 }\n', '// only a comment', '{ a: "x" /* c */ }', '\r\n\r\n']) for (let k = 0; k < 200; k++) check(r, text);
  });
});
