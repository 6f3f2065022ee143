// Imports a TypeScript module of this checkout from a plain Node script: bundled by esbuild (a
// devDependency) into a real temporary file, not a data: URL, since bundled modules call
// createRequire(import.meta.url) and may resolve packages of this checkout.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importTs(entry, define = {}) {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent', define });
  const tmp = await mkdtemp(join(tmpdir(), 'aisa-ts-'));
  const bundle = join(tmp, 'module.mjs');
  await writeFile(bundle, out.outputFiles[0].text);
  return import(pathToFileURL(bundle).href).finally(() => rm(tmp, { recursive: true, force: true }));
}
