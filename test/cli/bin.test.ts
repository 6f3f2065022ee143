import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../support/cli.js';
import { tempHome } from '../support/home.js';
import { startFakeGateway, TEST_KEYS, type FakeGateway } from '../support/fake-gateway.js';

const pretendNode = (version: string) => `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`;
const run = (args: string[], preload?: string) =>
  spawnSync(process.execPath, [...(preload ? ['--import', preload] : []), BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: '/nonexistent' } });

describe('bin/aisa-setup.js', () => {
  it('refuses Node older than 20.18 before loading anything, saying what to do', () => {
    const r = run(['--help'], pretendNode('20.17.0'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('needs Node.js 20.18 or newer; this is v20.17.0');
    expect(r.stderr).toContain('nodejs.org');
    expect(r.stdout).toBe('');
  });

  it('accepts 20.18 itself', () => {
    expect(run(['--version'], pretendNode('20.18.0')).status).toBe(0);
  });

  it.each([['--version'], ['-V']])('%s prints the package version', (flag) => {
    const r = run([flag]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version}\n`);
  });
});

describe('a reader that stops early (`aisa-setup … | head -1`)', () => {
  let gw: FakeGateway;
  beforeAll(async () => {
    gw = await startFakeGateway();
  });
  afterAll(() => gw.close());

  /** Runs the CLI with both output pipes closed before it writes a byte, as `| true` does. */
  function withClosedPipes(args: string[], home: string): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: home, NO_COLOR: '1', LANG: 'C', AISA_API_KEY: TEST_KEYS.good },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    // stderr is read, not closed, so a stack trace would be seen; EPIPE is then on stdout alone.
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    return new Promise((done) => child.on('close', (code) => done({ code, stderr })));
  }

  it('--help exits 0 without a stack trace', async () => {
    const r = await withClosedPipes(['--help'], tempHome());
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.code).toBe(0);
  });

  it('onboard still finishes its write and exits 0', async () => {
    const home = tempHome();
    const config = join(home, '.openclaw', 'openclaw.json');
    const r = await withClosedPipes(['onboard', '--non-interactive', '--base-url', gw.baseUrl, '--config', config], home);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.code).toBe(0);
    expect(readFileSync(config, 'utf8')).toContain('"aisa/');
  });
});
