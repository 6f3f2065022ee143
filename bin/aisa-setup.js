#!/usr/bin/env node
// Entry point: check the Node version before anything heavy loads, then hand over to the bundle.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 18)) {
  process.stderr.write(
    `aisa-setup needs Node.js 20.18 or newer; this is v${process.versions.node}.\n` +
      'Install a current Node.js from https://nodejs.org (or with nvm: nvm install 22) and run it again.\n',
  );
  process.exit(1);
}
// Built-ins come from process.getBuiltinModule (Node >= 20.16): `import('node:fs')` would build an
// ES facade of the module that reads every export, which on Node 24 loads fs/promises, streams and
// readline (~7 ms) for nothing.
const builtin = (name) => process.getBuiltinModule(name);
try {
  // Node >= 22.1 can cache compiled code between runs, under the OS temporary directory unless
  // NODE_COMPILE_CACHE says otherwise; older versions simply skip it.
  builtin('node:module').enableCompileCache?.();
} catch {}
// A reader that stops early (`aisa-setup models | head -1`) closes the pipe. What is left to say
// has nowhere to go, but the command's own work (a config being written) must still finish and
// exit with its own code, not die mid-way on an unhandled EPIPE with a stack trace. The guard is
// put on each stream when something first makes it: most runs never do (src/ui/stdio.ts writes
// to pipes and files directly), and making one costs ~5 ms on Node 24.
for (const name of ['stdout', 'stderr']) {
  const made = Object.getOwnPropertyDescriptor(process, name);
  if (!made?.get || !made.configurable) continue;
  let guarded;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: made.enumerable,
    get() {
      const stream = made.get.call(process);
      if (guarded !== stream) {
        guarded = stream;
        stream.on('error', (err) => {
          if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
        });
      }
      return stream;
    },
  });
}
const args = process.argv.slice(2);
// `--version` is asked by scripts and bug reports alike: answer it without loading the CLI.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const fs = builtin('node:fs');
  try {
    fs.writeSync(1, `${JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  } catch (err) {
    if (err.code !== 'EPIPE') throw err;
  }
  process.exit(0);
}
const { main } = await import('../dist/cli.js');
const code = await main(args);
process.exitCode = code;
// A socket or timer left open by a library must not keep a finished command alive.
setTimeout(() => process.exit(code), 200).unref();
