// Builds a Context for the interactive onboard flow in a temp HOME: stdin is @inquirer/testing's
// screen input (marked as a TTY), stdout/stderr are captured, PATH holds only a fake `openclaw`.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { Context } from '../../src/context.js';
import { setLang } from '../../src/i18n/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { Output } from '../../src/ui/output.js';
import { tempDir } from './home.js';

export interface Harness {
  home: string;
  stateDir: string;
  configPath: string;
  envPath: string;
  ctx: Context;
  /** Everything written to stdout and stderr so far. */
  stdout(): string;
  stderr(): string;
  read(path: string): string | null;
  cleanup(): void;
}

export function makeHarness(opts: { input: NodeJS.ReadableStream; baseUrl: string; lang?: Lang; env?: Record<string, string>; config?: string }): Harness {
  const home = tempDir('aisa-onboard-');
  const stateDir = join(home, '.openclaw');
  const bin = join(home, 'bin');
  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  mkdirSync(bin);
  writeFileSync(join(bin, 'openclaw'), '#!/bin/sh\necho "openclaw 2026.9.6"\n');
  chmodSync(join(bin, 'openclaw'), 0o755);
  const configPath = join(stateDir, 'openclaw.json');
  if (opts.config !== undefined) writeFileSync(configPath, opts.config, { mode: 0o600 });
  const lang = opts.lang ?? 'en';
  setLang(lang);
  const out = capture();
  const err = capture();
  (opts.input as { isTTY?: boolean }).isTTY = true;
  const io = { stdin: opts.input, stdout: out.stream, stderr: err.stream, env: { HOME: home, PATH: bin, ...opts.env }, cwd: home };
  const ctx: Context = {
    opts: { config: undefined, profile: undefined, baseUrl: opts.baseUrl, timeoutMs: 3000, json: false, lang, color: false },
    io,
    out: new Output(io, false),
  };
  return {
    home,
    stateDir,
    configPath,
    envPath: join(stateDir, '.env'),
    ctx,
    stdout: out.text,
    stderr: err.text,
    read: (p) => (existsSync(p) ? readFileSync(p, 'utf8') : null),
    cleanup: () => rmSync(home, { recursive: true, force: true }),
  };
}

function capture(): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString('utf8')));
  return { stream, text: () => text };
}

/** Polls until `read()` contains `text` (or matches), failing with what was there instead. */
export async function waitFor(read: () => string, text: string | RegExp, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const now = read();
    if (typeof text === 'string' ? now.includes(text) : text.test(now)) return;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${String(text)}; screen:\n${now}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
