import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { unifiedDiff } from '../diff.js';
import { t } from '../i18n/index.js';
import { pluginMessages } from '../i18n/plugin.js';
import type { ConfigLocation } from '../targets/openclaw/locate.js';
import { planOnboardWrites, type OnboardEdit } from '../targets/openclaw/plan.js';
import { findOnPath, PLUGIN_ID } from '../targets/openclaw/plugin-state.js';
import { locationFlags } from '../doctor/same-config.js';
import { KEY_ENV_VAR, modelRef, PROVIDER_ID } from '../targets/openclaw/provider.js';
import { ConfigTree } from '../targets/openclaw/tree.js';
import { commitWrites, withConfigLock, type FileWrite } from '../config/write.js';
import { maskKey } from '../secret.js';
import { balanceText, lowBalanceWarning, type Balance } from '../gateway/balance-view.js';

export interface ApplyResult {
  changed: boolean;
  backupPath: string | null;
  /** Ids in the provider block after the edit, the user's own included. */
  providerModels: string[];
  diffs: { path: string; diff: string }[];
  writes: FileWrite[];
}

export interface ApplyOptions {
  dryRun: boolean;
  /** false: the caller shows nothing of the write, so no diff is made after it. */
  diffsAfterWrite?: boolean;
  /** Asked between the preview and the write; false cancels. Absent: write without asking. */
  confirm?: (diffs: { path: string; diff: string }[]) => Promise<boolean>;
}

/**
 * Plans the edit, shows or confirms it, and writes it under the config lock. The lock is taken
 * after the confirmation (a person may take minutes to answer); the confirmed plan is committed as
 * it was shown, and refused if a file changed in between, so nothing is written that was not seen.
 */
export async function applyOnboardEdit(loc: ConfigLocation, edit: OnboardEdit, opts: ApplyOptions): Promise<ApplyResult | 'cancelled'> {
  const plan = async () => {
    const tree = await ConfigTree.load(loc.path);
    const writes = await planOnboardWrites(tree, loc.stateDir, edit);
    const block = await tree.get(['models', 'providers', edit.provider?.id ?? PROVIDER_ID]);
    return { writes, providerModels: modelIds(block) };
  };
  const secrets = edit.apiKey ? [edit.apiKey] : [];
  const diffsOf = (writes: FileWrite[]) => writes.map((w) => ({ path: w.path, diff: unifiedDiff(w.path, w.before, w.after, secrets) }));

  // What a person confirmed is what is written: the preview's writes carry the text they were
  // planned from, so commitWrites refuses (exit 3, nothing written) if a file changed meanwhile.
  let confirmed: Awaited<ReturnType<typeof plan>> | undefined;
  if (opts.dryRun || opts.confirm) {
    const preview = await plan();
    const diffs = diffsOf(preview.writes);
    if (opts.dryRun || preview.writes.length === 0) {
      return { changed: preview.writes.length > 0, backupPath: null, providerModels: preview.providerModels, diffs, writes: preview.writes };
    }
    if (!(await opts.confirm!(diffs))) return 'cancelled';
    confirmed = preview;
  }
  return withConfigLock(loc.path, async () => {
    const planned = confirmed ?? (await plan());
    const results = await commitWrites(planned.writes);
    const main = results.find((r) => r.path === loc.path);
    return {
      changed: results.some((r) => r.changed),
      backupPath: main?.backupPath ?? null,
      providerModels: planned.providerModels,
      // A diff costs tens of ms on a fresh file: only made when someone will read it.
      diffs: opts.diffsAfterWrite === false ? [] : diffsOf(planned.writes),
      writes: planned.writes,
    };
  });
}

function modelIds(block: unknown): string[] {
  const models = (block as { models?: unknown } | undefined)?.models;
  if (!Array.isArray(models)) return [];
  return models.flatMap((m) => (m && typeof m === 'object' && typeof (m as { id?: unknown }).id === 'string' ? [(m as { id: string }).id] : []));
}

