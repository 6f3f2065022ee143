// One package per prompt, not @inquirer/prompts: its index also pulls the editor prompt and, with
// it, iconv-lite and chardet (~500 kB) into the bundle.
import checkbox from '@inquirer/checkbox';
import confirm from '@inquirer/confirm';
import password from '@inquirer/password';
import search from '@inquirer/search';
import select from '@inquirer/select';
import type { Io } from '../context.js';
import { CliError, ExitCode } from '../errors.js';
import { listSep, t } from '../i18n/index.js';
import { makeColors } from './color.js';
import { fitWidth } from './format.js';
import orderedCheckbox from './ordered-checkbox.js';
import { promptTheme, yesNo, type PromptTheme } from './prompt-theme.js';

export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
  /** What stays on screen after the answer; the name by default. */
  short?: string;
  checked?: boolean;
  disabled?: boolean | string;
}

/** The five questions onboarding asks; tests may hand in their own implementation. */
export interface Prompts {
  password(o: { message: string; validate?: (value: string) => true | string }): Promise<string>;
  /** `label`: what the answer line says instead of the whole question (`✔ Fallbacks: …`). */
  select<T>(o: { message: string; choices: Choice<T>[]; default?: T; label?: string }): Promise<T>;
  /** A filterable list; the first choice of the unfiltered list starts highlighted. */
  search<T>(o: { message: string; source: (term: string) => Choice<T>[]; pageSize?: number; label?: string }): Promise<T>;
  /** `ordered`: the answer lists the ticks in the order they were made (a fallback chain). */
  checkbox<T>(o: { message: string; choices: Choice<T>[]; pageSize?: number; ordered?: boolean; label?: string }): Promise<T[]>;
  confirm(o: { message: string; default?: boolean }): Promise<boolean>;
}

/** What stays on screen for a chosen value: the choice's short text, else its name. */
function shortOf<T>(choices: Choice<T>[], value: T): string {
  const ch = choices.find((c) => c.value === value);
  return ch ? (ch.short ?? ch.name) : String(value);
}

export function cancelledError(): CliError {
  return new CliError('cancelled', ExitCode.cancelled, t().cli.cancelled);
}

const CANCEL_ERRORS = new Set(['ExitPromptError', 'AbortPromptError', 'CancelPromptError']);

type PromptIo = Pick<Io, 'stdin' | 'stdout'>;

/**
 * @inquirer/prompts bound to our streams. Ctrl-C (readline's SIGINT) and Escape (which inquirer
 * ignores) both become one CliError, exit 130, so no prompt can end in a stack trace.
 */
export function inquirerPrompts(io: PromptIo, opts: { color: boolean }): Prompts {
  const colors = makeColors(opts.color);
  type Run<R> = (context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal: AbortSignal; clearPromptOnDone?: boolean }, theme: PromptTheme) => Promise<R>;
  const ask = async <R>(run: Run<R>, list?: { message: string; label?: string | undefined; answer: (value: R) => string }): Promise<R> => {
    // Built per question: the language is read when the question is asked.
    const theme = promptTheme(colors);
    const abort = new AbortController();
    const onKey = (_: unknown, key: { name?: string } | undefined) => {
      if (key?.name === 'escape') abort.abort();
    };
    io.stdin.on('keypress', onKey);
    try {
      // A list cancelled with Ctrl-C or Escape would stay on screen above "Cancelled": inquirer
      // clears it when told to, and then the answer line it would leave is written here instead.
      const value = await run({ input: io.stdin, output: io.stdout, signal: abort.signal, ...(list ? { clearPromptOnDone: true } : {}) }, theme);
      if (list) io.stdout.write(`${theme.prefix.done} ${theme.style.message(list.label ?? list.message)}${list.label ? t().prompts.labelEnd : ' '}${theme.style.answer(list.answer(value) || t().prompts.none)}\n`);
      return value;
    } catch (e) {
      if (e instanceof Error && CANCEL_ERRORS.has(e.name)) throw cancelledError();
      throw e;
    } finally {
      io.stdin.removeListener('keypress', onKey);
    }
  };
  // A row longer than the terminal wraps, and the list then pages by screen lines, cutting its
  // last rows: each row is cut to the width, after the prompt's cursor and checkbox columns.
  const fit = <T>(choices: Choice<T>[], prefix: number): Choice<T>[] => {
    const max = ((io.stdout as { columns?: number }).columns || 80) - prefix - 1;
    return choices.map((ch) => ({ ...ch, name: fitWidth(ch.name, max), ...(ch.description ? { description: fitWidth(ch.description, max + prefix) } : {}) }));
  };
  return {
    password: (o) => ask((context, theme) => password({ message: o.message, mask: '*', ...(o.validate ? { validate: o.validate } : {}), theme }, context)),
    select: (o) =>
      ask((context, theme) => select({ message: o.message, choices: fit(o.choices, 2), ...(o.default !== undefined ? { default: o.default } : {}), theme }, context), {
        message: o.message,
        label: o.label,
        answer: (v) => shortOf(o.choices, v),
      }),
    search: (o) => {
      let shown: Choice<unknown>[] = [];
      const source = (term: string | undefined) => (shown = fit(o.source(term ?? ''), 2));
      return ask((context, theme) => search({ message: o.message, source, pageSize: o.pageSize ?? 10, theme }, context), { message: o.message, label: o.label, answer: (v) => shortOf(shown, v) });
    },
    checkbox: (o) =>
      ask((context, theme) => {
        const common = { message: o.message, choices: fit(o.choices, 3), pageSize: o.pageSize ?? 12, theme };
        return o.ordered ? orderedCheckbox({ ...common, icon: theme.icon, help: theme.style.keysHelpTip }, context) : checkbox(common, context);
      }, {
        message: o.message,
        label: o.label,
        answer: (vs) => vs.map((v) => shortOf(o.choices, v)).join(listSep()),
      }),
    confirm: (o) => ask((context, theme) => confirm({ message: o.message, default: o.default ?? true, transformer: yesNo, theme }, context)),
  };
}
