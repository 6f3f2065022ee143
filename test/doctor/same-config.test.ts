import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locationFlags, pointAtSameConfig } from '../../src/doctor/same-config.js';
import type { CheckResult } from '../../src/doctor/types.js';
import { runCli } from '../support/cli.js';
import { tempHome } from '../support/home.js';

describe('printed commands act on the config this run used', () => {
  it('adds --config or --profile to every aisa-setup command in a fix', () => {
    expect(locationFlags({ config: '/x/my config.json5' })).toBe(" --config '/x/my config.json5'");
    expect(locationFlags({ profile: 'work' })).toBe(' --profile work');
    expect(locationFlags({})).toBe('');
    const results = [{ id: 'base-url', status: 'fail', message: 'm', fix: 'Edit x.\nOr run: aisa-setup doctor --fix' }] as CheckResult[];
    expect(pointAtSameConfig(results, { flags: ' --profile work' })[0]!.fix).toBe('Edit x.\nOr run: aisa-setup doctor --fix --profile work');
    expect(pointAtSameConfig(results, { flags: '' })).toBe(results);
  });

  it('through a symlink, points doctor --fix at the real file, whatever flags chose the link', () => {
    const results = [
      { id: 'base-url', status: 'fail', message: 'm', fix: 'Edit x.\nOr run: aisa-setup doctor --fix' },
      { id: 'config-found', status: 'warn', message: 'link', fix: 'Run aisa-setup doctor --fix --config /real/openclaw.json' },
    ] as CheckResult[];
    const out = pointAtSameConfig(results, { flags: ' --config /link.json', realFile: '/real/my file.json' });
    expect(out[0]!.fix).toBe("Edit x.\nOr run: aisa-setup doctor --fix --config '/real/my file.json'");
    expect(out[1]).toBe(results[1]);
  });

  it('doctor and the onboard summary name the same --config', async () => {
    const home = tempHome();
    const cfg = `${home}/elsewhere/my.json5`;
    const r = await runCli(['onboard', '--non-interactive', '--skip-validation', '--aisa-api-key', 'sk-test-0123456789abcdef', '--config', cfg], { home });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`aisa-setup doctor --config ${cfg}`);
    expect(r.stdout).toContain(`aisa-setup models set <id> --config ${cfg}`);
    // Break the base URL so doctor has a fix that names a command.
    writeFileSync(cfg, readFileSync(cfg, 'utf8').replace('https://api.aisa.one/v1', 'https://api.aisa.one'));
    const d = await runCli(['doctor', '--offline', '--config', cfg, '--json'], { home });
    const commands = (JSON.parse(d.stdout).checks as { fix?: string }[]).flatMap((c) => c.fix?.match(/aisa-setup \w+[^\n]*/g) ?? []);
    expect(commands).toContain(`aisa-setup doctor --fix --config ${cfg}`);
    for (const cmd of commands) expect(cmd).toContain(`--config ${cfg}`);
  });
});