export interface SummaryExtras {
  /** The default as written today, said when it is kept. */
  defaultRef?: string | undefined;
  /** What the key has left, where the gateway reports it. */
  balance?: Balance | undefined;
  /** false: the interactive flow still has a question to ask, so "Next" comes after it. */
  next?: boolean;
}

/** The human summary after a write: what changed, where the key lives, and what to run next. */
export function printSummary(ctx: Context, loc: ConfigLocation, edit: OnboardEdit, result: ApplyResult, extras: SummaryExtras = {}): void {
  const { defaultRef, balance, next = true } = extras;
  const m = t().onboard;
  const say = (s: string) => ctx.out.say(s);
  if (!result.changed) say(m.nothingToChange);
  else {
    const created = result.writes.some((w) => w.path === loc.path && w.before === null);
    say(created ? m.created(loc.path) : m.wrote(loc.path));
    if (result.backupPath) say(m.backup(result.backupPath));
  }
  const envWrite = result.writes.find((w) => w.path !== loc.path && w.path.endsWith('.env'));
  // Where the key went is news only when something was written.
  const envVar = edit.provider?.keyEnvVar ?? KEY_ENV_VAR;
  if (result.changed) say(m.keyStored(edit.keyStorage, edit.keyStorage === 'env-file' ? (envWrite?.path ?? `${loc.stateDir}/.env`) : loc.path, envVar));
  if (edit.apiKey) say(m.summaryKey(maskKey(edit.apiKey)));
  if (balance) {
    say(t().answers.summaryBalance(balanceText(balance)));
    const low = lowBalanceWarning(balance);
    if (low) ctx.out.warn(`! ${low}`);
  }
  const id = edit.provider?.id ?? PROVIDER_ID;
  const g = t().gateways;
  say(edit.primary === undefined ? g.defaultKept(defaultRef ?? '-') : m.summaryDefault(`${id}/${edit.primary}`));
  const join = t().prompts.listJoin;
  if (edit.fallbacks?.length) say(m.summaryFallbacks(edit.fallbacks.map((f) => modelRef(f, id)).join(join)));
  say(m.summaryModels(result.providerModels.length, result.providerModels.join(join)));
  if (next) printNextSteps(ctx, loc, edit);
}

/** What to run next; an `openclaw …` command only where OpenClaw is on PATH to run it. */
export function printNextSteps(ctx: Context, loc: ConfigLocation, edit: OnboardEdit): void {
  const m = t().onboard;
  const g = t().gateways;
  const id = edit.provider?.id ?? PROVIDER_ID;
  const say = (s: string) => ctx.out.say(s);
  say('');
  say(m.nextSteps);
  const all = edit.provider && !edit.provider.isAisa ? [g.nextList(id), g.nextSwitch(id), g.nextDoctor(id)] : [m.nextList, m.nextSwitch, m.nextDoctor];
  const openclaw = findOnPath('openclaw', ctx.io.env) !== undefined;
  const next = all.filter(([cmd]) => openclaw || !cmd.startsWith('openclaw '));
  if (openclaw && next[0] === m.nextList && !pluginInstalled(loc)) next.push(pluginMessages().nextPlugin());
  // The commands act on the file this run wrote, not on the default one.
  const flags = locationFlags(ctx.opts);
  const steps = next.map(([cmd, what]): [string, string] => [cmd.startsWith('aisa-setup ') ? `${cmd}${flags}` : cmd, what]);
  const width = Math.max(...steps.map(([cmd]) => cmd.length)) + 3;
  for (const [cmd, what] of steps) say(`  ${cmd.padEnd(width)}${what}`);
}

/** OpenClaw has the AIsa plugin already: without it, its own commands would work after one install. */
function pluginInstalled(loc: ConfigLocation): boolean {
  return existsSync(join(loc.stateDir, 'extensions', PLUGIN_ID, 'package.json'));
}
