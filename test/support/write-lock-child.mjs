// Child of write.concurrency.test.ts: lock → read → add its own key → commitWrites, like a CLI run.
// Exits 0 on success, or with the CliError's exit code after printing its kind, message and fix.
import { pathToFileURL } from 'node:url';

const [bundle, file, key, waitMs, holdMs] = process.argv.slice(2);
const { withConfigLock, commitWrites, readTextFile } = await import(pathToFileURL(bundle).href);

// Start line: say we are loaded, then wait for the parent's "go" so all children race at once.
process.stdout.write('ready\n');
await new Promise((r) => process.stdin.once('data', r));
process.stdin.pause();

try {
  await withConfigLock(
    file,
    async () => {
      const before = await readTextFile(file);
      const config = before === null ? {} : JSON.parse(before);
      config[key] = process.pid;
      // Hold the lock a little, as a real run does while it plans its edit.
      await new Promise((r) => setTimeout(r, Number(holdMs)));
      await commitWrites([{ path: file, before, after: `${JSON.stringify(config, null, 2)}\n` }]);
    },
    { waitMs: Number(waitMs) },
  );
} catch (e) {
  process.stderr.write(`${e.kind ?? 'error'}: ${e.message}\n${e.fix ?? ''}\n`);
  process.exit(typeof e.exitCode === 'number' ? e.exitCode : 1);
}
