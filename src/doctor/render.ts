import type { Context } from '../context.js';
import { t, listSep } from '../i18n/index.js';
import { makeColors } from '../ui/color.js';
import { displayWidth } from '../ui/format.js';
import type { CheckResult, Status } from './types.js';

const MARK: Record<Status, string> = { pass: '✓', warn: '!', fail: '✗', skip: '-' };
const MARKED = /^[✓✗!] /;
const COLOR = { pass: 'green', warn: 'yellow', fail: 'red', skip: 'gray' } as const satisfies Record<Status, string>;

export interface Counts {
  pass: number;
  warn: number;
  fail: number;
  skip: number;
}

export function countByStatus(results: CheckResult[]): Counts {
  const c: Counts = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const r of results) c[r.status]++;
  return c;
}

/** The human report: one line per check, where and how to fix under each warn/fail, one summary line. */
export function renderReport(results: CheckResult[], color: boolean): string {
  const m = t().doctor;
  const c = makeColors(color);
  const paint = (s: Status, text: string) => c[COLOR[s]](text);
  const width = Math.max(...results.map((r) => r.id.length), 0);
  const lines: string[] = [];
  for (const [i, r] of results.entries()) {
    const pad = ' '.repeat(width + 4);
    // Checks skipped one after another for one reason (no config: eleven of them) take one entry.
    const sameSkip = (x: CheckResult | undefined) => x?.status === 'skip' && r.status === 'skip' && x.message === r.message;
    if (sameSkip(results[i - 1])) continue;
    let last = i;
    while (sameSkip(results[last + 1])) last++;
    if (last > i) {
      lines.push(`${paint('skip', MARK.skip)} ${results.slice(i, last + 1).map((x) => x.id).join(listSep())}`, `${pad}${r.message}`);
      continue;
    }
    // A parse error carries its own source excerpt on further lines: keep them under the message.
    lines.push(`${paint(r.status, MARK[r.status])} ${r.id.padEnd(width)}  ${r.message.split('\n').join('\n' + pad)}`);
    if (r.status === 'pass' || r.status === 'skip') {
      if (r.details && r.status === 'pass') for (const d of r.details) lines.push(`${pad}${d}`);
      continue;
    }
    // Lines that carry their own mark (probe results) get no bullet of ours in front of it.
    for (const d of r.details ?? []) lines.push(`${pad}${MARKED.test(d) ? '' : '- '}${d}`);
    if (r.path || r.file) lines.push(`${pad}${r.path && r.file ? m.at(r.path, r.file) : m.inFile(r.file ?? r.path ?? '')}`);
    // One fix sentence or command per line, each after the label's width, so a copied command is only the command.
    const indent = ' '.repeat(displayWidth(m.fixLabel));
    if (r.fix) r.fix.split('\n').forEach((f, i) => lines.push(`${pad}${i === 0 ? m.fixLabel : indent}${f}`));
  }
  lines.push('', summaryLine(countByStatus(results)));
  return lines.join('\n');
}


export function summaryLine(c: Counts): string {
  const m = t().doctor;
  if (c.fail === 0 && c.warn === 0) return m.summaryOk(c.pass, c.skip);
  return m.summary(c.pass, c.warn, c.fail, c.skip);
}

/** The contract's `--json` entry for one check (plus `file` and `details`, which the contract allows). */
export function checkJson(r: CheckResult): Record<string, unknown> {
  const out: Record<string, unknown> = { id: r.id, status: r.status, message: r.message };
  if (r.path) out.path = r.path;
  if (r.file) out.file = r.file;
  if (r.fix && (r.status === 'warn' || r.status === 'fail')) out.fix = r.fix;
  if (r.details) out.details = r.details;
  if (r.probe) out.probe = r.probe;
  return out;
}

export function reportJson(results: CheckResult[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { schemaVersion: 1, ok: results.every((r) => r.status !== 'fail'), checks: results.map(checkJson), ...extra };
}

export function printReport(ctx: Pick<Context, 'out' | 'opts'>, results: CheckResult[], heading?: string): void {
  if (heading) ctx.out.say(heading);
  ctx.out.say(renderReport(results, ctx.opts.color));
}
