// `aisa-setup plugin …` and doctor's openclaw-plugin check, built, with a fake `openclaw` on PATH
// that records its arguments and does to the state dir what the real one does (see the compat gate).
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { tempDir, tempHome } from '../../support/home.js';

const root = resolve(import.meta.dirname, '../../..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

const FAKE = `#!/bin/sh
echo "$@" >> "$FAKE_OC_LOG"
[ -n "$FAKE_OC_EXIT" ] && { echo "fake openclaw failing" >&2; exit "$FAKE_OC_EXIT"; }
ext="$OPENCLAW_STATE_DIR/extensions/aisa"
if [ "$1 $2" = "plugins install" ]; then
  mkdir -p "$ext" && cp "$3/package.json" "$ext/package.json"
  printf '{"plugins":{"entries":{"aisa":{"enabled":true}}}}\\n' > "$OPENCLAW_CONFIG_PATH"
  echo "Installed plugin: aisa"
elif [ "$1 $2" = "plugins uninstall" ]; then
  rm -rf "$ext"
  printf '{"plugins":{"entries":{"aisa":{"enabled":false}}}}\\n' > "$OPENCLAW_CONFIG_PATH"
fi
`;

function box(withOpenclaw = true) {
  const home = tempHome();
  const bin = tempDir('aisa-fake-oc-');
  if (withOpenclaw) {
    writeFileSync(join(bin, 'openclaw'), FAKE);
    chmodSync(join(bin, 'openclaw'), 0o755);
  }
  const state = join(home, '.openclaw');
  mkdirSync(state, { recursive: true });
  const log = join(bin, 'calls.log');
  writeFileSync(log, '');
  const env = { PATH: `${bin}:/usr/bin:/bin`, OPENCLAW_STATE_DIR: state, OPENCLAW_CONFIG_PATH: join(state, 'openclaw.json'), FAKE_OC_LOG: log };
  const run = (args: string[], extra: Record<string, string> = {}, input?: string) =>
    runCli(args, { home, env: { ...env, ...extra }, timeoutMs: 15_000, ...(input === undefined ? {} : { input }) });
  return { home, state, log: () => readFileSync(log, 'utf8'), run };
}

describe('aisa-setup plugin', () => {
  it('install --yes --json runs openclaw plugins install on this package and reports the result', async () => {
    const b = box();
    const r = await b.run(['plugin', 'install', '--yes', '--json']);
    expect(r.code).toBe(0);
    expect(b.log().trim()).toBe(`plugins install ${root} --force --accept-capabilities`);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ ok: true, action: 'install', installed: true, enabled: true, version, older: false });
    expect(r.stderr).toContain('Installed plugin: aisa');
  });

  it('says so before OpenClaw is asked when another plugin already claims aisa, and what to uninstall', async () => {
    const b = box();
    const other = join(b.state, 'extensions', 'aisa-provider');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'package.json'), JSON.stringify({ name: 'aisa-provider-plugin', version: '1.0.0' }));
    writeFileSync(join(other, 'openclaw.plugin.json'), JSON.stringify({ id: 'aisa-provider', providers: ['aisa'] }));
    const r = await b.run(['plugin', 'install']);
    expect(r.code).toBe(2);
    expect(b.log()).toBe('');
    expect(r.stderr).toContain(`Another plugin already claims the provider aisa: aisa-provider-plugin (${other})`);
    expect(r.stderr).toContain('openclaw plugins uninstall aisa-provider');
  });

  it('shows what OpenClaw will be asked to accept; without a terminal it needs --yes and runs nothing', async () => {
    const b = box();
    const r = await b.run(['plugin', 'install']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`openclaw plugins install ${root} --force --accept-capabilities`);
    expect(r.stdout).toContain('"aisa-api-key" onboarding choice');
    expect(r.stderr).toContain('add --yes to install the plugin');
    expect(b.log()).toBe('');
  });

  it('a clear error, in both languages, when openclaw is not on PATH', async () => {
    const b = box(false);
    const en = await b.run(['plugin', 'install', '--yes']);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('OpenClaw is not on PATH');
    expect(en.stderr).toContain('npm i -g openclaw');
    const zh = await b.run(['plugin', 'install', '--yes'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stderr).toContain('PATH 中没有 OpenClaw');
  });

  it("openclaw's failure is reported with its exit code", async () => {
    const b = box();
    const r = await b.run(['plugin', 'uninstall', '--yes'], { FAKE_OC_EXIT: '3' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fake openclaw failing');
    expect(r.stderr).toContain('openclaw plugins uninstall aisa --force failed (exit 3)');
  });

  it('status: absent, enabled, older; uninstall; and the doctor check agrees', async () => {
    const b = box();
    expect((await b.run(['plugin', 'status'])).stdout).toContain('not installed');
    expect((await b.run(['doctor', '--offline', '--only', 'openclaw-plugin', '--json'])).stdout).toContain('"status": "skip"');
    await b.run(['plugin', 'install', '--yes']);
    expect((await b.run(['plugin', 'status'])).stdout).toContain(`installed (${version}), enabled`);
    const pass = JSON.parse((await b.run(['doctor', '--offline', '--only', 'openclaw-plugin,provider-present', '--json'])).stdout);
    expect(pass.checks.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([['provider-present', 'pass'], ['openclaw-plugin', 'pass']]);
    writeFileSync(join(b.state, 'extensions', 'aisa', 'package.json'), '{"name":"aisa-setup","version":"0.0.1"}');
    expect((await b.run(['plugin', 'status'])).stdout).toContain(`0.0.1 installed, older than this aisa-setup (${version})`);
    const older = JSON.parse((await b.run(['doctor', '--offline', '--only', 'openclaw-plugin', '--json'])).stdout);
    expect(older.checks[0]).toMatchObject({ status: 'warn', fix: 'aisa-setup plugin install --yes' });
    const un = await b.run(['plugin', 'uninstall', '--yes']);
    expect(un.code).toBe(0);
    expect(b.log()).toContain('plugins uninstall aisa --force');
    expect((await b.run(['plugin', 'status', '--json'])).stdout).toContain('"installed": false');
  });

  it("onboard's Next offers the plugin only when openclaw is on PATH and has no AIsa plugin yet", async () => {
    const onboard = ['onboard', '--non-interactive', '--aisa-api-key-stdin', '--skip-validation', '--yes'];
    const input = 'sk-nextTest0123456789abcdef\n';
    const b = box();
    const first = await b.run(onboard, {}, input);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/aisa-setup plugin install +also use OpenClaw's own commands/);
    await b.run(['plugin', 'install', '--yes']);
    expect((await b.run(onboard, {}, input)).stdout).not.toContain('aisa-setup plugin install');
    const none = box(false);
    const r = await none.run(onboard, {}, input);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('aisa-setup plugin install');
  });
});
