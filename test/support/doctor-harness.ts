// Runs `doctor` in-process through the real CLI entry (flag parsing included), against a config in a
// temp dir whose HOME is also a temp dir: tests never see the real home or the internet.
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { main } from '../../src/cli.js';
import { runDoctor, type DoctorDeps } from '../../src/commands/doctor.js';
import type { Context } from '../../src/context.js';
import { setLang } from '../../src/i18n/index.js';
import type { Lang } from '../../src/i18n/lang.js';
import { Output } from '../../src/ui/output.js';
import { tempDir } from './home.js';

export const fixturesDir = new URL('../fixtures/doctor', import.meta.url).pathname;

export function fixture(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

export interface Sandbox {
  home: string;
  stateDir: string;
  configPath: string;
  envPath: string;
  write(text: string, mode?: number): void;
  read(): string;
  cleanup(): void;
}

/** HOME/.openclaw/openclaw.json in a fresh temp dir, written 0600 like OpenClaw does. */
export function sandbox(text?: string, replace: Record<string, string> = {}): Sandbox {
  const home = tempDir('aisa-doctor-');
  const stateDir = join(home, '.openclaw');
  mkdirSync(stateDir, { mode: 0o700 });
  const configPath = join(stateDir, 'openclaw.json');
  const box: Sandbox = {
    home,
    stateDir,
    configPath,
    envPath: join(stateDir, '.env'),
    write(t, mode = 0o600) {
      let out = t;
      for (const [a, b] of Object.entries(replace)) out = out.split(a).join(b);
      writeFileSync(configPath, out, { mode });
      chmodSync(configPath, mode);
    },
    read: () => readFileSync(configPath, 'utf8'),
    cleanup: () => rmSync(home, { recursive: true, force: true }),
  };
  if (text !== undefined) box.write(text);
  return box;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function streams(tty = false) {
  const stdout = Object.assign(new PassThrough(), { isTTY: tty, columns: 100 });
  const stderr = Object.assign(new PassThrough(), { isTTY: tty });
  const stdin = Object.assign(new PassThrough(), { isTTY: tty });
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  return { stdin, stdout, stderr, out: () => out, err: () => err };
}

/** A clean environment: HOME in the sandbox, nothing inherited from the machine running the tests. */
export function envFor(box: Sandbox, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { HOME: box.home, NO_COLOR: '1', LANG: 'en_US.UTF-8', ...extra };
}

/** `aisa-setup <argv>` through src/cli.ts main(), in-process. */
export async function cli(argv: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  const s = streams();
  const code = await main(argv, { stdin: s.stdin, stdout: s.stdout, stderr: s.stderr, env, cwd: env.HOME ?? tmpdir() });
  return { code, stdout: s.out(), stderr: s.err() };
}

/** runDoctor directly, as on a terminal, for what the CLI cannot inject (a prompt's answers, the Node version). */
export async function doctorOnTerminal(box: Sandbox, opts: Record<string, unknown>, deps: DoctorDeps, env: NodeJS.ProcessEnv, lang: Lang = 'en'): Promise<RunResult> {
  setLang(lang);
  const s = streams(true);
  const io = { stdin: s.stdin, stdout: s.stdout, stderr: s.stderr, env, cwd: box.home };
  const ctx: Context = {
    opts: { config: box.configPath, profile: undefined, baseUrl: undefined, timeoutMs: 5000, json: false, lang, color: false },
    io,
    out: new Output(io, false),
  };
  const code = await runDoctor(ctx, opts, [], deps);
  return { code, stdout: s.out(), stderr: s.err() };
}

/** The contract's --json document (cli-contract.md, doctor). Strict at the top, so stray keys show. */
export const CheckSchema = z.object({
  id: z.string(),
  status: z.enum(['pass', 'warn', 'fail', 'skip']),
  message: z.string().min(1),
  path: z.string().optional(),
  file: z.string().optional(),
  fix: z.string().min(1).optional(),
  details: z.array(z.string()).optional(),
  probe: z.array(z.object({ model: z.string(), ok: z.boolean(), latencyMs: z.number().nullable(), problem: z.string().optional() }).strict()).optional(),
});
export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  ok: z.boolean(),
  configPath: z.string(),
  checks: z.array(CheckSchema),
  fix: z.record(z.string(), z.unknown()).optional(),
});
export type Report = z.infer<typeof ReportSchema>;

export function parseReport(stdout: string): Report {
  return ReportSchema.parse(JSON.parse(stdout));
}

export function check(report: Report, id: string): z.infer<typeof CheckSchema> {
  const c = report.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${report.checks.map((x) => x.id).join(',')}`);
  return c;
}
