// What onboard says after writing, through the real CLI entry (in-process), in both languages.
import { describe, expect, it } from 'vitest';
import { cli, envFor, sandbox, type Sandbox } from '../../support/doctor-harness.js';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';

let box: Sandbox | undefined;
const file = fileGateway();

const onboard = (args: string[], lang = 'en') =>
  cli(['onboard', '--non-interactive', '--config', box!.configPath, '--base-url', file.gw.baseUrl, '--timeout', '3', '--lang', lang, ...args], envFor(box!, { AISA_API_KEY: TEST_KEYS.good }));

describe('created or updated', () => {
  it.each([
    ['en', 'Created ', 'Updated '],
    ['zh-CN', '已创建 ', '已更新 '],
  ])('%s: a new file is created, an existing one updated', async (lang, created, updated) => {
    box = sandbox();
    const first = await onboard([], lang);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`${created}${box.configPath}`);
    expect(first.stdout).not.toContain(updated);
    const second = await onboard(['--model', 'kimi-k2.5'], lang);
    expect(second.stdout).toContain(`${updated}${box.configPath}`);
  });
});

describe('Next:', () => {
  it('names `openclaw models list` only when OpenClaw is on PATH', async () => {
    box = sandbox();
    const without = await cli(['onboard', '--non-interactive', '--config', box.configPath, '--skip-validation'], { ...envFor(box, { AISA_API_KEY: TEST_KEYS.good }), PATH: '/nonexistent' });
    expect(without.stdout).toContain('Next:');
    expect(without.stdout).not.toContain('openclaw models list');
    expect(without.stdout).toContain('aisa-setup doctor');
  });
});
