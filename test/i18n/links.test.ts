// Where users are sent: AIsa replaced marketplace.aisa.one with console.aisa.one on 2026-04-21
// (facts.md, "AIsa today"). No message in either language, no README line, no skill line, no plugin
// text may send anyone to the retired site; the key, top-up and usage pages are the console's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { messagesFor } from '../../src/i18n/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const RETIRED = /marketplace\.aisa\.one/i;

/** Every text a message area can produce: strings as they are, functions called with stand-in arguments. */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') {
    for (const args of [['x', 'y', 'z'], [1, 2, 3], [undefined, undefined], [['x'], 1]]) {
      try {
        texts((value as (...a: unknown[]) => unknown)(...args), out);
      } catch {
        // A stand-in of the wrong type: another set of arguments reaches the text.
      }
    }
  } else if (Array.isArray(value)) value.forEach((v) => texts(v, out));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) texts((value as Record<string, unknown>)[k], out);
  return out;
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));
}

describe('no user is sent to marketplace.aisa.one', () => {
  it.each(LANGS)('%s: no message names it; the key, billing and catalog pages are named', (lang) => {
    const all = texts(messagesFor(lang));
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter((s) => RETIRED.test(s))).toEqual([]);
    const joined = all.join('\n');
    for (const page of ['https://console.aisa.one/api-keys', 'https://console.aisa.one/billing', 'aisa.one/models']) expect(joined).toContain(page);
  });

  it('not in the README, the skill, the plugin or any source file', () => {
    const checked = ['README.md', ...files('skills', /\.md$/), ...files('plugin', /\.ts$/), ...files('src', /\.ts$/)];
    expect(checked.length).toBeGreaterThan(50);
    expect(checked.filter((f) => RETIRED.test(readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
    expect(readFileSync(join(ROOT, 'skills', 'aisa', 'SKILL.md'), 'utf8')).toContain('https://console.aisa.one/api-keys');
  });
});
