// The built CLI as users run it: a child process, HOME in a temp dir, exit codes and --json per the contract.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { envFor, fixture, parseReport, sandbox, type Sandbox } from '../support/doctor-harness.js';

let box: Sandbox | undefined;

const doctor = (args: string[], env: NodeJS.ProcessEnv) => runCli(['doctor', ...args], { home: env.HOME!, env });

describe('aisa-setup doctor (built)', () => {
  it('finds the default config under HOME, exit 0, stdout holds only the JSON document', async () => {
    box = sandbox(fixture('good.json5'));
    const r = await doctor(['--offline', '--json'], envFor(box, { AISA_API_KEY: 'sk-cliTest0123456789abcdef' }));
    expect(r.code).toBe(0);
    const report = parseReport(r.stdout);
    expect(report.ok).toBe(true);
    expect(report.configPath).toBe(box.configPath);
    expect(r.stdout).not.toContain('sk-cliTest0123456789abcdef');
  });

  it('exit 1 on a fail, with the human report and one summary line', async () => {
    box = sandbox(fixture('refs.json5'));
    const r = await doctor(['--config', box.configPath, '--offline'], envFor(box, { AISA_API_KEY: 'sk-cliTest0123456789abcdef' }));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^✗ model-ids /m);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('2 failed, 2 warnings, 15 passed, 4 skipped.');
  });

  it('exit 2 on an unknown check id, listing the valid ones', async () => {
    box = sandbox(fixture('good.json5'));
    const r = await doctor(['--config', box.configPath, '--only', 'network,bogus'], envFor(box));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown check id for --only: bogus');
    expect(r.stderr).toContain('node-version, config-found');
  });

  it('exit 3 on an unparseable config, the --json report naming file:line:column', async () => {
    box = sandbox(fixture('broken.json5'));
    const r = await doctor(['--config', box.configPath, '--json', '--offline', '--skip', 'node-version'], envFor(box));
    expect(r.code).toBe(3);
    const report = parseReport(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.checks.map((c) => c.id)).not.toContain('node-version');
    expect(report.checks.find((c) => c.id === 'config-parse')!.message).toContain(`${box.configPath}:4:50`);
  });

  it('--only runs just the chosen checks, in the stable order', async () => {
    box = sandbox(fixture('good.json5'));
    const r = await doctor(['--config', box.configPath, '--json', '--only', 'kimi-temperature,api-mode'], envFor(box));
    expect(parseReport(r.stdout).checks.map((c) => c.id)).toEqual(['api-mode', 'kimi-temperature']);
  });
});
