// The interactive flow for another gateway (--provider-id): the same questions as AIsa's, each
// offering what that gateway's own /models lists, and nothing of AIsa's (its catalog, its key's
// variable, its prefix). Driven through @inquirer/testing's screen; a real loopback gateway.
import { screen } from '@inquirer/testing/vitest';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { parseOnboardFlags } from '../../../src/commands/onboard-flags.js';
import { runInteractiveOnboard } from '../../../src/commands/onboard.js';
import { parseProviderId } from '../../../src/provider-id.js';
import { fileGateway } from '../../support/file-gateway.js';
import { makeHarness, waitFor, type Harness } from '../../support/onboard-harness.js';

const KEY = 'sk-fakeSealos0123456789abcdefGHIJKLMNOPqrstu';
const MODELS = ['Doubao-lite-4k', 'glm-4-flash', 'llama-3.3-70b'];
let h: Harness | undefined;
const file = fileGateway({ gateway: { keys: { [KEY]: 'ok' }, models: MODELS } });
// A gateway that lists ids AIsa's catalog knows too: their rows must not show AIsa's figures.
const sameIds = fileGateway({ gateway: { keys: { [KEY]: 'ok' }, models: ['qwen3-max', 'glm-4-flash'] } });

const see = (text: string | RegExp) => waitFor(() => screen.getScreen(), text);
const enter = () => screen.keypress('enter');

describe('interactive onboard with --provider-id', () => {
  it("lists another gateway's models without AIsa's prices and context sizes: its entries get conservative values, and the rows say so", async () => {
    h = makeHarness({ input: screen.input, baseUrl: sameIds.gw.baseUrl, env: { SEALOS_API_KEY: KEY } });
    h.ctx.opts.provider = parseProviderId('sealos');
    const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({}, 'sealos'));
    run.catch(() => undefined);
    await see('key is already set up');
    enter();
    await see('Default model');
    const list = screen.getScreen();
    expect(list).toContain('qwen3-max');
    expect(list).not.toMatch(/\$\d|256K|context/);
    expect(list).toContain('declared with conservative values');
    screen.keypress('escape');
    await expect(run).rejects.toMatchObject({ exitCode: 130 });
  });

  it("asks the key for that gateway, then the default, fallbacks and models from its live list, and writes its block", async () => {
    h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl });
    h.ctx.opts.provider = parseProviderId('sealos');
    const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({}, 'sealos'));
    run.catch(() => undefined);
    await see('API key for sealos');
    expect(h.stdout()).toContain('No SEALOS_API_KEY found');
    expect(h.stdout()).not.toContain('AISA_API_KEY');
    expect(h.stdout()).not.toContain('console.aisa.one');
    screen.type(KEY);
    enter();
    await see('Default model');
    const list = screen.getScreen();
    for (const id of MODELS) expect(list).toContain(id);
    // Nothing of AIsa's catalog is offered for a gateway that does not list it.
    expect(list).not.toContain('qwen3-max');
    screen.type('glm');
    await see(/❯ glm-4-flash/);
    enter();
    await see('Fallbacks');
    expect(screen.getScreen()).toContain('Doubao-lite-4k');
    screen.keypress('space');
    enter();
    await see('Other models to add');
    enter();
    await see('Where should the key live');
    expect(screen.getScreen()).toContain('SEALOS_API_KEY');
    enter();
    await see('Write these changes?');
    enter();
    await see('Send one small test chat to sealos/glm-4-flash');
    screen.type('n');
    enter();
    expect(await run).toBe(0);
    const cfg = JSON5.parse(h.read(h.configPath)!) as any;
    expect(cfg.models.providers.sealos.baseUrl).toBe(file.gw.baseUrl);
    expect(cfg.models.providers.sealos.apiKey).toEqual({ source: 'env', provider: 'default', id: 'SEALOS_API_KEY' });
    expect(cfg.models.providers.aisa).toBeUndefined();
    expect(cfg.agents.defaults.model).toEqual({ primary: 'sealos/glm-4-flash', fallbacks: ['sealos/Doubao-lite-4k'] });
    expect(h.read(h.envPath)).toContain(`SEALOS_API_KEY=${KEY}`);
    expect(h.stdout() + h.stderr()).not.toContain(KEY);
  });
});
