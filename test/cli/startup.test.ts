import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module shared with the build script
import { buildOptions } from '../../scripts/build-options.mjs';
import { fileTempDir } from '../support/home.js';
import { messagesFor } from '../../src/i18n/index.js';
import { readFileSync } from 'node:fs';

// What each start-up path loads, read from the bundler's own record of the real build: the
// statically imported chunks of an entry are what Node loads before the first line runs.
let meta: Metafile;
const root = resolve(import.meta.dirname, '../..');
const outdir = fileTempDir('aisa-startup-');

beforeAll(async () => {
  meta = (await build({ ...buildOptions, absWorkingDir: root, outdir: outdir.path, metafile: true, logLevel: 'silent' })).metafile!;
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

/** The chunk files Node loads for an entry, following static imports only (each costs a resolve, a read and a link). */
function filesLoadedBy(output: string, seen = new Set<string>()): Set<string> {
  if (seen.has(output)) return seen;
  seen.add(output);
  for (const imp of meta.outputs[output]!.imports) if (imp.kind === 'import-statement' && meta.outputs[imp.path]) filesLoadedBy(imp.path, seen);
  return seen;
}

describe('start-up loads only what the command needs', () => {
  it('the OpenClaw plugin (plugin/, its own build) is in no output of the CLI build, its messages not on the start-up path', () => {
    const inputs = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(inputs.filter((f) => f.startsWith('plugin/'))).toEqual([]);
    expect(loadedBy(outputFor('src/cli.ts')).filter((f) => f.endsWith('i18n/plugin.ts') || f.endsWith('plugin-state.ts'))).toEqual([]);
  });

  it('--version and --help load commander and the messages, nothing else', () => {
    const loaded = loadedBy(outputFor('src/cli.ts'));
    expect([...pkgs(loaded)]).toEqual(['commander']);
    for (const f of loaded) expect(f).not.toMatch(/^src\/(gateway|commands|doctor|picoclaw)\/|^src\/openclaw\/(document|tree|write|lock)/);
  });

  it('the commands load no prompt, spinner or HTTP code until they need it', () => {
    const loaded = pkgs([...loadedBy(outputFor('src/cli.ts')), ...loadedBy(outputFor('src/load/commands.ts'))]);
    for (const p of loaded) expect(p).not.toMatch(/^(@inquirer\/|ora$|cli-spinners$|undici$|zod$|chalk$)/);
  });

  it('every lazy import goes to one of five units or a language, so a command loads a handful of files', () => {
    const lazy = new Set(
      Object.values(meta.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import' && !i.external).map((i) => meta.outputs[i.path]?.entryPoint)),
    );
    expect([...lazy].sort()).toEqual([
      'src/i18n/en/cli.ts',
      'src/i18n/en/rest.ts',
      'src/i18n/zh/cli.ts',
      'src/i18n/zh/rest.ts',
      'src/load/color.ts',
      'src/load/commands.ts',
      'src/load/network.ts',
      'src/load/proxy.ts',
      'src/load/terminal.ts',
    ]);
    // The scripted onboard with live validation: cli, its language (the entry's messages and the
    // rest), commands, network and the chunks they share (the bundler makes one per set of units
    // that use a module). Each file costs Node ~0.7 ms; `--help` parses 6 kB of messages, not 50.
    const files = filesLoadedBy(outputFor('src/cli.ts'));
    filesLoadedBy(outputFor('src/i18n/en/cli.ts'), files);
    filesLoadedBy(outputFor('src/i18n/en/rest.ts'), files);
    filesLoadedBy(outputFor('src/load/commands.ts'), files);
    filesLoadedBy(outputFor('src/load/network.ts'), files);
    expect(files.size).toBeLessThanOrEqual(13);
  });

  it('nothing imports node:http as an ES module (on Node 24 that loads its WebSocket, i.e. all of Node\'s own undici)', () => {
    const esmHttp = Object.entries(meta.outputs).flatMap(([f, o]) => o.imports.filter((i) => /^node:https?$/.test(i.path) && i.kind !== 'require-call').map((i) => `${f}: ${i.kind} ${i.path}`));
    expect(esmHttp).toEqual([]);
  });

  it('no output imports a Node built-in as an ES module (its facade reads every export: on Node 24 all of node:util loads ~34 modules)', () => {
    const esm = Object.entries(meta.outputs).flatMap(([f, o]) => o.imports.filter((i) => i.external && i.kind === 'import-statement').map((i) => `${f}: ${i.path}`));
    expect(esm).toEqual([]);
    // And the modules that stand in for them (scripts/builtins-by-require.mjs) keep only the exports
    // used: ~25 bytes each, where all of node:fs's hundred would be ~2.5 kB.
    const shims = Object.values(meta.outputs).flatMap((o) => Object.entries(o.inputs)).filter(([f]) => f.startsWith('builtin-by-require:'));
    expect(shims.length).toBeGreaterThan(5);
    for (const [f, i] of shims) expect(i.bytesInOutput, f).toBeLessThan(800);
  });

  it('a direct connection loads no undici; a proxy loads its dispatchers without fetch, WebSocket, caches or HTTP/2', () => {
    expect(pkgs(loadedBy(outputFor('src/load/network.ts'))).has('undici')).toBe(false);
    const loaded = loadedBy(outputFor('src/load/proxy.ts'));
    expect(loaded.some((f) => f.startsWith('node_modules/undici/lib/dispatcher/env-http-proxy-agent'))).toBe(true);
    expect(loaded.filter((f) => /undici\/lib\/(web\/(fetch\/index|websocket\/|cache\/|eventsource\/)|cache\/|mock\/)/.test(f))).toEqual([]);
    const h2 = Object.values(meta.outputs).flatMap((o) => Object.entries(o.inputs)).find(([f]) => f.endsWith('undici/lib/dispatcher/client-h2.js'));
    // Still bundled (client.js requires it), but as the stub of scripts/undici-http1-only.mjs.
    expect(h2?.[1].bytesInOutput ?? 0).toBeLessThan(300);
  });
});

// A run imports the chunk of the language it speaks (loadLang); what it loads besides is the entry
// and, for a command, the command units. None of those may hold either language's messages, and a
// language's chunk may hold nothing of the other's.
describe('a run parses the messages of its own language only', () => {
  // Chinese characters (not CJK punctuation: the entry's help wrapping names that as code).
  const CJK = /[\u4e00-\u9fff]/;
  // The bundle is ASCII: esbuild writes any other character as \\uXXXX, read back here as itself.
  const text = (outputs: Set<string>) =>
    [...outputs].map((o) => readFileSync(resolve(root, o), 'utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))).join('\n');
  /** A language's two chunks: the entry's messages and the rest. */
  const langChunks = (lang: 'en' | 'zh') => [outputFor(`src/i18n/${lang}/cli.ts`), outputFor(`src/i18n/${lang}/rest.ts`)];
  /**
   * The plain (non-template) English messages that the Chinese ones do not repeat word for word,
   * long enough not to be commander's own words too ("Global Options:" is both).
   */
  const english = (() => {
    const zh = new Set<string>();
    const walk = (v: unknown, into: (s: string) => void) => {
      if (typeof v === 'string') into(v);
      else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x, into);
    };
    walk(messagesFor('zh-CN'), (x) => zh.add(x));
    const out: string[] = [];
    walk(messagesFor('en'), (x) => {
      if (x.length >= 20 && !zh.has(x)) out.push(x);
    });
    return out;
  })();

  it('--help and --version (the entry) hold no messages: no Chinese, no English message, no language module', () => {
    const entry = filesLoadedBy(outputFor('src/cli.ts'));
    expect(loadedBy(outputFor('src/cli.ts')).filter((f) => /^src\/i18n\/(en|zh)\//.test(f))).toEqual([]);
    const code = text(entry);
    expect(code).not.toMatch(CJK);
    expect(english.length).toBeGreaterThan(200);
    expect(english.filter((m) => code.includes(m))).toEqual([]);
  });

  const filesOf = (chunks: string[]) => chunks.reduce((seen, c) => filesLoadedBy(c, seen), new Set<string>());

  it('an English run (--lang en --help) loads no Chinese module, a Chinese run no English one', () => {
    const en = langChunks('en').flatMap(loadedBy);
    const zh = langChunks('zh').flatMap(loadedBy);
    expect(en.filter((f) => !f.startsWith('src/i18n/en/'))).toEqual([]);
    expect(zh.filter((f) => !f.startsWith('src/i18n/zh/'))).toEqual([]);
    expect(en.length).toBeGreaterThanOrEqual(13);
    expect(zh.length).toBe(en.length);
    // What the files hold, not only which modules they came from.
    expect(text(filesOf(langChunks('en')))).not.toMatch(CJK);
    const zhCode = text(filesOf(langChunks('zh')));
    expect(zhCode).toMatch(CJK);
    expect(english.filter((m) => zhCode.includes(m))).toEqual([]);
  });

  it('--help loads the messages of the entry only: one more file, the cli area, nothing shared with the rest', () => {
    const entry = filesLoadedBy(outputFor('src/cli.ts'));
    for (const lang of ['en', 'zh'] as const) {
      const [cli, rest] = langChunks(lang);
      expect([...filesLoadedBy(cli!)].filter((f) => !entry.has(f))).toEqual([cli]);
      expect(loadedBy(cli!)).toEqual([`src/i18n/${lang}/cli.ts`]);
      expect(loadedBy(rest!)).not.toContain(`src/i18n/${lang}/cli.ts`);
    }
  });

  it("the commands' units hold no language's messages but the plugin's (both, small: see src/i18n/plugin.ts)", () => {
    const units = ['src/load/commands.ts', 'src/load/network.ts', 'src/load/terminal.ts', 'src/load/proxy.ts'];
    const loaded = units.flatMap((u) => loadedBy(outputFor(u)));
    expect([...new Set(loaded.filter((f) => /^src\/i18n\/(en|zh)\//.test(f)))].sort()).toEqual(['src/i18n/en/plugin.ts', 'src/i18n/zh/plugin.ts']);
  });
});
