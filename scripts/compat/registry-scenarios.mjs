// aisa-setup as users get it: published to a throwaway registry on 127.0.0.1 (./registry.mjs) and
// installed by a new user (empty home, empty npm cache): `npx`, `npm i -g`, and OpenClaw's own
// `openclaw plugins install aisa-setup`, followed by the seeds' commands and our uninstall clean-up.
import { mkdir, readFile, symlink } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { startFakeGateway } from './fake-gateway.mjs';
import { JSON5, KEY, ROOT, check, parseJsonOut, secs, tail } from './common.mjs';
import { ocOnboard, packOnce, validClean } from './plugin-harness.mjs';
import { newUserNpmEnv, publishOnce, registry } from './registry.mjs';

const VERSION = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version;

/** The registry up and the packed package published in it; the new user's npm environment. */
async function published(ctx) {
  const reg = await registry(ctx.oc);
  const pkg = await packOnce();
  const pub = await publishOnce(reg, pkg.tgz);
  check(pub.versions.includes(VERSION), `the registry holds ${pub.versions.join(', ') || 'nothing'}, not ${VERSION}`);
  ctx.notes.push(`registry up in ${secs(reg.ms)}`);
  return { reg, env: newUserNpmEnv(reg, ctx.home) };
}

const ok = (res, what) => check(res.code === 0, `${what} exited ${res.code}${res.timedOut ? ' (timeout)' : ''}: ${tail(res.stderr || res.stdout)}`);

