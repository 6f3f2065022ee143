/**
 * The package as npm publishes it, for `openclaw plugins install`: `npm pack` of the directory the
 * running aisa-setup comes from, into a temporary directory. Never the directory itself: from a git
 * checkout that is the whole working tree (.git, tests, dev dependencies: 100+ MB), and OpenClaw
 * copies whatever it is given. `--ignore-scripts`: an installed copy has no build script to run,
 * and in a checkout the dist/ being run is the one packed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTool } from './run-tool.js';

export interface Packed {
  /** The .tgz file (`npm-pack:<file>` to OpenClaw). */
  tgz: string;
  /** Unpacked size, bytes, as npm reports it. */
  unpackedSize?: number;
  /** Removes the temporary directory. */
  dispose(): void;
}

/** Packs `dir` with the `npm` at `npmBin`; undefined (and nothing left behind) when npm fails. */
export async function packPackage(npmBin: string, dir: string, env: NodeJS.ProcessEnv, echo: (chunk: Buffer) => void): Promise<Packed | undefined> {
  const out = mkdtempSync(join(env.TMPDIR || tmpdir(), 'aisa-setup-pack-'));
  const dispose = () => rmSync(out, { recursive: true, force: true });
  const res = await runTool(npmBin, ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { env, cwd: dir, timeoutMs: 120_000 });
  try {
    const [info] = JSON.parse(res.stdout.slice(res.stdout.indexOf('['))) as [{ filename: string; unpackedSize?: number }];
    if (res.code === 0 && info?.filename) return { tgz: join(out, info.filename), ...(info.unpackedSize ? { unpackedSize: info.unpackedSize } : {}), dispose };
  } catch {
    /* not npm's JSON: reported below */
  }
  echo(Buffer.from(res.stderr || res.stdout));
  dispose();
  return undefined;
}
