// The tarball carries the licence notice of every third-party package the bundle holds. Which
// packages are bundled is read here from esbuild's own record of a fresh build (not from the
// generator's list), so a dependency added tomorrow fails this test until its notice ships.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain .mjs modules shared with the build script
import { buildOptions, pluginBuildOptions } from '../../scripts/build-options.mjs';
// @ts-expect-error: plain .mjs modules shared with the build script
import { bundledPackages, NOTICES_FILE } from '../../scripts/notices.mjs';
import { fileTempDir, tempDir } from '../support/home.js';

const root = resolve(import.meta.dirname, '../..');
const outdir = fileTempDir('aisa-notices-');
let metas: Metafile[] = [];

beforeAll(async () => {
  const quiet = { absWorkingDir: root, metafile: true, logLevel: 'silent' as const };
  const cli = (await build({ ...buildOptions, ...quiet, outdir: outdir.path })).metafile!;
  const proxy = Object.entries(cli.outputs).find(([, o]) => o.entryPoint === 'src/load/proxy.ts')![0];
  const plugin = (await build({ ...pluginBuildOptions(proxy), ...quiet, outdir: join(outdir.path, 'plugin') })).metafile!;
  metas = [cli, plugin];
}, 60_000);

/** name@version of each package directory whose files esbuild bundled. */
function bundled(): string[] {
  const found = new Set<string>();
  for (const meta of metas) {
    for (const input of Object.keys(meta.inputs)) {
      if (input.includes(':')) continue; // a plugin's virtual module, no file
      const parts = input.split('/');
      const at = parts.lastIndexOf('node_modules');
      if (at < 0) continue;
      const dir = parts.slice(0, at + (parts[at + 1]!.startsWith('@') ? 3 : 2)).join('/');
      const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      found.add(`${pkg.name}@${pkg.version}|${dir}`);
    }
  }
  return [...found];
}

describe('third-party notices', () => {
  it('every bundled package has its section, with its licence file verbatim', () => {
    const notices = readFileSync(join(root, NOTICES_FILE), 'utf8');
    const list = bundled();
    expect(list.length).toBeGreaterThan(30);
    for (const entry of list) {
      const [id, dir] = entry.split('|') as [string, string];
      const section = notices.split(`\n## ${id}\n`)[1]?.split('\n## ')[0];
      expect(section, `no notice for ${id}`).toBeDefined();
      const licence = readdirSync(join(root, dir)).find((f) => /^licen[cs]e/i.test(f));
      expect(licence, `${id} has no licence file`).toBeDefined();
      expect(section).toContain(readFileSync(join(root, dir, licence!), 'utf8').trim());
    }
  });

  it('the file is in what npm publishes', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    const files = (JSON.parse(out.slice(out.indexOf('['))) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
    expect(files).toContain(NOTICES_FILE);
    expect(files).toContain('LICENSE');
  });

  it('a bundled package without a licence file stops the build', () => {
    const dir = tempDir('aisa-notices-fake-');
    mkdirSync(join(dir, 'node_modules', 'no-licence'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'no-licence', 'package.json'), '{"name":"no-licence","version":"1.0.0","license":"MIT"}');
    const meta = { inputs: { 'node_modules/no-licence/index.js': {} }, outputs: {} };
    expect(() => bundledPackages([meta], dir)).toThrow(/no-licence@1.0.0 .* ships no licence file/);
  });
});
