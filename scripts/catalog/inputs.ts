/**
 * Reads generate.ts's inputs from a checkout: data/catalog/*.json and the pinned registry's
 * models.generated.js (imported by path: the package's exports do not name it).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCatalog, type AisaRow, type Registry } from './generate.js';
import type { AisaFacts } from './facts.js';

export async function catalogInputs(root: string) {
  const facts = JSON.parse(await readFile(join(root, 'data/catalog/aisa-facts.json'), 'utf8')) as AisaFacts;
  const aisa = JSON.parse(await readFile(join(root, 'data/catalog', facts.catalog.file), 'utf8')) as AisaRow[];
  const pkgDir = join(root, 'node_modules', ...facts.registry.package.split('/'));
  const pkg = JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const mod = (await import(pathToFileURL(join(pkgDir, 'dist/models.generated.js')).href)) as { MODELS: Registry };
  return { aisa, facts, registry: mod.MODELS, registryName: `${facts.registry.package}@${pkg.version}` };
}

export async function catalogFromCheckout(root: string) {
  return generateCatalog(await catalogInputs(root));
}
