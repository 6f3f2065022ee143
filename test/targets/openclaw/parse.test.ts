import { describe, expect, it } from 'vitest';
import { setLang } from '../../../src/i18n/index.js';
import { parseConfigText } from '../../../src/targets/openclaw/parse.js';
import type { CliError } from '../../../src/errors.js';

function failure(text: string): CliError {
  try {
    parseConfigText(text, '/cfg/openclaw.json');
  } catch (e) {
    return e as CliError;
  }
  throw new Error('expected a parse failure');
}

describe('parseConfigText', () => {
  it('reads JSON5 with comments, unquoted keys, single quotes and a BOM', () => {
    expect(parseConfigText("\uFEFF{ // hi\n a: 'x', \"b\": [1,], }\r\n", 'f')).toEqual({ a: 'x', b: [1] });
  });

  it.each(['', '   \n', '// only a comment\n', '/* block */'])('treats %j as an empty config', (text) => {
    expect(parseConfigText(text, 'f')).toEqual({});
  });

  it('names file:line:column and points at the line', () => {
    const e = failure('{\n  a: 1,\n  b: 2 c: 3\n}\n');
    expect(e.exitCode).toBe(3);
    expect(e.message).toMatch(/^\/cfg\/openclaw\.json:3:8: /);
    expect(e.message).toContain('3 |   b: 2 c: 3');
    expect(e.message.split('\n').at(-1)).toBe('  ' + ' '.repeat('3 | '.length + 7) + '^');
    expect(e.fix).toContain('Nothing was changed');
  });

  it.each([
    ['[1, 2]', 'an array'],
    ['"text"', 'a string'],
    ['null', 'null'],
    ['42', 'a number'],
  ])('refuses a root that is not an object: %s', (text, kind) => {
    const e = failure(text);
    expect(e.exitCode).toBe(3);
    expect(e.kind).toBe('config-root');
    expect(e.message).toContain(kind);
  });

  it('speaks Chinese too', () => {
    setLang('zh-CN');
    try {
      expect(failure('{ a: }').message).toContain('配置不是有效的 JSON5');
    } finally {
      setLang('en');
    }
  });
});
