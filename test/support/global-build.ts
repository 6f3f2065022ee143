import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

// Tests that run the CLI as a child process need today's bundle: build it once, before any test,
// so no test rebuilds dist/ under another one.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: resolve(import.meta.dirname, '../..'), stdio: 'inherit', timeout: 120_000 });
}
