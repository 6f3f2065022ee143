// The write-or-check step both generators share (`npm run catalog`, scripts/plugin-manifest.mjs):
// write `text` when it differs, or with `--check` leave the file alone and exit 1 when it differs.
import { readFile, writeFile } from 'node:fs/promises';

/** `path` relative to the checkout `root` (a URL); `regenerate` the command that makes it, named when it is out of date. */
export async function writeOrCheck(root, path, text, regenerate) {
  const file = new URL(path, root);
  const current = await readFile(file, 'utf8').catch(() => '');
  if (process.argv.includes('--check')) {
    if (current !== text) {
      process.stderr.write(`${path} is out of date: run ${regenerate}\n`);
      process.exitCode = 1;
    }
  } else if (current !== text) await writeFile(file, text);
}
