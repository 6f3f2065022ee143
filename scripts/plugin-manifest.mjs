// Writes openclaw.plugin.json from plugin/manifest.ts (run after changing the curated catalog);
// `--check` exits 1 when the file differs, without writing.
import { readFile, writeFile } from 'node:fs/promises';
import { importTs } from './import-ts.mjs';

const root = new URL('..', import.meta.url);
const mod = await importTs(new URL('plugin/manifest.ts', root).pathname, { __AISA_SETUP_VERSION__: '"manifest"' });
const text = JSON.stringify(mod.buildManifest(), null, 2) + '\n';
const file = new URL('openclaw.plugin.json', root);
const current = await readFile(file, 'utf8').catch(() => '');
if (process.argv.includes('--check')) {
  if (current !== text) {
    process.stderr.write('openclaw.plugin.json is out of date: run node scripts/plugin-manifest.mjs\n');
    process.exitCode = 1;
  }
} else if (current !== text) await writeFile(file, text);
