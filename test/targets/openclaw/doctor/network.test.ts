// Network checks against the fake gateway (a real HTTP server on 127.0.0.1).
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG } from '../../../../src/catalog.js';
import { DEFAULT_LIVE_MODELS, startFakeGateway, TEST_KEYS } from '../../../support/fake-gateway.js';
import { fileGateway } from '../../../support/file-gateway.js';
import { messagesFor } from '../../../../src/i18n/index.js';
import { check, cli, envFor, fixture, parseReport, sandbox, type Sandbox } from '../../../support/doctor-harness.js';

let box: Sandbox | undefined;
const file = fileGateway();
afterEach(() => {
  file.gw.setRoute('POST', '/v1/chat/completions', null);
});

async function doctor(config: string, key: string, args: string[] = [], base = file.gw.baseUrl) {
  box = sandbox(config.split('https://api.aisa.one/v1').join(base));
  const r = await cli(['doctor', '--config', box.configPath, '--json', '--timeout', '3', ...args], envFor(box, { AISA_API_KEY: key }));
  return { ...r, report: parseReport(r.stdout) };
}

/** A config declaring the five core models of seed 001, written correctly. */
const CORE_COUNT = CATALOG.filter((m) => m.core).length;

function coreConfig(extra: string[] = []): string {
  const ids = [...CATALOG.filter((m) => m.core).map((m) => m.id), ...extra];
  const models = ids.map((id) => ({ id, name: id }));
  return JSON.stringify({
    models: { providers: { aisa: { baseUrl: 'https://api.aisa.one/v1', apiKey: '${AISA_API_KEY}', api: 'openai-completions', models } } },
    agents: { defaults: { model: { primary: 'aisa/qwen3-max' }, models: Object.fromEntries(ids.map((id) => [`aisa/${id}`, id === 'kimi-k2.5' ? { params: { temperature: 1 } } : {}])) } },
  }, null, 2);
}

describe('api-key-valid and network', () => {
  it("another provider's key: network points at api-key-valid, which names it, not at api-key-present (en, zh)", async () => {
    const openai = 'sk-proj-AbCdEf0123456789AbCdEf0123456789xyzw';
    for (const lang of ['en', 'zh-CN'] as const) {
      const { report } = await doctor(coreConfig(), openai, ['--lang', lang]);
      expect(check(report, 'api-key-valid')).toMatchObject({ status: 'fail', message: expect.stringContaining('OpenAI') });
      const net = check(report, 'network');
      expect(net.status).toBe('skip');
      expect(net.message).toBe(messagesFor(lang).doctor.skipKeyRefused);
      expect(net.message).toContain('api-key-valid');
      expect(net.message).not.toContain('api-key-present');
    }
  });

  it('pass with a good key: one GET /models shared by every check (the balance routes beside it)', async () => {
    const before = file.gw.requests.length;
    const { code, report } = await doctor(fixture('good.json5'), TEST_KEYS.good);
    expect(code).toBe(0);
    expect(check(report, 'api-key-valid')).toMatchObject({ status: 'pass', message: expect.stringContaining('sk-…uvwx') });
    expect(check(report, 'network').message).toMatch(/answered in \d+ ms/);
    expect(check(report, 'model-ids').message).toContain('all offered to this key');
    expect(file.gw.requests.slice(before).map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /v1/credits/balance',
      'GET /v1/dashboard/billing/subscription',
      'GET /v1/dashboard/billing/usage',
      'GET /v1/models',
    ]);
    expect(check(report, 'balance')).toMatchObject({ status: 'skip', message: expect.stringContaining('does not report') });
  });

  it('an invalid key fails api-key-valid with the gateway words, masked; the network still passes', async () => {
    const { code, report, stdout } = await doctor(fixture('good.json5'), TEST_KEYS.invalid);
    expect(code).toBe(1);
    const c = check(report, 'api-key-valid');
    expect(c).toMatchObject({ status: 'fail', path: 'models.providers.aisa.apiKey' });
    expect(c.message).toMatch(/401/);
    expect(c.message).toContain('sk-…qrst');
    expect(c.fix).toContain('console.aisa.one');
    expect(check(report, 'network').status).toBe('pass');
    expect(stdout).not.toContain(TEST_KEYS.invalid);
  });

  it('an unreachable gateway fails network with its fix, and api-key-valid is skipped', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const { code, report } = await doctor(fixture('good.json5'), TEST_KEYS.good, [], `http://127.0.0.1:${port}/v1`);
    expect(code).toBe(1);
    expect(check(report, 'network')).toMatchObject({ status: 'fail', message: expect.stringMatching(/refused/i) });
    expect(check(report, 'network').fix).toBeTruthy();
    expect(check(report, 'api-key-valid').status).toBe('skip');
  });

  it('--offline sends nothing', async () => {
    const before = file.gw.requests.length;
    const { report } = await doctor(fixture('good.json5'), TEST_KEYS.good, ['--offline']);
    expect(file.gw.requests.length).toBe(before);
    expect(check(report, 'network')).toMatchObject({ status: 'skip', message: 'Skipped (--offline).' });
  });
});

