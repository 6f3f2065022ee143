#!/usr/bin/env node
// Entry point: check the Node version before anything heavy loads, then hand over to the bundle.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 18)) {
  process.stderr.write(
    `aisa-setup needs Node.js 20.18 or newer; this is ${process.version}.\n` +
      'Install a current Node.js from https://nodejs.org (or with nvm: nvm install 22) and run it again.\n',
  );
  process.exit(1);
}
try {
  // Node >= 22.1 can cache compiled code between runs; older versions simply skip it.
  const { enableCompileCache } = await import('node:module');
  enableCompileCache?.();
} catch {}
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
