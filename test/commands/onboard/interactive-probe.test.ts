// Flags answer their question without a prompt, and --probe in both paths (scripted --json and
// interactive): latency on success, the problem and a non-zero exit on failure.
import { screen } from '@inquirer/testing/vitest';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.js';
import { runInteractiveOnboard } from '../../../src/commands/onboard.js';
import { parseOnboardFlags } from '../../../src/commands/onboard-flags.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { makeHarness, waitFor, type Harness } from '../../support/onboard-harness.js';

let h: Harness | undefined;
const file = fileGateway();

const see = (text: string) => waitFor(() => screen.getScreen(), text);
const chats = () => file.gw.requests.filter((r) => r.path === '/v1/chat/completions');

describe('onboard --probe, scripted', () => {
  const scripted = async (key: string, extra: string[] = []) => {
    h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl, env: { AISA_API_KEY: key } });
    (h.ctx.io.stdin as { isTTY?: boolean }).isTTY = false;
    const code = await main(['onboard', '--json', '--probe', '--base-url', file.gw.baseUrl, ...extra], h.ctx.io);
    return { code, doc: JSON.parse(h.stdout()) };
  };

  it('adds probe { model, ok, latencyMs } to the JSON document', async () => {
    file.gw.requests.length = 0;
    const { code, doc } = await scripted(TEST_KEYS.good);
    expect(code).toBe(0);
    expect(doc.ok).toBe(true);
    expect(doc.probe).toEqual({ model: 'aisa/qwen3-max', ok: true, latencyMs: expect.any(Number) });
    expect(chats()).toHaveLength(1);
    expect(JSON.parse(chats()[0]!.body)).toMatchObject({ model: 'qwen3-max', max_tokens: 16 });
  });

  it('reports an empty balance with its problem and exit 4, after writing the config', async () => {
    const { code, doc } = await scripted(TEST_KEYS.balance);
    expect(code).toBe(4);
    expect(doc.probe).toEqual({ model: 'aisa/qwen3-max', ok: false, latencyMs: expect.any(Number), problem: 'balance-exhausted' });
    // The run did not do all it was asked: `ok` says so, with the error, though the file is written.
    expect(doc).toMatchObject({ ok: false, error: { kind: 'balance-exhausted' }, changed: true, written: true });
    // Both facts in the one message a script shows: the set-up is written, and the chat failed.
    expect(doc.error.message).toMatch(/^The config is written, but the test chat to aisa\/qwen3-max failed: \S/);
    // Said once: in the error, not again among the warnings or on stderr.
    expect(doc.warnings.join('\n')).not.toContain('test chat');
    expect(h!.stderr()).not.toContain('test chat');
    expect(h!.read(h!.configPath)).toContain('aisa/qwen3-max');
  });

  it('skips the probe with --skip-validation and says why', async () => {
    file.gw.requests.length = 0;
    const { code, doc } = await scripted(TEST_KEYS.good, ['--skip-validation']);
    expect(code).toBe(0);
    expect(doc.probe).toBeUndefined();
    expect(doc.warnings).toContain('--probe needs the network: skipped because of --skip-validation.');
    expect(file.gw.requests).toHaveLength(0);
  });
});

describe('onboard on a terminal with flags', () => {
  it('asks only what no flag answered; --probe runs without the offer; kimi gets temperature 1', async () => {
    h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl });
    const flags = parseOnboardFlags({ aisaApiKey: TEST_KEYS.good, model: 'aisa/kimi-k2.5', keyStorage: 'inline', probe: true, yes: true });
    const run = runInteractiveOnboard(h.ctx, flags);
    await see('Fallbacks');
    screen.keypress('enter');
    await see('Other models to add');
    screen.keypress('enter');
    expect(await run).toBe(0);
    const seen = await screen.getFullOutput();
    for (const q of ['AIsa API key', 'Default model', 'Where should the key live', 'Write these changes?', 'Send one small test chat']) expect(seen).not.toContain(q);
    expect(h.stdout()).toMatch(/aisa\/kimi-k2\.5 answered in \d+ ms\./);
    const cfg = JSON5.parse(h.read(h.configPath)!) as any;
    expect(cfg.models.providers.aisa.apiKey).toBe(TEST_KEYS.good);
    expect(cfg.agents.defaults.model.primary).toBe('aisa/kimi-k2.5');
    expect(cfg.agents.defaults.models['aisa/kimi-k2.5']).toEqual({ params: { temperature: 1 } });
    expect(h.read(h.envPath)).toBeNull();
  });

  it('with every question answered by a flag and --dry-run: no prompt at all, the diff, nothing written', async () => {
    h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl });
    const flags = parseOnboardFlags({ aisaApiKey: TEST_KEYS.good, model: 'qwen3-max', fallback: ['deepseek-v3.1'], models: 'qwen3-max', keyStorage: 'env-file', dryRun: true });
    expect(await runInteractiveOnboard(h.ctx, flags)).toBe(0);
    expect(await screen.getFullOutput()).toBe('');
    expect(h.stdout()).toContain('Dry run: these changes would be made (nothing was written).');
    expect(h.stdout()).toContain('+AISA_API_KEY=sk-…uvwx');
    // A new file is summed up only before a real write: a dry run shows the whole diff.
    expect(h.stdout()).toContain('+++ ' + h.configPath);
    expect(h.stdout()).toContain('+        "primary": "aisa/qwen3-max"');
    expect(h.stdout()).not.toContain('will be created with');
    expect(h.read(h.configPath)).toBeNull();
    expect(h.read(h.envPath)).toBeNull();
  });

  it('offers the probe at the end; explains its failure (model not allowed for the key) and exits 4', async () => {
    h = makeHarness({ input: screen.input, baseUrl: file.gw.baseUrl, env: { AISA_API_KEY: TEST_KEYS.group } });
    const run = runInteractiveOnboard(h.ctx, parseOnboardFlags({ model: 'qwen3-max', fallback: [], models: 'qwen3-max', keyStorage: 'env' }));
    await see('An AIsa key is already set up');
    screen.keypress('enter');
    await see('Write these changes?');
    screen.keypress('enter');
    await see('Send one small test chat to aisa/qwen3-max');
    screen.keypress('enter');
    expect(await run).toBe(4);
    expect(h.stdout()).toContain('The config is written, but the test chat to aisa/qwen3-max failed:');
  });
});
