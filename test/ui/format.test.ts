// One context-window label for the onboarding picker and `models list` (they used to disagree:
// 131k in one, 128K in the other).
import { describe, expect, it } from 'vitest';
import { CATALOG, hasKnownLimits, lookupModel } from '../../src/catalog.js';
import { formatContext } from '../../src/commands/models-table.js';
import { describeModel } from '../../src/commands/onboard-steps/model-choices.js';
import { messagesFor } from '../../src/i18n/index.js';
import { formatContextWindow, formatUsd } from '../../src/ui/format.js';

describe('context window labels', () => {
  it.each([
    [256000, '256K'],
    [131072, '128K'],
    [128000, '128K'],
    [32768, '32K'],
    [1_000_000, '1M'],
    [1_048_576, '1M'],
    [1_047_576, '1.05M'],
    [1_050_000, '1.05M'],
    [12345, '12345'],
    [0, '0'],
  ])('%s → %s', (n, s) => expect(formatContextWindow(n)).toBe(s));

  it('the onboarding picker and `models list` give every catalog model the same size', () => {
    for (const { id } of CATALOG) {
      const entry = lookupModel(id)!;
      if (!hasKnownLimits(id)) continue;
      expect(describeModel(id)).toContain(`${formatContext(entry.contextWindow)} context`);
    }
    expect(describeModel('deepseek-v3.1')).toMatch(/^160K context · \$0\.42\/\$1\.27 · DeepSeek, coding$/);
  });

  it.each([['en', 'context'], ['zh-CN', '上下文']] as const)('%s: lists and warnings write a size the same way (128K context)', (lang, word) => {
    const m = messagesFor(lang);
    const size = `${formatContextWindow(128000)} ${word}`;
    expect(m.onboard.ctxShort(formatContextWindow(128000))).toBe(size);
    expect(m.onboard.unknownModel('x')).toContain(size);
    expect(m.gateways.genericMetadata(2)).toContain(size);
  });
});

describe('prices', () => {
  it.each([
    [1.2, '$1.20'],
    [0.05, '$0.05'],
    [0.015, '$0.015'],
    [0, '$0.00'],
  ])('%s → %s', (n, s) => expect(formatUsd(n)).toBe(s));
});
