import { build } from 'esbuild';
const { buildOptions } = await import('./build-options.mjs');
await build({ ...buildOptions, entryPoints: { e: '/tmp/pf/cm/e.ts' }, outdir: '/tmp/pf/cm/out', splitting: false });
