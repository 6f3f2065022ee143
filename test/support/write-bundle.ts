// Builds src/config/write.ts into one ESM file that child processes can import, so the crash and
// concurrency tests exercise the real code in real, separately killable processes.
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function buildWriteBundle(outDir: string): Promise<string> {
  const outfile = join(outDir, 'write.bundle.mjs');
  await build({
    // write.ts, with its messages loaded as main() loads them in a CLI run (t() needs a language).
    stdin: {
      contents: "export * from './src/config/write.ts';\nimport { loadLang } from './src/i18n/index.ts';\nawait loadLang('en');\n",
      resolveDir: root,
      sourcefile: 'write-bundle-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.18',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

export const supportDir = fileURLToPath(new URL('.', import.meta.url));
