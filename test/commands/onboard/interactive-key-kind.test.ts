// At the key prompt: another provider's key is refused in place, named for what it is, and asked
// again, with nothing sent; a pasted `export AISA_API_KEY="…"` line is taken as the key it holds.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { runInteractiveOnboard } from '../../../src/commands/onboard.js';
import { parseOnboardFlags } from '../../../src/commands/onboard-flags.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { makeHarness, waitFor } from '../../support/onboard-harness.js';

const file = fileGateway();
const see = (text: string | RegExp) => waitFor(() => screen.getScreen(), text);
const enter = () => screen.keypress('enter');

describe('the key prompt', () => {
  it.each([
    ['en', 'AIsa API key', 'looks like an OpenAI key, not an AIsa key (sk-aisa-…)'],
    ['zh-CN', 'AIsa API 密钥', '看起来是 OpenAI 的密钥，不是 AIsa 的密钥（sk-aisa-…）'],
  ] as const)('%s: an OpenAI key is refused in place, then a pasted export line is taken', async (lang, prompt, refused) => {
    const h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl, lang });
    const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({}));
    run.catch(() => undefined);
    await see(prompt);
    const before = file.gw.requests.length;
    screen.type('sk-proj-AbCdEf0123456789AbCdEf0123456789xyzw');
    enter();
    await see(refused);
    expect(file.gw.requests.length).toBe(before);
    screen.keypress({ name: 'u', ctrl: true });
    screen.type(`export AISA_API_KEY="${TEST_KEYS.good}"`);
    enter();
    await see(lang === 'en' ? 'Default model' : '默认模型');
    expect(file.gw.requests.at(-1)?.headers.authorization).toBe(`Bearer ${TEST_KEYS.good}`);
    expect(screen.getScreen() + h.stdout()).not.toContain('sk-proj-AbCdEf0123456789');
    screen.keypress({ name: 'c', ctrl: true });
    await run.catch(() => undefined);
  });
});
