// onboard over a config AIsa's script or tutorial left: the same repairs doctor --fix plans, in the
// diff it shows, and no literal key or rejected key left beside the new set-up.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrivalSandbox } from '../../../support/arrivals.js';
import { TEST_KEYS } from '../../../support/fake-gateway.js';
import { fileGateway } from '../../../support/file-gateway.js';

const KEY = TEST_KEYS.good;
const file = fileGateway();

const onboard = (home: string, configPath: string, args: string[]) =>
  file.runCli(['onboard', '--non-interactive', '--config', configPath, '--base-url', file.gw.baseUrl, '--aisa-api-key-stdin', '--model', 'qwen3-max', ...args], { home, input: `${KEY}\n` });

describe('onboard on an arrival config', () => {
  it("AIsa's script: the dry-run diff shows the repairs; the write leaves no rejected key, no inline key, no tool-written non-chat model", async () => {
    const box = arrivalSandbox('script', KEY);
    const before = box.read();
    const dry = await onboard(box.home, box.configPath, ['--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/^-\s+"lastTouchedAt": "2026-02-14T09:30:12\.000Z",?$/m);
    expect(dry.stdout).toMatch(/^-\s+"resetOnExit": false$/m);
    expect(dry.stdout).toMatch(/^-\s+"aisa\/qwen-mt-flash": \{\},?$/m);
    expect(dry.stdout).not.toContain(KEY);
    expect(box.read()).toBe(before);
    const r = await onboard(box.home, box.configPath, ['--yes']);
    expect(r.code, r.stderr).toBe(0);
    const after = box.read();
    expect(after).not.toContain(KEY);
    const cfg = JSON.parse(after);
    expect(cfg.meta.lastTouchedAt).toBeUndefined();
    expect(cfg.gateway.tailscale).toEqual({ mode: 'off' });
    expect(cfg.models.providers.aisa.apiKey).toEqual({ source: 'env', provider: 'default', id: 'AISA_API_KEY' });
    const ids = cfg.models.providers.aisa.models.map((m: { id: string }) => m.id);
    expect(ids).not.toContain('qwen-mt-flash');
    expect(ids).not.toContain('seedream-4-5-251128');
    expect(cfg.agents.defaults.models['anthropic/claude-opus-4-5']).toEqual({ alias: 'opus' });
    expect(readFileSync(join(box.stateDir, '.env'), 'utf8')).toContain(`AISA_API_KEY=${KEY}`);
    box.cleanup();
  });

  it("AIsa's tutorial: the key leaves the env block (masked in the diff), nothing else in env is touched", async () => {
    const box = arrivalSandbox('tutorial', KEY);
    const dry = await onboard(box.home, box.configPath, ['--dry-run']);
    expect(dry.stdout).toMatch(/^-\s+"AISA_API_KEY": "sk-…uvwx"$/m);
    expect(dry.stdout).not.toContain(KEY);
    const r = await onboard(box.home, box.configPath, ['--yes']);
    expect(r.code, r.stderr).toBe(0);
    const cfg = JSON.parse(box.read());
    expect(cfg.env).toEqual({});
    expect(box.read()).not.toContain(KEY);
    expect(existsSync(join(box.stateDir, '.env'))).toBe(true);
    box.cleanup();
  });
});
