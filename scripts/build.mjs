// Bundles src/ into dist/ so the published package has no runtime dependencies and starts fast.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { buildOptions, discoveryBuildOptions, pluginBuildOptions } from './build-options.mjs';

// Overwrite in place (tests may be running the CLI meanwhile); `--clean` starts from nothing, for packing.
if (process.argv.includes('--clean')) await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
const result = await build({ ...buildOptions, metafile: true });
const proxyChunk = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'src/load/proxy.ts')?.[0];
if (!proxyChunk) throw new Error('the CLI build has no proxy chunk for the plugin to share');
await build(pluginBuildOptions(proxyChunk));
await build(discoveryBuildOptions);
if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile));
}
