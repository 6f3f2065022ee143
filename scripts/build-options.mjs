// The bundle's esbuild options, shared by the build script and the test that checks what each
// command loads at start-up.
import { readFileSync } from 'node:fs';
import { lazyChildProcess } from './lazy-child-process.mjs';
import { undiciHttp1Only } from './undici-http1-only.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export const buildOptions = {
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  // One chunk per lazily imported command, so `--version` and `--help` load only the entry chunk.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.18',
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __AISA_SETUP_VERSION__: JSON.stringify(pkg.version) },
  // Some bundled CommonJS dependencies call require() on Node built-ins.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  plugins: [lazyChildProcess, undiciHttp1Only],
  logLevel: 'warning',
};
