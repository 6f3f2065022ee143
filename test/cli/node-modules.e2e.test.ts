// What Node itself loads for a scripted onboard. Each of its modules costs start-up time on every
// run (on Node 24: child_process ~6 ms, fs/promises ~5 ms, perf_hooks ~4 ms), so the ones such a
// run has no use for must stay unloaded: no child process on Linux (/proc answers whether a
// gateway runs), file calls from node:fs's callbacks, timings from process.hrtime, and no chalk
// (whose colour probe loads tty) when nothing is coloured.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fileGateway } from '../support/file-gateway.js';
import { TEST_KEYS } from '../support/fake-gateway.js';
import { tempHome } from '../support/home.js';

const g = fileGateway();

it.skipIf(process.platform !== 'linux')('a validated scripted onboard loads no child_process, fs/promises, perf_hooks or tty', async () => {
  const home = tempHome({ openclaw: true });
  const list = join(home, 'modules.txt');
  const dump = join(home, 'dump.cjs');
  writeFileSync(dump, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
  const r = await g.runCli(['onboard', '--non-interactive', '--base-url', g.gw.baseUrl, '--yes'], { home, env: { AISA_API_KEY: TEST_KEYS.good, NODE_OPTIONS: `--require ${dump}` } });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const loaded = readFileSync(list, 'utf8').split('\n');
  // The list is the run's own: its request went out through node:http.
  expect(loaded).toContain('NativeModule http');
  expect(loaded.filter((m) => /^NativeModule (child_process|fs\/promises|perf_hooks|readline|dgram|tty)$/.test(m))).toEqual([]);
});
