// Temp directories for tests, one place: a fresh HOME (so nothing a test runs can reach the real
// one) or a scratch folder, always removed again. Made inside a test (or a beforeEach), a folder is
// removed when that test finishes; `fileTempDir` gives one folder to all the tests of a file.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, onTestFinished } from 'vitest';

const remove = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** A fresh folder under the OS temp dir, removed when the running test finishes. */
export function tempDir(prefix = 'aisa-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => remove(dir));
  } catch {
    remove(dir);
    throw new Error('tempDir()/tempHome() clean up when their test ends: call them inside a test or a beforeEach, or use fileTempDir() for a whole file');
  }
  return dir;
}

export interface HomeOptions {
  /** Create `~/.openclaw` (0700, as OpenClaw does). */
  openclaw?: boolean;
  /** Create `~/.picoclaw` (0700). */
  picoclaw?: boolean;
}

/** A fresh HOME for one test, with OpenClaw's and PicoClaw's folders when asked for. */
export function tempHome(opts: HomeOptions = {}): string {
  const home = tempDir('aisa-home-');
  if (opts.openclaw) mkdirSync(join(home, '.openclaw'), { mode: 0o700 });
  if (opts.picoclaw) mkdirSync(join(home, '.picoclaw'), { mode: 0o700 });
  return home;
}

/** One folder for every test of a file (or describe): made before them, removed after them. */
export function fileTempDir(prefix = 'aisa-'): { readonly path: string } {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  // Registered first, so with vitest's stacked hooks it runs after the file's own afterAll
  // (which may still stop something that lives in the folder).
  afterAll(() => {
    if (dir) remove(dir);
  });
  return {
    get path() {
      if (!dir) throw new Error('fileTempDir() makes its folder in beforeAll: use it inside a hook or a test');
      return dir;
    },
  };
}
