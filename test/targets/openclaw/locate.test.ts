import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNotNixManaged, locateConfig } from '../../../src/targets/openclaw/locate.js';
import { tempHome } from '../../support/home.js';

const home = '/home/u';
const cwd = '/work/dir';

describe('locateConfig', () => {
  const cases: [string, Parameters<typeof locateConfig>[0], string, string, string][] = [
    ['default under HOME', { env: { HOME: home }, cwd }, '/home/u/.openclaw/openclaw.json', 'default', '/home/u/.openclaw'],
    ['OPENCLAW_HOME beats HOME', { env: { HOME: home, OPENCLAW_HOME: '/oc' }, cwd }, '/oc/.openclaw/openclaw.json', 'default', '/oc/.openclaw'],
    ['USERPROFILE when no HOME', { env: { USERPROFILE: '/users/me' }, cwd }, '/users/me/.openclaw/openclaw.json', 'default', '/users/me/.openclaw'],
    ['state dir', { env: { HOME: home, OPENCLAW_STATE_DIR: '/state' }, cwd }, '/state/openclaw.json', 'env-state-dir', '/state'],
    ['config path beats state dir', { env: { HOME: home, OPENCLAW_STATE_DIR: '/state', OPENCLAW_CONFIG_PATH: '/etc/oc.json' }, cwd }, '/etc/oc.json', 'env-config-path', '/state'],
    ['legacy CLAWDBOT_CONFIG_PATH', { env: { HOME: home, CLAWDBOT_CONFIG_PATH: '/old.json' }, cwd }, '/old.json', 'env-config-path', '/home/u/.openclaw'],
    ['--config beats everything', { config: 'my.json5', env: { HOME: home, OPENCLAW_CONFIG_PATH: '/etc/oc.json' }, cwd }, '/work/dir/my.json5', 'flag', '/home/u/.openclaw'],
    ['--config with ~', { config: '~/x.json', env: { HOME: home }, cwd }, '/home/u/x.json', 'flag', '/home/u/.openclaw'],
    ['--profile', { profile: 'work', env: { HOME: home, OPENCLAW_CONFIG_PATH: '/etc/oc.json' }, cwd }, '/home/u/.openclaw-work/openclaw.json', 'profile', '/home/u/.openclaw-work'],
  ];
  it.each(cases)('%s', (_name, input, path, source, stateDir) => {
    const loc = locateConfig(input);
    expect(loc.path).toBe(path);
    expect(loc.source).toBe(source);
    expect(loc.stateDir).toBe(stateDir);
  });

  it('refuses a profile name that could escape the home directory', () => {
    expect(() => locateConfig({ profile: '../x', env: { HOME: home }, cwd })).toThrow(/profile/);
  });

  it('reports legacy config files without choosing them', () => {
    const h = tempHome();
    mkdirSync(join(h, '.clawdbot'));
    writeFileSync(join(h, '.clawdbot', 'clawdbot.json'), '{}');
    const loc = locateConfig({ env: { HOME: h }, cwd });
    expect(loc.path).toBe(join(h, '.openclaw', 'openclaw.json'));
    expect(loc.legacy).toEqual([join(h, '.clawdbot', 'clawdbot.json')]);
  });

  it('refuses a Nix-managed config with the reason and exit code 3', () => {
    try {
      assertNotNixManaged('/x/openclaw.json', { OPENCLAW_NIX_MODE: '1' });
      expect.unreachable();
    } catch (e) {
      expect((e as { exitCode: number }).exitCode).toBe(3);
      expect((e as Error).message).toContain('Nix');
    }
    expect(() => assertNotNixManaged('/x/openclaw.json', {})).not.toThrow();
  });
});
