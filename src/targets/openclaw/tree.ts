import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { openDocument, type EditableDocument, type Path } from '../../config/document.js';
import { MAX_DEPTH, NestingTooDeep } from '../../config/json5-cst.js';
import { parseConfigText } from './parse.js';
import { readTextFile } from '../../config/write.js';

/** One file of the config: the main file or one it pulls in with `$include`. */
export interface ConfigFile {
  path: string;
  /** The text as read; null when the file does not exist yet. */
  before: string | null;
  value: Record<string, unknown>;
  doc: EditableDocument;
}

interface Holder {
  file: ConfigFile;
  value: unknown;
  /** Where the key sits inside `file`. */
  path: Path;
}

/** Where a config path really lives: which file, and the path inside that file. */
export interface Target {
  file: ConfigFile;
  path: Path;
}

/**
 * The main config and the files it includes, loaded lazily. OpenClaw merges an object's
 * `"$include"` files into that object; to edit a value we must find the one file that holds it.
 */
export class ConfigTree {
  private readonly files = new Map<string, ConfigFile>();

  private constructor(readonly main: ConfigFile) {
    this.files.set(main.path, main);
  }

  static async load(path: string): Promise<ConfigTree> {
    return new ConfigTree(await loadFile(path));
  }

  /** Every file loaded so far (the main one first). */
  all(): ConfigFile[] {
    return [...this.files.values()];
  }

  /**
   * Finds the file that holds `path`, following `$include` where a key is not written in the
   * including object itself. A path that does not exist yet resolves to where it would be created:
   * under the deepest existing object. Layouts we cannot edit safely are refused, never flattened.
   */
  async resolve(path: Path): Promise<Target> {
    let file = this.main;
    let inFile: Path = [];
    let node: unknown = file.value;
    let consumed = 0;
    // The files this walk has gone through: including one of them again is a cycle.
    const chain = new Set([file.path]);
    for (const key of path) {
      if (!isObject(node)) break;
      const holders = await this.holdersOf(node, file, inFile, key, chain);
      if (holders.length === 0) break;
      // Which of two definitions wins is OpenClaw's merge rule, not ours: editing either could be undone.
      if (holders.length > 1) {
        throw unsupported(file.path, [...inFile, key], t().config.includeAmbiguous(holders.map((h) => h.file.path)));
      }
      const holder = holders[0]!;
      inFile = holder.path;
      file = holder.file;
      chain.add(file.path);
      node = holder.value;
      consumed++;
    }
    return { file, path: [...inFile, ...path.slice(consumed)] };
  }

  /**
   * Every definition of `key` that ends up in `node`: its own, and those of the files it includes,
   * whose own top-level `$include`s merge into the same object in turn.
   */
  private async holdersOf(node: Record<string, unknown>, file: ConfigFile, inFile: Path, key: string | number, chain: Set<string>): Promise<Holder[]> {
    const holders: Holder[] = [];
    if (Object.hasOwn(node, key)) holders.push({ file, value: node[key as string], path: [...inFile, key] });
    for (const inc of includeList(node, file, inFile)) {
      const child = await this.include(file, inc, [...inFile, '$include'], chain);
      holders.push(...(await this.holdersOf(child.value, child, [], key, new Set([...chain, child.path]))));
    }
    return holders;
  }

  /** The current value at `path`, wherever it lives; undefined when absent. */
  async get(path: Path): Promise<unknown> {
    const target = await this.resolve(path);
    return target.file.doc.get(target.path);
  }

  private async include(from: ConfigFile, spec: string, at: Path, chain: Set<string>): Promise<ConfigFile> {
    const base = dirname(this.main.path);
    const abs = isAbsolute(spec) ? spec : resolve(dirname(from.path), spec);
    const rel = relative(base, abs);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw unsupported(from.path, at, t().config.includeOutside(abs, base));
    }
    if (chain.has(abs)) {
      throw new CliError('config-layout', ExitCode.config, t().config.unsupportedLayout(from.path, at.join('.'), t().config.includeCycle(abs)), t().config.includeCycleFix(spec, from.path));
    }
    const known = this.files.get(abs);
    if (known) return known;
    const loaded = await loadFile(abs);
    if (loaded.before === null) {
      throw new CliError('config-layout', ExitCode.config, t().config.unsupportedLayout(from.path, at.join('.'), t().config.includeMissing(abs)), t().config.includeMissingFix(abs, from.path));
    }
    this.files.set(abs, loaded);
    return loaded;
  }
}

async function loadFile(path: string): Promise<ConfigFile> {
  const before = await readTextFile(path);
  const text = before ?? '';
  const value = parseConfigText(text, path);
  try {
    return { path, before, value, doc: openDocument(text, { validated: true }) };
  } catch (e) {
    if (!(e instanceof NestingTooDeep)) throw e;
    const line = text.slice(0, e.offset).split('\n').length;
    throw new CliError('config-parse', ExitCode.config, t().config.tooDeep(path, line, MAX_DEPTH), t().config.tooDeepFix(path));
  }
}

/** Every key written twice in the loaded files, said in the user's language. */
export function duplicateKeyWarnings(tree: ConfigTree): string[] {
  return tree.all().flatMap((f) => f.doc.duplicateKeys().map((d) => t().config.definedTwice(d.path, f.path, d.lines[0], d.lines[1])));
}

function includeList(node: Record<string, unknown>, file: ConfigFile, at: Path): string[] {
  const inc = node.$include;
  if (inc === undefined) return [];
  if (typeof inc === 'string') return [inc];
  if (Array.isArray(inc) && inc.every((x) => typeof x === 'string')) return inc as string[];
  throw unsupported(file.path, [...at, '$include'], t().config.includeShape);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function unsupported(file: string, path: Path, why: string): CliError {
  return new CliError('config-layout', ExitCode.config, t().config.unsupportedLayout(file, path.join('.'), why), t().config.unsupportedLayoutFix);
}
