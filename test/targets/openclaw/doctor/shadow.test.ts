import { describe, expect, it } from 'vitest';
import { runCli } from '../../../support/cli.js';
import { tempHome } from '../../../support/home.js';

describe('doctor: a key in the environment that hides the one in .env', () => {
  it('is a warning that names both and says how to settle it', async () => {
    const home = tempHome();
    const saved = 'sk-saved-0123456789abcdefSAVE';
    const other = 'sk-other-0123456789abcdefOTHR';
    expect((await runCli(['onboard', '--non-interactive', '--skip-validation', '--aisa-api-key', saved], { home })).code).toBe(0);
    const r = await runCli(['doctor', '--offline', '--only', 'api-key-present', '--json'], { home, env: { AISA_API_KEY: other } });
    const [check] = JSON.parse(r.stdout).checks;
    expect(check.status).toBe('warn');
    expect(check.message).toContain('sk-…OTHR from the environment variable AISA_API_KEY; the different key in');
    expect(check.fix).toContain('unset AISA_API_KEY');
    expect(r.stdout + r.stderr).not.toContain(saved);
    expect(r.stdout + r.stderr).not.toContain(other);
    const same = await runCli(['doctor', '--offline', '--only', 'api-key-present', '--json'], { home, env: { AISA_API_KEY: saved } });
    expect(JSON.parse(same.stdout).checks[0].status).toBe('pass');
  });
});
