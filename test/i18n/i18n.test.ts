import { describe, expect, it, vi } from 'vitest';
import { cmd } from '../../src/invocation.js';
import { LANGS } from '../../src/i18n/lang.js';
import { messagesFor } from '../../src/i18n/index.js';

// src/i18n/index.ts: a language is loaded (its own chunk) before its messages are used. The other
// test files have both loaded by test/support/load-langs.ts; these take a fresh copy of the module.
async function freshI18n() {
  vi.resetModules();
  return import('../../src/i18n/index.js');
}

describe('loading a language', () => {
  it('t() before any loadLang() is a clear internal error, not undefined messages', async () => {
    const i18n = await freshI18n();
    expect(() => i18n.t()).toThrow(/internal error: the en messages are used before they are loaded \(await loadLang\('en'\) first\)/);
  });

  it('loadLang() loads that language only and makes it current; setLang() switches to it again', async () => {
    const i18n = await freshI18n();
    await i18n.loadLang('zh-CN');
    expect(i18n.getLang()).toBe('zh-CN');
    expect(i18n.t().cli.help).toBe(messagesFor('zh-CN').cli.help);
    expect(() => i18n.messagesFor('en')).toThrow(/en messages are used before they are loaded/);
    i18n.setLang('en');
    expect(() => i18n.t()).toThrow(/loadLang\('en'\)/);
    await i18n.loadLang('en');
    expect(i18n.t().cli.help).toBe(messagesFor('en').cli.help);
    i18n.setLang('zh-CN');
    expect(i18n.t().cli.help).not.toBe(messagesFor('en').cli.help);
  });

  it("the OpenClaw plugin's setLang (src/i18n/both.ts) provides both languages, as its register() cannot await", async () => {
    vi.resetModules();
    const both = await import('../../src/i18n/both.js');
    const i18n = await import('../../src/i18n/index.js');
    both.setLang('zh-CN');
    expect(i18n.t().gateway.baseUrlFix).toBe(messagesFor('zh-CN').gateway.baseUrlFix);
    both.setLang('en');
    expect(i18n.t().gateway.baseUrlFix).toBe(messagesFor('en').gateway.baseUrlFix);
  });
});

describe('the --fix command in each language', () => {
  it.each(LANGS)('%s: a fix that names it ends with this run\'s aisa-setup doctor --fix', (lang) => {
    const FIX_CMD = cmd('doctor --fix');
    const d = messagesFor(lang).doctor;
    expect(d.setFix('openclaw.json', 'models.providers.aisa.api', 'openai-completions').split('\n').at(-1)).toMatch(new RegExp(`${FIX_CMD}$`));
    expect(d.permsFix('a b')).toContain(FIX_CMD);
  });
});
