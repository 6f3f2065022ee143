// doctor's text report: checks skipped one after another for the same reason take one entry.
import { expect, it } from 'vitest';
import { cli, sandbox, type Sandbox } from '../support/doctor-harness.js';

let box: Sandbox | undefined;

it.each([['en', 'No config file to check.'], ['zh-CN', '没有可检查的配置文件。']] as const)('%s: a home with no config says "no config file to check" once per run of skipped checks, naming them all', async (lang, reason) => {
  box = sandbox();
  const r = await cli(['doctor', '--offline', '--lang', lang], { HOME: box.home, NO_COLOR: '1' });
  expect(r.code).toBe(1);
  expect(r.stdout.split(reason).length - 1).toBeLessThanOrEqual(2);
  for (const id of ['config-parse', 'config-permissions', 'provider-present', 'base-url', 'api-mode', 'api-key-present', 'model-ids', 'model-prefix', 'default-model', 'schema-compat', 'kimi-temperature', 'setup-origin', 'env-key', 'model-metadata', 'chat-models', 'lost-sections']) {
    expect(r.stdout).toContain(id);
  }
  // --json still lists every check on its own.
  const json = JSON.parse((await cli(['doctor', '--offline', '--json', '--lang', lang], { HOME: box.home })).stdout);
  expect(json.checks.filter((c: { message: string }) => c.message === reason)).toHaveLength(16);
});
