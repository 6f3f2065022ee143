// What onboard learns about the machine: `openclaw --version` (capped at 1.5 s whatever the child
// does) and whether an OpenClaw gateway runs (from /proc on Linux, else `ps`; never ourselves).
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatewayRunning, isGatewayProcess, openclawVersion } from '../../../src/targets/openclaw/openclaw-env.js';
import { tempDir } from '../../support/home.js';

/** A PATH holding one fake executable (plus /bin for sh and sleep). */
function pathWith(name: string, script: string): NodeJS.ProcessEnv {
  const dir = tempDir('aisa-env-');
  writeFileSync(join(dir, name), `#!/bin/sh\n${script}\n`);
  chmodSync(join(dir, name), 0o755);
  return { PATH: `${dir}:/bin:/usr/bin` };
}

describe.skipIf(process.platform === 'win32')('openclawVersion', () => {
  it.each([
    ['openclaw 2026.9.6', '2026.9.6'],
    ['2026.10.1-beta.2', '2026.10.1-beta.2'],
  ])('reads %j as %s', async (printed, version) => {
    expect(await openclawVersion(pathWith('openclaw', `echo "${printed}"`))).toBe(version);
  });

  it('is undefined when openclaw is not on PATH or fails', async () => {
    expect(await openclawVersion({ PATH: '/nonexistent' })).toBeUndefined();
    expect(await openclawVersion(pathWith('openclaw', 'exit 3'))).toBeUndefined();
  });

  it('gives up after the cap even when the child hangs and holds its pipes open', async () => {
    const env = pathWith('openclaw', '(sleep 5; echo late) & sleep 5');
    const start = Date.now();
    expect(await openclawVersion(env, 300)).toBeUndefined();
    expect(Date.now() - start).toBeLessThan(1000);
  });
});

describe('isGatewayProcess', () => {
  it.each([
    [101, 'node /usr/lib/node_modules/openclaw/openclaw.mjs gateway run', true],
    [102, 'openclaw-gateway', true],
    [103, 'openclaw gateway --port 18789', true],
    [104, 'node bin/aisa-setup.js onboard --base-url http://gateway.local/v1 --config ~/.openclaw/openclaw.json', false],
    [105, 'vim openclaw.json', false],
    [106, 'openclaw tui', false],
  ])('%i %j → %s', (pid, args, expected) => {
    expect(isGatewayProcess(pid, args)).toBe(expected);
  });

  it('never matches this process', () => {
    expect(isGatewayProcess(process.pid, 'openclaw gateway run')).toBe(false);
  });
});

describe.skipIf(process.platform === 'win32')('gatewayRunning', () => {
  /** A /proc-shaped folder: one `<pid>/cmdline` per process, arguments NUL-separated. */
  const procWith = (procs: Record<number, string[]>) => {
    const dir = tempDir('aisa-proc-');
    for (const [pid, argv] of Object.entries(procs)) {
      mkdirSync(join(dir, pid));
      writeFileSync(join(dir, pid, 'cmdline'), argv.join('\0') + '\0');
    }
    mkdirSync(join(dir, 'self'));
    return dir;
  };
  const ps = (lines: string[]) => pathWith('ps', `cat <<'EOF'\n${lines.join('\n')}\nEOF`);

  it.skipIf(process.platform !== 'linux')('reads /proc on Linux, without running ps', async () => {
    const noPs = { PATH: '/nonexistent' };
    expect(await gatewayRunning(noPs, { procDir: procWith({ 1: ['/sbin/init'], 77: ['node', '/opt/openclaw/openclaw.mjs', 'gateway', 'run'] }) })).toBe(true);
    expect(await gatewayRunning(noPs, { procDir: procWith({ 1: ['/sbin/init'], 78: ['vim', 'openclaw.json'] }) })).toBe(false);
    expect(await gatewayRunning(noPs, { procDir: procWith({ [process.pid]: ['openclaw', 'gateway'] }) })).toBe(false);
  });

  it.skipIf(process.platform !== 'linux')('finds a real process whose command line is an OpenClaw gateway', async () => {
    // `sh -c <script> openclaw gateway` runs with exactly those words in its command line.
    const child = spawn('sh', ['-c', 'sleep 30', 'openclaw', 'gateway'], { stdio: 'ignore' });
    try {
      await new Promise((r) => child.once('spawn', r));
      expect(await gatewayRunning({ PATH: '/nonexistent' })).toBe(true);
    } finally {
      child.kill();
    }
  });

  it('asks ps where there is no /proc', async () => {
    const noProc = { procDir: join(tempDir('aisa-proc-'), 'missing') };
    expect(await gatewayRunning(ps(['  101 node /usr/lib/node_modules/openclaw/openclaw.mjs gateway run']), noProc)).toBe(true);
    expect(await gatewayRunning(ps(['  105 vim openclaw.json', '  106 openclaw tui']), noProc)).toBe(false);
    expect(await gatewayRunning(ps([`  ${process.pid} openclaw gateway run`]), noProc)).toBe(false);
    expect(await gatewayRunning({ PATH: '/nonexistent' }, noProc)).toBeUndefined();
  });
});
