// An esbuild plugin: the bundle takes Node's built-in modules from require(), one export at a time.
// An ES import of a built-in makes Node build a facade that reads every export of the module, and
// esbuild's own CommonJS interop copies every property too; on Node 24 reading all of `node:util`
// runs its lazy getters, which load ~34 internal modules (streams, parseArgs, diff...) that no
// command uses, ~8 ms on every command. Here each built-in is a small module of its own:
// `export const x = get("x")` per export, marked pure, so the bundler keeps only the exports that
// are imported and each is read once, where the ES import would have bound it. Only static imports
// are rewritten; require() calls and import() stay as they are.
import { builtinModules, createRequire } from 'node:module';
import { relative } from 'node:path';

const require = createRequire(import.meta.url);
const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));
const NAMESPACE = 'builtin-by-require';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z][a-z0-9_/]*$/ }, (args) => {
      const bare = args.path.replace(/^node:/, '');
      if (args.kind !== 'import-statement' || !BUILTINS.has(bare)) return undefined;
      // One stand-in per importing file, not one per built-in: a stand-in shared by two units would
      // be a chunk of its own (a file more to load for ~200 bytes), and a copy costs nothing.
      return { path: `node:${bare}`, namespace: NAMESPACE, suffix: `?${relative(process.cwd(), args.importer)}` };
    });
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => {
      // The names of this Node's module (the one building): an import of a name it lacks fails the build.
      const names = Object.keys(require(args.path)).filter((k) => k !== 'default' && IDENTIFIER.test(k));
      const lines = [`const m = require(${JSON.stringify(args.path)});`, 'const get = (k) => m[k];', 'export default m;'];
      for (const k of names) lines.push(`export const ${k} = /* @__PURE__ */ get(${JSON.stringify(k)});`);
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};
