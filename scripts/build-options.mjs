// The bundle's esbuild options, shared by the build script and the test that checks what each
// command loads at start-up.
import { readFileSync } from 'node:fs';
import { builtinsByRequire } from './builtins-by-require.mjs';
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
  // Some bundled CommonJS dependencies call require() on Node built-ins. Taken from
  // process.getBuiltinModule (Node >= 20.16), not `import ... from 'node:module'`: an ES import of a
  // built-in builds a facade reading all its exports (see scripts/builtins-by-require.mjs).
  banner: { js: "const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);" },
  plugins: [lazyChildProcess, undiciHttp1Only, builtinsByRequire],
  logLevel: 'warning',
};

// The OpenClaw plugin (plugin/, see openclaw.plugin.json), loaded by OpenClaw's loader, which
// provides the SDK subpaths itself. A build of its own, so nothing of it reaches the CLI's start-up
// path. The proxy code (undici, 300 kB) is not bundled twice: the plugin imports the CLI's own
// proxy chunk (`proxyChunk`, its path in dist/ from the CLI build's metafile), lazily as the CLI does.
export function pluginBuildOptions(proxyChunk) {
  const shareProxy = {
    name: 'share-cli-proxy-chunk',
    setup(b) {
      b.onResolve({ filter: /\/load\/proxy\.js$/ }, () => ({ path: `../${proxyChunk.replace(/^dist\//, '')}`, external: true }));
    },
  };
  return {
    ...buildOptions,
    entryPoints: { index: 'plugin/index.ts' },
    outdir: 'dist/plugin',
    splitting: false,
    chunkNames: undefined,
    external: ['openclaw/plugin-sdk/*'],
    plugins: [...buildOptions.plugins, shareProxy],
  };
}

// The plugin's discovery entry (openclaw.plugin.json `providerCatalogEntry`): a re-export of the
// built index.js, which stays external so the entry is a few bytes.
export const discoveryBuildOptions = {
  entryPoints: { discovery: 'plugin/discovery.ts' },
  outdir: 'dist/plugin',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.18',
  external: ['./index.js'],
  logLevel: 'warning',
};
