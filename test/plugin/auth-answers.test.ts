// The plugin's auth (plugin/auth.ts) checks a key inside OpenClaw with the CLI's own diagnosis: every
// answer the key check can meet, new-api's and AIsa's, is said there as it is by `aisa-setup onboard`,
// worded with OpenClaw's command. OpenClaw's SDK is a stand-in here; the compat gate runs the real one.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setInvocation } from '../../src/invocation.js';
import { ALL_ANSWERS, EXPECTED, keyFor } from '../support/gateway-answers.js';
import { startFakeGateway, type FakeGateway } from '../support/fake-gateway.js';

vi.mock('openclaw/plugin-sdk/provider-auth', () => ({ createProviderApiKeyAuthMethod: () => ({}), resolveDefaultSecretProviderAlias: () => 'default' }));
const { keyProblem } = await import('../../plugin/auth.js');

let gw: FakeGateway;
beforeAll(async () => {
  gw = await startFakeGateway({ lang: 'en' });
});
afterAll(async () => {
  await gw.close();
  setInvocation({});
});

describe("the plugin's key check", () => {
  it.each(ALL_ANSWERS.filter((r) => r.where === 'both').map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    const want = EXPECTED[row.name]!;
    const problem = await keyProblem(keyFor(row), { AISA_BASE_URL: gw.baseUrl });
    expect(problem).toBeDefined();
    expect(problem).not.toContain(keyFor(row));
    expect(problem).not.toMatch(/DEBUG=1|report/i);
    if (want.party === 'key') expect(problem).toContain('https://console.aisa.one/api-keys');
    if (want.party === 'gateway') expect(problem).not.toContain('api-keys');
    if (want.kind === 'key-invalid') expect(problem).toContain('openclaw onboard --auth-choice aisa-api-key');
    if (row.shape) expect(problem).toMatch(/request id: \d{14}/);
  });
});
