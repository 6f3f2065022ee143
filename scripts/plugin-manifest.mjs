// Writes openclaw.plugin.json from plugin/manifest.ts (run after changing the curated catalog);
// `--check` exits 1 when the file differs, without writing.
import { importTs } from './import-ts.mjs';
import { writeOrCheck } from './generated-file.mjs';

const root = new URL('..', import.meta.url);
const mod = await importTs(new URL('plugin/manifest.ts', root).pathname, { __AISA_SETUP_VERSION__: '"manifest"' });
await writeOrCheck(root, 'openclaw.plugin.json', JSON.stringify(mod.buildManifest(), null, 2) + '\n', 'node scripts/plugin-manifest.mjs');
