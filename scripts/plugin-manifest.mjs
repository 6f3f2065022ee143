// Writes openclaw.plugin.json from plugin/manifest.ts (run after changing the curated catalog);
// `--check` exits 1 when the file differs, without writing.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);
const out = await build({
  entryPoints: [new URL('plugin/manifest.ts', root).pathname],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
  define: { __AISA_SETUP_VERSION__: '"manifest"' },
});
// A real file, not a data: URL: bundled modules call createRequire(import.meta.url).
const tmp = await mkdtemp(join(tmpdir(), 'aisa-manifest-'));
const bundle = join(tmp, 'manifest.mjs');
await writeFile(bundle, out.outputFiles[0].text);
const mod = await import(pathToFileURL(bundle).href).finally(() => rm(tmp, { recursive: true, force: true }));
const text = JSON.stringify(mod.buildManifest(), null, 2) + '\n';
const file = new URL('openclaw.plugin.json', root);
const current = await readFile(file, 'utf8').catch(() => '');
if (process.argv.includes('--check')) {
  if (current !== text) {
    process.stderr.write('openclaw.plugin.json is out of date: run node scripts/plugin-manifest.mjs\n');
    process.exitCode = 1;
  }
} else if (current !== text) await writeFile(file, text);