describe('model-ids and default-model against the live list', () => {
  it('a declared model the key cannot use is a warning; an unusable default fails', async () => {
    const live = await startFakeGateway({ models: DEFAULT_LIVE_MODELS.filter((id) => id !== 'kimi-k2.5' && id !== 'qwen3-max') });
    try {
      const { code, report } = await doctor(fixture('good.json5'), TEST_KEYS.good, [], live.baseUrl);
      expect(code).toBe(1);
      expect(check(report, 'model-ids')).toMatchObject({ status: 'warn', path: 'models.providers.aisa.models[0].id' });
      expect(check(report, 'model-ids').message).toContain('qwen3-max, kimi-k2.5');
      expect(check(report, 'default-model')).toMatchObject({ status: 'fail', path: 'agents.defaults.model.primary' });
      expect(check(report, 'default-model').fix).toContain('aisa-setup models list');
    } finally {
      await live.close();
    }
  });
});

describe('--probe', () => {
  it('the core models each delayed 200 ms take about the slowest, not the sum', async () => {
    file.gw.setRoute('POST', '/v1/chat/completions', { delayMs: 200 });
    const started = performance.now();
    const { code, report } = await doctor(coreConfig(), TEST_KEYS.good, ['--probe']);
    const elapsed = performance.now() - started;
    expect(code).toBe(0);
    const p = check(report, 'probe');
    expect(p.status).toBe('pass');
    expect(p.details).toHaveLength(CORE_COUNT);
    for (const d of p.details!) expect(d).toMatch(/^✓ aisa\/\S+ {2,}\d+ ms$/);
    // The latency column lines up, and --json has the numbers.
    expect(new Set(p.details!.map((d) => d.indexOf(' ms'))).size).toBe(1);
    expect(p.probe).toHaveLength(CORE_COUNT);
    for (const e of p.probe!) expect(e).toEqual({ model: expect.stringMatching(/^aisa\//), ok: true, latencyMs: expect.any(Number) });
    expect(elapsed).toBeLessThan(800);
  });

  it('one problem on every model: its fix said once, one mark per line, the kind in --json', async () => {
    const { report } = await doctor(coreConfig(), TEST_KEYS.balance, ['--probe']);
    const p = check(report, 'probe');
    expect(p.fix).toBe(messagesFor('en').gateway.balanceFix);
    expect(p.probe!.map((e) => e.problem)).toEqual(Array(CORE_COUNT).fill('balance-exhausted'));
    const human = await cli(['doctor', '--config', box!.configPath, '--timeout', '3', '--probe', '--only', 'probe'], envFor(box!, { AISA_API_KEY: TEST_KEYS.balance }));
    expect(human.stdout).toMatch(/^ {4,}✗ aisa\//m);
    expect(human.stdout).not.toMatch(/- [✓✗]/);
    expect(human.stdout.split('Top up').length).toBe(2);
  });

  it('reports balance, stale channel and the kimi temperature rule per model', async () => {
    const { code, report } = await doctor(coreConfig(['qwen3-plus']), TEST_KEYS.balance, ['--probe']);
    expect(code).toBe(1);
    const p = check(report, 'probe');
    expect(p.status).toBe('fail');
    expect(p.message).toBe(`${CORE_COUNT + 1} of ${CORE_COUNT + 1} models did not answer properly.`);
    expect(p.details!.join('\n')).toMatch(/balance/i);
    expect(p.fix).toContain('Top up');

    const stale = await doctor(coreConfig(['qwen3-plus']), TEST_KEYS.good, ['--probe']);
    const sp = check(stale.report, 'probe');
    expect(sp.details!.find((d) => d.includes('aisa/qwen3-plus'))).toMatch(/^✗ aisa\/qwen3-plus/);
    expect(sp.fix).toContain('qwen-plus-2025-12-01');
    // kimi-k2.5 is probed with temperature 1, so the gateway's rule is met.
    expect(sp.details!.find((d) => d.includes('kimi-k2.5'))).toMatch(/^✓/);
  });
});

describe('deadlines', () => {
  it('a gateway that never answers fails network within --timeout, and the report still comes', async () => {
    file.gw.setRoute('GET', '/v1/models', { hang: true });
    try {
      const started = performance.now();
      const { code, report } = await doctor(fixture('good.json5'), TEST_KEYS.good, ['--timeout', '1']);
      expect(performance.now() - started).toBeLessThan(3000);
      expect(code).toBe(1);
      expect(check(report, 'network')).toMatchObject({ status: 'fail', message: expect.stringMatching(/1 s|timeout|no answer/i) });
      expect(check(report, 'config-parse').status).toBe('pass');
    } finally {
      file.gw.setRoute('GET', '/v1/models', null);
    }
  });
});
