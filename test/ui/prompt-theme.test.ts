// The theme every prompt gets: plain when colour is off (inquirer's own colours cannot see
// --no-color), and its chrome in the user's language.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n/index.js';
import { makeColors } from '../../src/ui/color.js';
import { promptTheme, yesNo } from '../../src/ui/prompt-theme.js';

const ESC = '\x1b';
afterEach(() => setLang('en'));

describe('prompt theme', () => {
  it('with colour off, nothing in it carries an escape code: prefix, icons, spinner, every style', () => {
    const theme = promptTheme(makeColors(false));
    const strings = [theme.prefix.idle, theme.prefix.done, ...theme.spinner.frames, ...Object.values(theme.icon)];
    const styled = Object.entries(theme.style)
      .filter(([name]) => name !== 'keysHelpTip')
      .map(([, f]) => (f as (s: string) => string)('text'));
    const tip = theme.style.keysHelpTip([['↑↓', 'navigate'], ['⏎', 'select']]);
    for (const s of [...strings, ...styled, tip]) expect(s).not.toContain(ESC);
    expect(theme.prefix).toEqual({ idle: '?', done: '✔' });
    expect(theme.style.message('Write?')).toBe('Write?');
    expect(theme.style.defaultAnswer('Y/n')).toBe('(Y/n)');
    expect(tip).toBe('↑↓ navigate • ⏎ select');
  });

  it('with colour on, it colours (FORCE_COLOR=1 into a pipe still colours)', () => {
    const theme = promptTheme(makeColors(true));
    expect(theme.prefix.done).toContain(ESC);
    expect(theme.style.keysHelpTip([['⏎', 'select']])).toContain(ESC);
  });

  it('speaks Chinese: key hints of the list, the checkbox and the search, yes/no, no results', () => {
    setLang('zh-CN');
    const theme = promptTheme(makeColors(false));
    expect(theme.style.keysHelpTip([['↑↓', 'navigate'], ['⏎', 'select']])).toBe('↑↓ 移动 • ⏎ 确认');
    expect(theme.style.keysHelpTip([['↑↓', 'navigate'], ['space', 'select'], ['a', 'all'], ['i', 'invert'], ['⏎', 'submit']])).toBe(
      '↑↓ 移动 • 空格 选择 • a 全选 • i 反选 • ⏎ 提交',
    );
    expect(theme.style.error('No results found')).toBe('> 没有匹配的结果');
    expect([yesNo(true), yesNo(false)]).toEqual(['是', '否']);
  });
});
