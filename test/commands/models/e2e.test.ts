// The built CLI as a user runs it: `node bin/aisa-setup.js models …` in a child process, against the
// fake gateway on 127.0.0.1 and a config in a temp HOME.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeGateway, TEST_KEYS, type FakeGateway } from '../../support/fake-gateway.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let gw: FakeGateway;
let work: string;
let home: string;

function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { ...opts, timeout: 30_000 }, (error, out, err) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err });
    });
  });
}

beforeAll(async () => {
  gw = await startFakeGateway();
  work = mkdtempSync(join(tmpdir(), 'aisa-models-e2e-'));
  home = join(work, 'home');
  mkdirSync(join(home, '.openclaw'), { recursive: true });
});

afterAll(async () => {
  await gw?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

it('lists with --json, then sets the default, through the built CLI', async () => {
  const cfg = join(home, '.openclaw', 'openclaw.json');
  writeFileSync(cfg, `// mine\n{ models: { providers: { aisa: { baseUrl: '${gw.baseUrl}', apiKey: '\${AISA_API_KEY}', models: [{ id: 'qwen3-max', name: 'Qwen3 Max' }] } } } }\n`);
  const env = { PATH: process.env.PATH, HOME: home, AISA_API_KEY: TEST_KEYS.good, NO_COLOR: '1', LANG: 'C' };
  const cli = (...args: string[]) => run(process.execPath, [join(root, 'bin/aisa-setup.js'), ...args], { cwd: home, env });

  const list = await cli('models', '--json');
  expect(list.code).toBe(0);
  const rows = z.array(z.looseObject({ id: z.string(), declared: z.boolean(), live: z.boolean().nullable() })).parse(JSON.parse(list.out));
  expect(rows.find((r) => r.id === 'qwen3-max')).toMatchObject({ declared: true, live: true });

  const set = await cli('models', 'set', 'aisa/deepseek-v3.1');
  expect(set.code).toBe(0);
  expect(set.out).toContain('Default model: aisa/deepseek-v3.1');
  const text = readFileSync(cfg, 'utf8');
  expect(text.startsWith('// mine\n')).toBe(true);
  expect(text).toMatch(/primary: 'aisa\/deepseek-v3\.1'/);

  const refused = await cli('models', 'set', 'no-such-model', '--lang', 'zh-CN');
  expect(refused.code).toBe(2);
  expect(refused.err).toContain('此密钥无法使用 no-such-model');
  expect(list.out + set.out + set.err + refused.err).not.toContain(TEST_KEYS.good);
}, 30_000);
