import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module shared with the build script
import { buildOptions } from '../scripts/build-options.mjs';

// What each start-up path loads, read from the bundler's own record of the real build: the
// statically imported chunks of an entry are what Node loads before the first line runs.
let meta: Metafile;
const root = resolve(import.meta.dirname, '..');

beforeAll(async () => {
  const outdir = mkdtempSync(join(tmpdir(), 'aisa-startup-'));
  meta = (await build({ ...buildOptions, absWorkingDir: root, outdir, metafile: true, logLevel: 'silent' })).metafile!;
});

function outputFor(entry: string): string {
  const found = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === entry);
  if (!found) throw new Error(`no output for ${entry}`);
  return found[0];
}

/** Every source file loaded when `output` is imported, following static imports only. */
function loadedBy(output: string): string[] {
  const seen = new Set<string>();
  const inputs = new Set<string>();
  const visit = (o: string) => {
    if (seen.has(o)) return;
    seen.add(o);
    for (const i of Object.keys(meta.outputs[o]!.inputs)) inputs.add(i);
    for (const imp of meta.outputs[o]!.imports) if (imp.kind === 'import-statement' && meta.outputs[imp.path]) visit(imp.path);
  };
  visit(output);
  return [...inputs];
}

const pkgs = (files: string[]) => new Set(files.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/').slice(1, f.split('/')[1]!.startsWith('@') ? 3 : 2).join('/')));

describe('start-up loads only what the command needs', () => {
  it('--version and --help load commander and the messages, nothing else', () => {
    const loaded = loadedBy(outputFor('src/cli.ts'));
    expect([...pkgs(loaded)]).toEqual(['commander']);
    for (const f of loaded) expect(f).not.toMatch(/^src\/(gateway|commands|doctor)\/|^src\/openclaw\/(document|tree|write|lock)/);
  });

  it('the scripted onboard path loads no prompt or spinner code', () => {
    const loaded = pkgs([...loadedBy(outputFor('src/cli.ts')), ...loadedBy(outputFor('src/commands/onboard.ts'))]);
    for (const p of loaded) expect(p).not.toMatch(/^(@inquirer\/|ora$|cli-spinners$|chalk$)/);
    expect(loaded.has('undici')).toBe(false);
  });

  it('the gateway client loads undici without fetch, WebSocket or caches', () => {
    const loaded = loadedBy(outputFor('src/gateway/client.ts'));
    expect(loaded.some((f) => f.startsWith('node_modules/undici/lib/dispatcher/'))).toBe(true);
    expect(loaded.filter((f) => /undici\/lib\/(web\/(fetch\/index|websocket\/|cache\/|eventsource\/)|cache\/|mock\/)/.test(f))).toEqual([]);
  });
});
