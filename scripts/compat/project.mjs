// What the checkout itself provides to the compat gate: an up-to-date dist/ and the curated model ids.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from './install.mjs';
import { CORE, ROOT, require, secs, tail } from './common.mjs';

/**
 * Every chat model of AIsa's newest catalog, read from src/catalog.ts through esbuild (a devDependency)
 * so the list never drifts: all of the generated metadata goes past OpenClaw's validator.
 */
export async function curatedIds() {
  try {
    const { build } = await import(pathToFileURL(require.resolve('esbuild')).href);
    const out = await build({
      entryPoints: [join(ROOT, 'src', 'catalog.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
      define: { __AISA_SETUP_VERSION__: '"compat"' },
    });
    const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
    const ids = (mod.CATALOG ?? []).filter((m) => m.listed && (m.kind === 'chat' || m.kind === 'vision-chat')).map((m) => m.id);
    if (ids.length) return ids;
  } catch (err) {
    process.stderr.write(`[compat] could not load src/catalog.ts (${err.message}); using the core ids\n`);
  }
  return CORE;
}

/** Builds dist/ when it is missing or older than a file in src/ or plugin/. */
export async function ensureBuilt() {
  const dist = join(ROOT, 'dist', 'cli.js');
  const newest = (dir) => {
    let t = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }
    return t;
  };
  const plugin = join(ROOT, 'dist', 'plugin', 'index.js');
  const built = Math.min(...[dist, plugin].map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  if (built >= Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'plugin')))) return 'up to date';
  const res = await run(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT });
  if (res.code !== 0) throw new Error(`npm run build failed (exit ${res.code}):\n${tail(res.stderr + res.stdout, 3000)}`);
  return `built in ${secs(res.ms)}`;
}
