// The model lists in a real terminal (tmux) at 80×24 and 120×40, English and Chinese: each row
// fits on one screen line (cut with … when too long), and the whole question fits on the screen.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../src/catalog.js';
import { DEFAULT_LIVE_MODELS, TEST_KEYS } from '../../support/fake-gateway.js';
import { terminalSuite } from '../../support/terminal-suite.js';
import { HAS_TMUX } from '../../support/tmux.js';

/** Columns a line takes on screen: CJK and full-width forms take two. */
const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);

describe.skipIf(!HAS_TMUX)('model lists fit the terminal (tmux)', () => {
  // More models than a page holds: the catalog's and a few unknown ones.
  const suite = terminalSuite('aisa-setup-width', { models: [...new Set([...DEFAULT_LIVE_MODELS, ...CATALOG.map((m) => m.id), 'vendor-x-long-model-name-2027-preview', 'another-new-model'])] });
  const { tmux } = suite;

  it.each([
    [80, 24, 'en', 'Default model', 'Fallbacks', '⏎ submit'],
    [80, 24, 'zh-CN', '默认模型', '备用模型', '⏎'],
    [120, 40, 'en', 'Default model', 'Fallbacks', '⏎ submit'],
    [120, 40, 'zh-CN', '默认模型', '备用模型', '⏎'],
  ] as const)('%i×%i, %s', async (cols, rows, lang, askDefault, askFallbacks, help) => {
    const name = `w${cols}${lang}`;
    tmux.launch(name, join(suite.root, name), ['onboard', '--lang', lang, '--config', join(suite.root, name, 'c.json'), '--base-url', suite.gw.baseUrl], {
      size: [cols, rows],
      env: [`AISA_API_KEY=${TEST_KEYS.good}`],
    });
    await tmux.shows(name, 'sk-…uvwx');
    tmux.send(name, 'Enter');
    for (const [question, mark] of [[askDefault, '❯ '], [askFallbacks, '❯◯']] as const) {
      await tmux.shows(name, mark);
      // The search prompt redraws while its rows load; on a loaded machine one frame can hold the
      // question and help with no rows yet, so wait for a frame with the list (5 s at most).
      let screen = tmux.visible(name).split('\n');
      for (let waited = 0; waited < 5000 && screen.filter((l) => /^(❯|\s)[ ◯◉]/.test(l)).length <= 3; waited += 100) {
        await new Promise((r) => setTimeout(r, 100));
        screen = tmux.visible(name).split('\n');
      }
      // The question and the help under the list are both on screen: no row is cut off.
      const top = screen.findIndex((l) => l.startsWith('? ') && l.includes(question));
      expect(top, screen.join('\n')).toBeGreaterThanOrEqual(0);
      if (question === askFallbacks) expect(screen.join('\n')).toContain(help);
      // Every row of the list is one screen line: a wrapped row would leave a line that is no row.
      const isRow = (l: string) => /^(❯|\s)[ ◯◉]/.test(l);
      const lines = screen.slice(top + 1).filter((l) => l.trim() !== '');
      const list = lines.slice(lines.findIndex(isRow));
      const end = list.findIndex((l) => !isRow(l));
      const rowsShown = list.slice(0, end === -1 ? list.length : end);
      expect(rowsShown.length, screen.join('\n')).toBeGreaterThan(3);
      for (const l of rowsShown) expect(width(l), l).toBeLessThanOrEqual(cols);
      // At 120 columns nothing needs cutting.
      if (cols === 120) for (const l of rowsShown) expect(l).not.toContain('…');
      const after = list[rowsShown.length] ?? '';
      expect(after === '' || /navigate|导航|↑↓|price|价格|每/.test(after) || after.startsWith('('), `not a row: ${JSON.stringify(after)}\n${screen.join('\n')}`).toBe(true);
      tmux.send(name, 'Enter');
    }
    tmux.send(name, 'Escape');
    await tmux.shows(name, 'EXIT:');
  }, 60_000);
});
