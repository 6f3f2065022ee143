// What was confirmed is what is written: a hand edit made while "Write these changes?" is on
// screen is never overwritten by a plan nobody saw. The plan made again on it is asked about anew.
import { screen } from '@inquirer/testing/vitest';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runInteractiveOnboard } from '../../../src/commands/onboard.js';
import { parseOnboardFlags } from '../../../src/commands/onboard-flags.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { makeHarness, waitFor, type Harness } from '../../support/onboard-harness.js';

const file = fileGateway();
let h: Harness | undefined;
afterEach(() => {
  file.outputs.push(h?.stdout() ?? '', h?.stderr() ?? '');
});

const see = (text: string | RegExp) => waitFor(() => screen.getScreen(), text);

describe('interactive onboard commits the plan it showed', () => {
  it('writes nothing it did not show when the config changed while the confirmation was on screen: the new plan is asked about, "no" keeps the edit', async () => {
    h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl, config: '{\n  // mine\n  gateway: { port: 18789 },\n}\n' });
    const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({ aisaApiKey: TEST_KEYS.good, model: 'qwen3-max', models: 'qwen3-max', keyStorage: 'env-file' }));
    run.catch(() => undefined);
    await see('Fallbacks');
    screen.keypress('enter');
    await see('Write these changes?');
    const handEdit = '{\n  // mine, edited while the question was open\n  gateway: { port: 18790 },\n}\n';
    writeFileSync(h.configPath, handEdit);
    screen.keypress('enter');
    await see(/Write these changes\? \(Y\/n\)/);
    expect(h.stderr()).toContain('changed on disk');
    expect(h.stdout()).toContain('edited while the question was open');
    screen.type('n');
    screen.keypress('enter');
    await expect(run).rejects.toMatchObject({ exitCode: 130 });
    expect(h.read(h.configPath)).toBe(handEdit);
    expect(h.read(h.envPath)).toBeNull();
  });
});
