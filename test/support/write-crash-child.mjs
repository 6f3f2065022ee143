// Child of write.crash.test.ts: takes the config lock, then rewrites the config forever, alternating
// between two big versions, until the parent SIGKILLs it. Prints "ready" after its first write.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, file, aPath, bPath] = process.argv.slice(2);
const { withConfigLock, commitWrites, readTextFile } = await import(pathToFileURL(bundle).href);
const A = readFileSync(aPath, 'utf8');
const B = readFileSync(bPath, 'utf8');

await withConfigLock(file, async () => {
  let announced = false;
  for (;;) {
    const current = await readTextFile(file);
    await commitWrites([{ path: file, before: current, after: current === A ? B : A }]);
    if (!announced) {
      process.stdout.write('ready\n');
      announced = true;
    }
  }
});
