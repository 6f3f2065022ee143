// The configs AIsa's own script, tutorial and ClawHub plugins leave behind (test/fixtures/arrivals/,
// written by scripts/arrival-fixtures.mjs from AIsa's published model data), placed in a sandbox home.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { cli, sandbox, type RunResult, type Sandbox } from './doctor-harness.js';
import { startFakeGateway, type FakeGateway } from './fake-gateway.js';

export const arrivalsDir = new URL('../fixtures/arrivals/', import.meta.url).pathname;
export const BACKUP_NAME = 'openclaw.json.bak.20260214093012';

export function arrivalText(name: 'script' | 'tutorial' | 'tutorial-old' | 'plugin'): string {
  return readFileSync(join(arrivalsDir, name, 'openclaw.json'), 'utf8');
}

/** The ids AIsa's 2026-09-30 catalog serves on chat/completions: what the fake gateway lists. */
export const LISTED_NOW: string[] = JSON.parse(readFileSync(join(arrivalsDir, 'listed-2026-09-30.json'), 'utf8'));

/** A sandbox holding one arrival path's config (the key put in), with its backup or plugin copies beside it. */
export function arrivalSandbox(name: 'script' | 'tutorial' | 'tutorial-old' | 'plugin', key: string): Sandbox {
  const box = sandbox(arrivalText(name), { __KEY__: key });
  if (name === 'script') writeFileSync(join(box.stateDir, BACKUP_NAME), readFileSync(join(arrivalsDir, 'script', BACKUP_NAME)));
  if (name === 'plugin') cpSync(join(arrivalsDir, 'plugin', 'extensions'), join(box.stateDir, 'extensions'), { recursive: true });
  return box;
}

/**
 * The lines of `before` that no repair touches, i.e. every line not matched by `repaired`, found in
 * `after` unchanged and in the same order: the bytes outside the repairs stay as they were.
 */
export function unrepairedLinesKept(before: string, after: string, repaired: RegExp[]): string[] {
  const want = before.split('\n').filter((l) => !repaired.some((r) => r.test(l)));
  const have = after.split('\n');
  const missing: string[] = [];
  let at = 0;
  for (const line of want) {
    const found = have.indexOf(line, at);
    if (found < 0) missing.push(line);
    else at = found + 1;
  }
  return missing;
}

/**
 * For one test file: a fake gateway listing what AIsa served on 2026-09-30, and `doctor` run against
 * it (`--json`, the sandbox's HOME, nothing else from the machine).
 */
type Run = (box: Sandbox, args: string[], env?: Record<string, string>) => Promise<RunResult>;

export function arrivalGateway(): { doctor: Run; command: (name: string) => Run } {
  let gw: FakeGateway;
  beforeAll(async () => (gw = await startFakeGateway({ models: LISTED_NOW })));
  afterAll(() => gw.close());
  const command = (name: string): Run => (box, args, env = {}) =>
    cli([name, '--config', box.configPath, '--base-url', gw.baseUrl, '--json', ...args], { HOME: box.home, NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env });
  return { doctor: command('doctor'), command };
}
