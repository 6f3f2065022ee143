// The built CLI as a user runs it: `node bin/aisa-setup.js models …` in a child process, against the
// fake gateway on 127.0.0.1 and a config in a temp HOME.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { runCli } from '../../support/cli.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { tempHome } from '../../support/home.js';

const file = fileGateway();

it('lists with --json, then sets the default, through the built CLI', async () => {
  const home = tempHome({ openclaw: true });
  const cfg = join(home, '.openclaw', 'openclaw.json');
  writeFileSync(cfg, `// mine\n{ models: { providers: { aisa: { baseUrl: '${file.gw.baseUrl}', apiKey: '\${AISA_API_KEY}', models: [{ id: 'qwen3-max', name: 'Qwen3 Max' }] } } } }\n`);
  const cli = (...args: string[]) => runCli(args, { home, env: { AISA_API_KEY: TEST_KEYS.good }, timeoutMs: 30_000 });

  const list = await cli('models', '--json');
  expect(list.code).toBe(0);
  const rows = z.array(z.looseObject({ id: z.string(), declared: z.boolean(), live: z.boolean().nullable() })).parse(JSON.parse(list.stdout));
  expect(rows.find((r) => r.id === 'qwen3-max')).toMatchObject({ declared: true, live: true });

  const set = await cli('models', 'set', 'aisa/deepseek-v3.1');
  expect(set.code).toBe(0);
  expect(set.stdout).toContain('Default model: aisa/deepseek-v3.1');
  const text = readFileSync(cfg, 'utf8');
  expect(text.startsWith('// mine\n')).toBe(true);
  expect(text).toMatch(/primary: 'aisa\/deepseek-v3\.1'/);

  const refused = await cli('models', 'set', 'no-such-model', '--lang', 'zh-CN');
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('no-such-model 不在密钥的模型列表中');
  expect(list.stdout + set.stdout + set.stderr + refused.stderr).not.toContain(TEST_KEYS.good);
}, 30_000);
