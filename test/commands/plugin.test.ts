// `aisa-setup plugin install|status` and doctor's openclaw-plugin check, built, with a fake
// `openclaw` on PATH (test/support/fake-openclaw.ts) that records its arguments and does to the
// state dir what the real one does (the compat gate runs the real one).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeOpenclawBox as box } from '../support/fake-openclaw.js';

const root = resolve(import.meta.dirname, '../..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

describe('aisa-setup plugin install', () => {
  it('--yes --json hands OpenClaw the packed package (what npm publishes, never the checkout) with its consent flags', async () => {
    const b = box();
    const r = await b.run(['plugin', 'install', '--yes', '--json']);
    expect(r.code).toBe(0);
    const calls = b.log().trim().split('\n');
    expect(calls[0]).toMatch(new RegExp(`^plugins install npm-pack:\\S+/aisa-setup-${version.replace(/\./g, '\\.')}\\.tgz --force --accept-capabilities$`));
    const files = b.packedFiles().split('\n');
    expect(files).toEqual(expect.arrayContaining(['package/package.json', 'package/openclaw.plugin.json', 'package/dist/plugin/index.js', 'package/dist/THIRD_PARTY_NOTICES.md']));
    expect(files.filter((f) => /^package\/(src|test|scripts|node_modules|\.git)\//.test(f))).toEqual([]);
    // The temporary tarball is gone once OpenClaw has copied it.
    expect(existsSync(calls[0]!.split(' ')[2]!.slice('npm-pack:'.length))).toBe(false);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ ok: true, action: 'install', installed: true, enabled: true, version, older: false });
    expect(r.stderr).toContain('Installed plugin: aisa');
  });

  it("shows what it runs and the capabilities OpenClaw will list; without a terminal it needs --yes and packs nothing", async () => {
    const b = box();
    const r = await b.run(['plugin', 'install']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`openclaw plugins install npm-pack:aisa-setup-${version}.tgz --force --accept-capabilities`);
    expect(r.stdout).toContain('"aisa-api-key" onboarding choice');
    expect(r.stdout).toMatch(/Providers: aisa\n {2}Skills: aisa\n {2}Prompt injection: allowed\n {2}Conversation access: denied/);
    expect(r.stderr).toContain('add --yes to install the plugin');
    expect(b.log()).toBe('');
  });

  it('says so before OpenClaw is asked when another plugin already claims aisa, and what to uninstall', () => {
    const b = box();
    const other = join(b.state, 'extensions', 'aisa-provider');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'package.json'), JSON.stringify({ name: 'aisa-provider-plugin', version: '1.0.0' }));
    writeFileSync(join(other, 'openclaw.plugin.json'), JSON.stringify({ id: 'aisa-provider', providers: ['aisa'] }));
    return b.run(['plugin', 'install']).then((r) => {
      expect(r.code).toBe(2);
      expect(b.log()).toBe('');
      expect(r.stderr).toContain(`Another plugin already claims the provider aisa: aisa-provider-plugin (${other})`);
      expect(r.stderr).toContain('openclaw plugins uninstall aisa-provider');
    });
  });

  it('an OpenClaw older than the plugin API is refused before anything runs, its version read from its package or from --version', async () => {
    const npm = box({ version: '2026.7.35' });
    const r = await npm.run(['plugin', 'install', '--yes']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The AIsa plugin needs OpenClaw ≥ 2026.9.6, you have 2026.7.35.');
    expect(r.stderr).toContain('npm i -g openclaw@latest');
    expect(npm.log()).toBe('');
    const bare = box({ version: '2026.5.5', layout: 'bare' });
    const zh = await bare.run(['plugin', 'install', '--yes'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('AIsa 插件需要 OpenClaw ≥ 2026.9.6，当前为 2026.5.5。');
    expect(bare.log().trim()).toBe('--version');
  });

  it('a clear error, in both languages, when openclaw is not on PATH', async () => {
    const b = box({ absent: true });
    const en = await b.run(['plugin', 'install', '--yes']);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('OpenClaw is not on PATH');
    expect(en.stderr).toContain('npm i -g openclaw');
    const zh = await b.run(['plugin', 'install', '--yes'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stderr).toContain('PATH 中没有 OpenClaw');
  });

  it("openclaw's failure is reported with its exit code", async () => {
    const b = box();
    const r = await b.run(['plugin', 'install', '--yes'], { FAKE_OC_EXIT: '3' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fake openclaw failing');
    expect(r.stderr).toContain(`openclaw plugins install npm-pack:aisa-setup-${version}.tgz --force --accept-capabilities failed (exit 3)`);
  });
});

describe('aisa-setup plugin status', () => {
  it('absent, enabled, older; and the doctor check agrees', async () => {
    const b = box();
    expect((await b.run(['plugin', 'status'])).stdout).toContain('not installed');
    expect((await b.run(['doctor', '--offline', '--only', 'openclaw-plugin', '--json'])).stdout).toContain('"status": "skip"');
    await b.run(['plugin', 'install', '--yes']);
    expect((await b.run(['plugin', 'status'])).stdout).toContain(`installed (${version}), enabled`);
    const pass = JSON.parse((await b.run(['doctor', '--offline', '--only', 'openclaw-plugin,provider-present', '--json'])).stdout);
    expect(pass.checks.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([['provider-present', 'pass'], ['openclaw-plugin', 'pass']]);
    writeFileSync(join(b.copy, 'package.json'), '{"name":"aisa-setup","version":"0.0.1"}');
    expect((await b.run(['plugin', 'status'])).stdout).toContain(`0.0.1 installed, older than this aisa-setup (${version})`);
    const older = JSON.parse((await b.run(['doctor', '--offline', '--only', 'openclaw-plugin', '--json'])).stdout);
    expect(older.checks[0]).toMatchObject({ status: 'warn', fix: 'aisa-setup plugin install --yes' });
  });
});

describe("onboard's Next line", () => {
  const onboard = ['onboard', '--non-interactive', '--aisa-api-key-stdin', '--skip-validation', '--yes'];
  const input = 'sk-nextTest0123456789abcdef\n';

  it('offers the plugin only when openclaw is on PATH, new enough, and has no AIsa plugin yet', async () => {
    const b = box();
    const first = await b.run(onboard, {}, input);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/aisa-setup plugin install +also use OpenClaw's own commands/);
    await b.run(['plugin', 'install', '--yes']);
    expect((await b.run(onboard, {}, input)).stdout).not.toContain('aisa-setup plugin install');
    const none = box({ absent: true });
    const r = await none.run(onboard, {}, input);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('aisa-setup plugin install');
  });

  it('does not offer it on an OpenClaw older than the plugin API', async () => {
    const old = box({ version: '2026.7.35' });
    const r = await old.run(onboard, {}, input);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('openclaw models list');
    expect(r.stdout).not.toContain('aisa-setup plugin install');
    expect(old.log()).toBe('');
  });
});
