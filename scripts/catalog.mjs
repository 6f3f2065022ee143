// `npm run catalog`: rebuilds src/catalog/generated.ts from data/catalog/ (AIsa's published catalog
// and the hand-kept AIsa facts) and the pinned registry's upstream limits (@mariozechner/pi-ai,
// a devDependency: read here, never bundled). `--check` exits 1 when the shipped file differs.
// To refresh: replace data/catalog/aisa-models.json with AIsa's newer catalog, update the dates in
// aisa-facts.json, bump the registry pin if wanted, run this, review the diff of generated.ts.
import { importTs } from './import-ts.mjs';
import { writeOrCheck } from './generated-file.mjs';

const root = new URL('..', import.meta.url);
const mod = await importTs(new URL('scripts/catalog/inputs.ts', root).pathname);
const { text, rows } = await mod.catalogFromCheckout(new URL('.', root).pathname);
await writeOrCheck(root, 'src/catalog/generated.ts', text, 'npm run catalog');
if (!process.argv.includes('--check')) {
  const count = (m) => rows.filter((r) => r.metadata === m).length;
  process.stdout.write(`${rows.length} models: ${count('registry')} from the registry, ${count('inferred')} inferred, ${count('unknown')} unknown, ${count('none')} not chat\n`);
}
