// `aisa-setup plugin uninstall` tells what OpenClaw removed and kept, whether turns still work,
// and cleans up only after a yes (--yes here). The real OpenClaw validates the result in the
// compat gate; here a fake `openclaw` (test/support/fake-openclaw.ts) does what the real one does.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { fakeOpenclawBox as box } from '../support/fake-openclaw.js';

// What `openclaw onboard --auth-choice aisa-api-key` writes with the plugin: no provider block.
const PLUGIN_ONBOARDED = `{
  // a note (OpenClaw's own writer drops it; the clean-up's edits keep what they find)
  "auth": { "profiles": { "aisa:default": { "provider": "aisa", "mode": "api_key" }, "openai:default": { "provider": "openai", "mode": "api_key" } } },
  "agents": { "defaults": { "model": { "primary": "aisa/qwen3-max" }, "models": { "aisa/qwen3-max": {} }, "workspace": "/w" } },
}
`;

describe('aisa-setup plugin uninstall', () => {
  it('plugin only: says turns will fail, shows the clean-up, and with --yes leaves no default pointing at nothing', async () => {
    const b = box();
    writeFileSync(b.config, PLUGIN_ONBOARDED);
    expect((await b.run(['plugin', 'install', '--yes'])).code).toBe(0);
    const r = await b.run(['plugin', 'uninstall', '--yes']);
    expect(r.code).toBe(0);
    expect(b.log()).toContain('plugins uninstall aisa --force');
    expect(r.stdout).toContain('OpenClaw removed its copy of the AIsa plugin');
    expect(r.stdout).toContain('plugins.entries.aisa (enabled: false)');
    expect(r.stdout).toContain('auth.profiles aisa:default');
    expect(r.stdout).toContain('the default model aisa/qwen3-max');
    expect(r.stdout).toContain('Turns will fail: nothing serves the default model aisa/qwen3-max');
    expect(r.stdout).toMatch(/^-\s+"primary": "aisa\/qwen3-max"/m);
    expect(r.stdout).toContain('No default model now');
    const config = JSON5.parse(readFileSync(b.config, 'utf8'));
    expect(config.plugins.entries).toEqual({});
    expect(config.auth.profiles).toEqual({ 'openai:default': { provider: 'openai', mode: 'api_key' } });
    expect(config.agents.defaults).toEqual({ models: {}, workspace: '/w' });
    expect(existsSync(b.copy)).toBe(false);
    expect((await b.run(['plugin', 'status', '--json'])).stdout).toContain('"installed": false');
  });

  it('beside an aisa-setup provider block: turns still work, only the disabled entry is cleaned, the default stays', async () => {
    const b = box();
    const onboard = await b.run(['onboard', '--non-interactive', '--aisa-api-key-stdin', '--skip-validation', '--yes'], {}, 'sk-uninstTest0123456789abcdef\n');
    expect(onboard.code).toBe(0);
    expect((await b.run(['plugin', 'install', '--yes'])).code).toBe(0);
    const r = await b.run(['plugin', 'uninstall', '--yes', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ ok: true, removed: true, cleaned: true, defaultModel: 'aisa/qwen3-max', leftovers: { providerBlock: true, pluginEntry: true, turnsWork: true } });
    expect(r.stderr).toContain('Turns still work: models.providers.aisa');
    const config = JSON5.parse(readFileSync(b.config, 'utf8'));
    expect(config.plugins.entries.aisa).toBeUndefined();
    expect(config.agents.defaults.model.primary).toBe('aisa/qwen3-max');
    expect(config.models.providers.aisa).toBeDefined();
  });

  it("after OpenClaw's own uninstall it only cleans up (no openclaw needed); without --yes or a terminal it changes nothing", async () => {
    const b = box({ absent: true });
    writeFileSync(b.config, PLUGIN_ONBOARDED.replace('"agents"', '"plugins": { "entries": { "aisa": { "enabled": false } } },\n  "agents"'));
    const before = readFileSync(b.config, 'utf8');
    const refused = await b.run(['plugin', 'uninstall']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('OpenClaw has no copy of the AIsa plugin');
    expect(refused.stderr).toContain('add --yes to uninstall the plugin');
    expect(readFileSync(b.config, 'utf8')).toBe(before);
    const zh = await b.run(['plugin', 'uninstall', '--yes'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('对话将会失败');
    expect(zh.stdout).toContain('现在没有默认模型');
    expect(JSON5.parse(readFileSync(b.config, 'utf8')).plugins).toEqual({ entries: {} });
    const again = await b.run(['plugin', 'uninstall', '--yes']);
    expect(again.stdout).toContain('Nothing of the plugin is left in the config.');
    expect(again.stdout).toContain('No default model is set.');
  });
});
