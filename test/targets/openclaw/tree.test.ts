import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliError } from '../../../src/errors.js';
import { ConfigTree } from '../../../src/targets/openclaw/tree.js';
import { tempDir } from '../../support/home.js';

function dir(files: Record<string, string>): string {
  const d = tempDir('aisa-tree-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

async function failure(d: string, path: string[]): Promise<CliError> {
  const tree = await ConfigTree.load(join(d, 'openclaw.json'));
  try {
    await tree.resolve(path);
  } catch (e) {
    return e as CliError;
  }
  throw new Error('expected a refusal');
}

describe('ConfigTree.resolve', () => {
  it('finds a key in an included file, whether the include sits at the root or on the object', async () => {
    const d = dir({ 'openclaw.json': '{ $include: ["./m.json5"], agents: {} }', 'm.json5': '{ models: { providers: {} } }' });
    const target = await (await ConfigTree.load(join(d, 'openclaw.json'))).resolve(['models', 'providers', 'aisa']);
    expect(target.file.path).toBe(join(d, 'm.json5'));
    expect(target.path).toEqual(['models', 'providers', 'aisa']);
    const d2 = dir({ 'openclaw.json': '{ models: { $include: "./p.json5" } }', 'p.json5': '{ providers: { x: {} } }' });
    const t2 = await (await ConfigTree.load(join(d2, 'openclaw.json'))).resolve(['models', 'providers', 'aisa']);
    expect([t2.file.path, t2.path]).toEqual([join(d2, 'p.json5'), ['providers', 'aisa']]);
  });

  it('follows an included file\'s own $include', async () => {
    const d = dir({ 'openclaw.json': '{ $include: "./b.json5" }', 'b.json5': '{ $include: "./c.json5" }', 'c.json5': '{ models: { providers: { aisa: {} } } }' });
    const target = await (await ConfigTree.load(join(d, 'openclaw.json'))).resolve(['models', 'providers', 'aisa', 'baseUrl']);
    expect([target.file.path, target.path]).toEqual([join(d, 'c.json5'), ['models', 'providers', 'aisa', 'baseUrl']]);
  });

  it('refuses a loop through a nested include', async () => {
    const d = dir({ 'openclaw.json': '{ $include: "./b.json5" }', 'b.json5': '{ $include: "./openclaw.json" }' });
    expect((await failure(d, ['models', 'providers'])).message).toContain('loop');
  });

  it('refuses an include that leaves the config directory', async () => {
    const e = await failure(dir({ 'openclaw.json': '{ models: { $include: "../elsewhere.json5" } }' }), ['models', 'providers']);
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain('outside the config directory');
  });

  it('says how to fix a missing include', async () => {
    const d = dir({ 'openclaw.json': '{ models: { $include: "./gone.json5" } }' });
    const e = await failure(d, ['models', 'providers']);
    expect(e.exitCode).toBe(3);
    expect(e.fix).toBe(`Create ${join(d, 'gone.json5')}, or remove it from "$include" in ${join(d, 'openclaw.json')}, then run again.`);
  });

  it('refuses includes that form a loop', async () => {
    const d = dir({ 'openclaw.json': '{ $include: "./a.json5" }', 'a.json5': '{ models: { $include: "./openclaw.json" } }' });
    const e = await failure(d, ['models', 'providers', 'aisa']);
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain('loop');
    expect(e.fix).toBe(`Remove "./openclaw.json" from "$include" in ${join(d, 'a.json5')}, then run again.`);
  });

  it('refuses a key defined both in the file and in an include', async () => {
    const d = dir({ 'openclaw.json': '{ $include: "./a.json5", models: {} }', 'a.json5': '{ models: {} }' });
    expect((await failure(d, ['models', 'providers'])).message).toContain('more than one file');
  });
});
