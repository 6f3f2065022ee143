// Colour off is chalk at level 0 without loading chalk; colour on is chalk, as the entry hands it in.
import { describe, expect, it } from 'vitest';
import { colorDiff, makeColors } from '../../src/ui/color.js';

describe('makeColors', () => {
  it('off: every style, chained or called, gives the text back as chalk at level 0 does', () => {
    const c = makeColors(false);
    expect(c.level).toBe(0);
    expect(c.red('x')).toBe('x');
    expect(c.bold.green('a', 'b')).toBe('a b');
    expect(colorDiff('+++ b\n+added\n-removed\n@@ -1 +1 @@\n same', c)).toBe('+++ b\n+added\n-removed\n@@ -1 +1 @@\n same');
  });

  it('on: real escapes, never level 0 (FORCE_COLOR into a pipe still colours)', () => {
    const c = makeColors(true);
    expect(c.level).toBeGreaterThanOrEqual(1);
    expect(c.red('x')).toBe('\x1b[31mx\x1b[39m');
  });
});
