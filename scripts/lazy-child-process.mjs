// An esbuild plugin: commander requires node:child_process at load, only to run external
// subcommands, which aisa-setup has none of. Loading it costs ~7 ms on every start, --help
// included; this defers the require to the first use, leaving commander's behaviour unchanged.
import { readFile } from 'node:fs/promises';

const EAGER = "const childProcess = require('node:child_process');";
const LAZY = "let _cp; const childProcess = { spawn: (...a) => (_cp ??= require('node:child_process')).spawn(...a) };";

export const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(EAGER)) throw new Error(`commander changed: ${args.path} no longer has "${EAGER}"; update scripts/lazy-child-process.mjs`);
      return { contents: source.replace(EAGER, LAZY), loader: 'js' };
    });
  },
};
