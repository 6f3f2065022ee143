import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN } from './support/cli.js';

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
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  });
});
