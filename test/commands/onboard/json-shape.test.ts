// onboard --json has one shape for every target: a script reads where the set-up and its key went
// by the same names whether it set up OpenClaw or PicoClaw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../support/fake-gateway.js';
import { fileGateway } from '../../support/file-gateway.js';
import { tempHome } from '../../support/home.js';
import { picoHome } from '../../support/picoclaw.js';

const KEY = TEST_KEYS.good;
const file = fileGateway({ secrets: [KEY] });

const scripted = async (home: string, args: string[], env: Record<string, string> = {}) => {
  const r = await file.runCli(['onboard', '--non-interactive', '--json', '--base-url', file.gw.baseUrl, '--model', 'qwen3-max', '--models', 'qwen3-max', ...args], { home, env: { AISA_API_KEY: KEY, ...env } });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

describe('onboard --json: the same fields for every target', () => {
  it('OpenClaw and PicoClaw name the same fields (PicoClaw adds its config version)', async () => {
    const home = tempHome();
    const openclaw = await scripted(home, ['--config', join(home, '.openclaw', 'openclaw.json')]);
    const { config, security } = picoHome(home);
    const picoclaw = await scripted(home, ['--target', 'picoclaw'], { PICOCLAW_CONFIG: config });
    expect(Object.keys(picoclaw).filter((k) => k !== 'version').sort()).toEqual(Object.keys(openclaw).sort());
    const ref = { source: 'env', provider: 'default', id: 'AISA_API_KEY' };
    expect(openclaw).toMatchObject({ target: 'openclaw', providerId: 'aisa', keyStorage: 'env-file', keyFile: join(home, '.openclaw', '.env'), envFile: join(home, '.openclaw', '.env'), keyReference: ref });
    // What the config really holds in the key's place.
    expect(JSON.parse(readFileSync(join(home, '.openclaw', 'openclaw.json'), 'utf8')).models.providers.aisa.apiKey).toEqual(ref);
    // PicoClaw's config holds no reference: its keys are in .security.yml.
    expect(picoclaw).toMatchObject({ target: 'picoclaw', providerId: 'aisa', keyStorage: 'security-file', keyFile: security, envFile: null, keyReference: null, version: 3 });
  });

  it('the key in the config: keyStorage inline, keyFile the config, no envFile (both targets)', async () => {
    const home = tempHome();
    const cfg = join(home, '.openclaw', 'openclaw.json');
    expect(await scripted(home, ['--config', cfg, '--key-storage', 'inline'])).toMatchObject({ keyStorage: 'inline', keyFile: cfg, envFile: null, keyReference: null });
    const { config } = picoHome(home);
    expect(await scripted(home, ['--target', 'picoclaw', '--key-storage', 'inline'], { PICOCLAW_CONFIG: config })).toMatchObject({ keyStorage: 'inline', keyFile: config, envFile: null });
    expect(await scripted(tempHome(), ['--config', join(tempHome(), 'c.json'), '--key-storage', 'env'], {})).toMatchObject({ keyStorage: 'env', keyFile: null, envFile: null, keyReference: { source: 'env', provider: 'default', id: 'AISA_API_KEY' } });
  });
});
