// What onboard learns about the machine: `openclaw --version` (capped at 1.5 s whatever the child
// does) and whether an OpenClaw gateway runs (from `ps`, never matching ourselves).
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatewayRunning, openclawVersion } from '../../../src/targets/openclaw/openclaw-env.js';
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

describe.skipIf(process.platform === 'win32')('gatewayRunning', () => {
  const ps = (lines: string[]) => pathWith('ps', `cat <<'EOF'\n${lines.join('\n')}\nEOF`);

  it.each([
    [['  101 node /usr/lib/node_modules/openclaw/openclaw.mjs gateway run'], true],
    [['  102 openclaw-gateway'], true],
    [['  103 openclaw gateway --port 18789'], true],
    [['  104 node bin/aisa-setup.js onboard --base-url http://gateway.local/v1 --config ~/.openclaw/openclaw.json'], false],
    [['  105 vim openclaw.json', '  106 openclaw tui'], false],
  ])('%j → %s', async (lines, expected) => {
    expect(await gatewayRunning(ps(lines))).toBe(expected);
  });

  it('never matches this process, and is undefined without ps', async () => {
    expect(await gatewayRunning(ps([`  ${process.pid} openclaw gateway run`]))).toBe(false);
    expect(await gatewayRunning({ PATH: '/nonexistent' })).toBeUndefined();
  });
});
