// A DNS failure's fix names what the user can change: without --base-url the address is the
// default one, so "check the spelling of --base-url" would send them after a flag they never gave.
import { afterEach, describe, expect, it } from 'vitest';
import { errorFromNetwork } from '../../src/gateway/network-error.js';
import { setLang } from '../../src/i18n/index.js';
import { TEST_KEYS } from '../support/fake-gateway.js';

const dns = (baseUrl: string) =>
  errorFromNetwork(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }), { baseUrl, key: TEST_KEYS.good, path: '/models', timeoutMs: 15000 });

afterEach(() => setLang('en'));

describe('DNS failure', () => {
  it.each([['en', 'online'], ['zh-CN', '联网']] as const)('%s: the default address: check the connection, no word of --base-url', (lang, online) => {
    setLang(lang);
    const e = dns('https://api.aisa.one/v1');
    expect(e.exitCode).toBe(5);
    expect(e.fix).toContain(online);
    expect(e.fix).not.toContain('--base-url');
  });

  it.each([['en'], ['zh-CN']] as const)('%s: another address: check its spelling, naming it and where it can come from', (lang) => {
    setLang(lang);
    const e = dns('https://gw.exmaple.com/v1');
    expect(e.fix).toContain('https://gw.exmaple.com/v1');
    expect(e.fix).toContain('--base-url');
    expect(e.fix).toContain('AISA_BASE_URL');
  });
});
