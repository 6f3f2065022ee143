// Where OpenClaw keeps the plugin: 2026.9.6 installs npm names and npm-pack tarballs under
// npm/projects/<package>/node_modules/<package>, a directory as a copy in extensions/<id>.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluginState } from '../../../src/targets/openclaw/plugin-state.js';
import { tempDir } from '../../support/home.js';

function stateWith(copy: string | undefined, version = '0.1.0') {
  const state = tempDir('aisa-plugin-state-');
  if (copy) {
    mkdirSync(join(state, copy), { recursive: true });
    writeFileSync(join(state, copy, 'package.json'), JSON.stringify({ name: 'aisa-setup', version }));
  }
  writeFileSync(join(state, 'openclaw.json'), '{ plugins: { entries: { aisa: { enabled: true } } } }');
  return state;
}

describe('pluginState', () => {
  it('finds an npm or npm-pack install (what aisa-setup plugin install and openclaw plugins install aisa-setup make)', async () => {
    const state = stateWith('npm/projects/aisa-setup/node_modules/aisa-setup', '0.2.0');
    expect(await pluginState(state, join(state, 'openclaw.json'))).toEqual({ installed: true, enabled: true, version: '0.2.0', dir: join(state, 'npm/projects/aisa-setup/node_modules/aisa-setup') });
  });

  it('finds a directory install in extensions/aisa', async () => {
    const state = stateWith('extensions/aisa');
    expect(await pluginState(state, join(state, 'openclaw.json'))).toMatchObject({ installed: true, version: '0.1.0', dir: join(state, 'extensions/aisa') });
  });

  it('no copy: not installed, whatever the config says', async () => {
    const state = stateWith(undefined);
    expect(await pluginState(state, join(state, 'openclaw.json'))).toMatchObject({ installed: false, enabled: true });
  });
});
