// The licence notices of every third-party package the bundle holds (MIT, ISC and BSD all ask that
// their copyright and licence text travel with every copy). Which packages: exactly the ones esbuild
// put into dist/, read from the builds' metafiles, so a new dependency is listed the day it is bundled.
// A bundled package without a licence file stops the build: its notice must be settled by a person.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const NOTICES_FILE = 'dist/THIRD_PARTY_NOTICES.md';
const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\b|[-._])/i;

/** The package directories (relative to `root`) whose files appear among the metafiles' inputs. */
export function bundledPackageDirs(metafiles) {
  const dirs = new Set();
  for (const meta of metafiles) {
    for (const input of Object.keys(meta.inputs)) {
      // The innermost node_modules/<name> (or <@scope/name>): nested copies are their own packages.
      // Inputs in a plugin namespace ("builtin-by-require:node:…?…") are not files of a package.
      const m = input.match(/^([^:?]*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
      if (m) dirs.add(m[1]);
    }
  }
  return [...dirs];
}

/** { name, version, license, files: [{ name, text }] } per bundled package, sorted by name and version. */
export function bundledPackages(metafiles, root = process.cwd()) {
  return bundledPackageDirs(metafiles)
    .map((dir) => {
      const abs = resolve(root, dir);
      const pkg = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8'));
      const files = readdirSync(abs)
        .filter((f) => LICENSE_FILE.test(f))
        .sort()
        .map((f) => ({ name: f, text: readFileSync(join(abs, f), 'utf8').trim() }))
        .filter((f) => f.text);
      if (!files.length) throw new Error(`${pkg.name}@${pkg.version} (${dir}) is bundled but ships no licence file: write its notice before it can ship`);
      const license = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type ?? 'see the text below';
      return { name: pkg.name, version: pkg.version, license, files };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version, undefined, { numeric: true }));
}

/** The markdown file: one section per package, its licence file(s) verbatim. */
export function noticesText(packages, product) {
  const head = [
    '# Third-party notices',
    '',
    `${product} bundles the following packages into dist/. Their licences and copyright notices follow, verbatim.`,
    '',
    ...packages.map((p) => `- ${p.name}@${p.version} (${p.license})`),
    '',
  ];
  const body = packages.flatMap((p) => [`## ${p.name}@${p.version}`, '', `Licence: ${p.license}`, '', ...p.files.flatMap((f) => ['```', f.text, '```', ''])]);
  return [...head, ...body].join('\n');
}