export const registryScenarios = [
  {
    name: 'registry-cli',
    desc: 'from a local registry as a new user: `npx aisa-setup --version`, `npx aisa-setup onboard --non-interactive` (fake gateway), `npm i -g aisa-setup` + `aisa-setup doctor` + `aisa-setup plugin install --yes`',
    async run(ctx) {
      const { env } = await published(ctx);
      const version = await ctx.exec('npx', ['--yes', 'aisa-setup', '--version'], { env });
      ok(version, 'npx aisa-setup --version');
      check(version.stdout.trim() === VERSION, `npx aisa-setup --version printed ${JSON.stringify(version.stdout.trim())}, expected ${VERSION}`);
      ctx.notes.push(`npx --version (cold) ${secs(version.ms)}`);
      const gw = await startFakeGateway({ key: KEY });
      try {
        const onboard = await ctx.exec('npx', ['--yes', 'aisa-setup', 'onboard', '--non-interactive', '--aisa-api-key-stdin', '--base-url', gw.baseUrl, '--config', ctx.config, '--yes'], { env, input: `${KEY}\n` });
        ok(onboard, 'npx aisa-setup onboard');
        check(!`${onboard.stdout}${onboard.stderr}`.includes(KEY), 'npx aisa-setup onboard printed the key unmasked');
        check(gw.requests.some((r) => r.path === '/v1/models'), 'onboard never checked the key against the fake gateway');
        const config = await validClean(ctx);
        check(config.models?.providers?.aisa?.baseUrl === gw.baseUrl, 'the provider block does not point at the fake gateway');

        const prefix = join(ctx.dir, 'global');
        ok(await ctx.exec('npm', ['install', '--global', '--prefix', prefix, 'aisa-setup', '--loglevel=error'], { env }), 'npm i -g aisa-setup');
        const bin = join(prefix, 'bin', 'aisa-setup');
        const doctor = await ctx.exec(bin, ['doctor', '--json'], { env });
        const report = parseJsonOut(doctor.stdout, 'aisa-setup doctor --json');
        const failed = (report.checks ?? []).filter((c) => c.status === 'fail');
        check(doctor.code === 0 && !failed.length, `aisa-setup doctor (npm i -g) exited ${doctor.code}: ${failed.map((c) => `${c.id}: ${c.message}`).join('; ') || tail(doctor.stderr)}`);

        // The README's plugin path from that global install: OpenClaw on PATH as npm links it, under
        // its Node 24; `aisa-setup plugin install` reads its version, packs the installed copy, installs.
        const ocBin = join(ctx.dir, 'openclaw-bin');
        await mkdir(ocBin);
        await symlink(ctx.oc.openclawEntry, join(ocBin, 'openclaw'));
        const withOpenclaw = { ...env, PATH: [ocBin, dirname(ctx.oc.node), process.env.PATH].join(delimiter) };
        const plugin = await ctx.exec(bin, ['plugin', 'install', '--yes', '--json'], { env: withOpenclaw });
        ok(plugin, 'aisa-setup plugin install --yes (npm i -g copy)');
        const installed = parseJsonOut(plugin.stdout, 'aisa-setup plugin install --json');
        check(installed.installed && installed.enabled && installed.version === VERSION, `plugin install reported ${JSON.stringify(installed).slice(0, 300)}`);
        await validClean(ctx);
        ctx.summary = `npx --version ${secs(version.ms)} cold; onboard valid; npm i -g + doctor: ${report.checks.length} checks, none failed; its plugin install ${secs(plugin.ms)}, valid`;
      } finally {
        await gw.close();
      }
    },
  },
  {
    name: 'registry-plugin',
    desc: '`openclaw plugins install aisa-setup --force --accept-capabilities` from the local registry, the seeds\' `openclaw onboard --auth-choice aisa-api-key`, models/skills list, `openclaw plugins uninstall aisa --force` + `aisa-setup plugin uninstall --yes`',
    async run(ctx) {
      const { env } = await published(ctx);
      const gw = await startFakeGateway({ key: KEY });
      try {
        const ocEnv = { ...env, AISA_BASE_URL: gw.baseUrl };
        const install = await ctx.openclaw(['plugins', 'install', 'aisa-setup', '--force', '--accept-capabilities'], { env: ocEnv });
        ok(install, 'openclaw plugins install aisa-setup');
        ctx.notes.push(`plugins install ${secs(install.ms)}`);
        const installOut = `${install.stdout}${install.stderr}`;
        const idWarning = /differs from npm package name/.test(installOut);
        // OpenClaw 3.28 and 5.5 flag the CLI's code in this package; the pinned release must not (README: "One package, not two").
        const finding = /credential harvesting|shell command execution|dangerous code|suspicious/i.exec(installOut);
        check(!finding, `OpenClaw's install scan flagged the package: ${finding?.[0]}: ${tail(installOut, 500)}`);
        ok(await ocOnboard(ctx, ['--aisa-api-key', KEY], ocEnv), 'openclaw onboard --auth-choice aisa-api-key');
        const onboarded = await validClean(ctx, ocEnv);
        check(onboarded.agents?.defaults?.model?.primary === 'aisa/qwen3-max', `default model is ${JSON.stringify(onboarded.agents?.defaults?.model)}`);

        ok(await ctx.openclaw(['models', 'list', '--provider', 'aisa'], { env: ocEnv }), 'openclaw models list --provider aisa');
        const refreshed = await ctx.openclaw(['models', 'list', '--refresh', '--provider', 'aisa', '--json'], { env: ocEnv });
        ok(refreshed, 'openclaw models list --refresh --provider aisa');
        const keys = (parseJsonOut(refreshed.stdout, 'openclaw models list --refresh').models ?? []).map((m) => m.key);
        check(keys.includes('aisa/qwen3-max'), `models list --refresh lists no aisa/qwen3-max: ${keys.join(', ')}`);
        const skills = await ctx.openclaw(['skills', 'list', '--json'], { env: ocEnv });
        ok(skills, 'openclaw skills list');
        check((parseJsonOut(skills.stdout, 'openclaw skills list').skills ?? []).some((s) => s.name === 'aisa'), 'skills list has no aisa skill');

        ok(await ctx.openclaw(['plugins', 'uninstall', 'aisa', '--force'], { env: ocEnv }), 'openclaw plugins uninstall aisa --force');
        const left = await validClean(ctx, ocEnv);
        check(left.agents?.defaults?.model?.primary === 'aisa/qwen3-max', 'OpenClaw no longer keeps the default after uninstall: the clean-up below proves nothing');
        const clean = await ctx.exec('npx', ['--yes', 'aisa-setup', 'plugin', 'uninstall', '--yes', '--json'], { env: ocEnv });
        ok(clean, 'aisa-setup plugin uninstall --yes');
        const doc = parseJsonOut(clean.stdout, 'aisa-setup plugin uninstall --json');
        check(doc.cleaned === true && doc.leftovers?.turnsWork === false && doc.defaultModel === null, `the clean-up did not run as expected: ${JSON.stringify(doc).slice(0, 400)}`);
        const after = await validClean(ctx, ocEnv);
        check(after.agents?.defaults?.model === undefined, `a default model is left: ${JSON.stringify(after.agents?.defaults?.model)}`);
        check(!after.plugins?.entries?.aisa && !after.auth?.profiles?.['aisa:default'], 'the plugin entry or the aisa auth profile is still there');
        ctx.summary = `installed from the registry in ${secs(install.ms)}${idWarning ? ' (manifest-id warning printed)' : ''}; onboarded; ${keys.length} models on --refresh; skill listed; uninstall + clean-up: valid, no default`;
      } finally {
        await gw.close();
      }
    },
  },
];
