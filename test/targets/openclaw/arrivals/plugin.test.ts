// Two ClawHub plugins that claim the provider aisa, installed where OpenClaw 2026.9.6 puts them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherAisaPlugins } from '../../../../src/targets/openclaw/arrivals/other-plugins.js';
import { arrivalSandbox } from '../../../support/arrivals.js';
import { check, cli, envFor, parseReport } from '../../../support/doctor-harness.js';
import { mkdirSync, writeFileSync } from 'node:fs';

describe('other plugins claiming aisa', () => {
  it('doctor names each, where OpenClaw keeps it, what the collision does and what to uninstall', async () => {
    const box = arrivalSandbox('plugin', 'unused');
    const r = await cli(['doctor', '--config', box.configPath, '--offline', '--json'], envFor(box));
    const report = parseReport(r.stdout);
    const other = check(report, 'other-plugins');
    expect(other.status).toBe('warn');
    expect(other.message).toContain(`@aisa/openclaw-aisa-provider (${join(box.stateDir, 'extensions', 'aisa')})`);
    expect(other.message).toContain(`aisa-provider-plugin (${join(box.stateDir, 'extensions', 'aisa-provider')})`);
    expect(other.message).toContain('auth choice aisa-api-key');
    expect(other.fix).toContain('openclaw plugins uninstall aisa\nopenclaw plugins uninstall aisa-provider');
    expect(check(report, 'setup-origin').message).toContain('a ClawHub AIsa plugin');
    // extensions/aisa holds @aisa/openclaw-aisa-provider 0.1.0: not this package's plugin, at any version.
    expect(check(report, 'openclaw-plugin').message).not.toContain('0.1.0');
    box.cleanup();
  });

  it("our own package's copy is no collision, and an npm-installed claimant is found too", async () => {
    const box = arrivalSandbox('plugin', 'unused');
    const ours = join(box.stateDir, 'extensions', 'aisa');
    writeFileSync(join(ours, 'package.json'), JSON.stringify({ name: 'aisa-setup', version: '1.0.0' }));
    const npm = join(box.stateDir, 'npm', 'projects', 'p1', 'node_modules', '@aisa', 'openclaw-aisa-provider');
    mkdirSync(npm, { recursive: true });
    writeFileSync(join(npm, 'package.json'), JSON.stringify({ name: '@aisa/openclaw-aisa-provider' }));
    writeFileSync(join(npm, 'openclaw.plugin.json'), JSON.stringify({ id: 'aisa', providers: ['aisa'] }));
    const found = await otherAisaPlugins(box.stateDir);
    expect(found.map((p) => p.name).sort()).toEqual(['@aisa/openclaw-aisa-provider', 'aisa-provider-plugin']);
    expect(found.find((p) => p.name.startsWith('@aisa'))!.dir).toBe(npm);
    box.cleanup();
  });
});
