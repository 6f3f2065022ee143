// `npm run catalog`: rebuilds src/catalog/generated.ts from data/catalog/ (AIsa's published catalog
// and the hand-kept AIsa facts) and the pinned registry's upstream limits (@mariozechner/pi-ai,
// a devDependency: read here, never bundled). `--check` exits 1 when the shipped file differs.
// To refresh: replace data/catalog/aisa-models.json with AIsa's newer catalog, update the dates in
// aisa-facts.json, bump the registry pin if wanted, run this, review the diff of generated.ts.
import { readFile, writeFile } from 'node:fs/promises';
import { importTs } from './import-ts.mjs';

const root = new URL('..', import.meta.url);
const mod = await importTs(new URL('scripts/catalog/inputs.ts', root).pathname);
const { text, rows } = await mod.catalogFromCheckout(new URL('.', root).pathname);
const file = new URL('src/catalog/generated.ts', root);
const current = await readFile(file, 'utf8').catch(() => '');
if (process.argv.includes('--check')) {
  if (current !== text) {
    process.stderr.write('src/catalog/generated.ts is out of date: run npm run catalog\n');
    process.exitCode = 1;
  }
} else {
  if (current !== text) await writeFile(file, text);
  const count = (m) => rows.filter((r) => r.metadata === m).length;
  process.stdout.write(`${rows.length} models: ${count('registry')} from the registry, ${count('inferred')} inferred, ${count('unknown')} unknown, ${count('none')} not chat\n`);
}
