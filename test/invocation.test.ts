import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cmd, invocationOf, locationFlags, setInvocation } from '../src/invocation.js';
import { parseProviderId } from '../src/provider-id.js';
import { messagesFor } from '../src/i18n/index.js';
import { runCli } from './support/cli.js';
import { tempHome } from './support/home.js';

afterEach(() => setInvocation({}));

describe('printed commands act on what this run acted on', () => {
  it('name the file, the target and the gateway of the run, the file last', () => {
    expect(locationFlags({ config: '/x/my config.json5' })).toBe(" --config '/x/my config.json5'");
    expect(locationFlags({ profile: 'work' })).toBe(' --profile work');
    expect(locationFlags({})).toBe('');
    setInvocation(invocationOf({ profile: 'work' }));
    expect(cmd('doctor --fix')).toBe('aisa-setup doctor --fix --profile work');
    setInvocation(invocationOf({ config: '/p/config.json', target: 'picoclaw', provider: parseProviderId('sealos') }));
    expect(cmd('models set <id>')).toBe('aisa-setup models set <id> --target picoclaw --provider-id sealos --config /p/config.json');
    // The defaults need no flag.
    setInvocation(invocationOf({ target: 'openclaw', provider: parseProviderId(undefined) }));
    expect(cmd('onboard')).toBe('aisa-setup onboard');
  });

  it('are made when the message is read, not when the messages were loaded', () => {
    const before = messagesFor('en').doctor.providerMissingFix;
    setInvocation({ config: '/elsewhere.json' });
    expect(messagesFor('en').doctor.providerMissingFix).toBe('Run: aisa-setup onboard --config /elsewhere.json');
    expect(messagesFor('zh-CN').doctor.providerMissingFix).toContain('aisa-setup onboard --config /elsewhere.json');
    expect(before).toBe('Run: aisa-setup onboard');
  });

  it("in OpenClaw's plugin, onboarding is OpenClaw's own command", () => {
    setInvocation({ onboard: 'openclaw onboard --auth-choice aisa-api-key' });
    expect(messagesFor('en').gateway.keyInvalidFix).toContain('run openclaw onboard --auth-choice aisa-api-key again');
    expect(cmd('models list')).toBe('aisa-setup models list');
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
