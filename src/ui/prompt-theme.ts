// @inquirer/figures comes with every prompt package (same pinned version): its symbols fall back to
// ASCII on terminals without Unicode, which hard-coded ✔ and ◉ would not.
import figures from '@inquirer/figures';
import { t } from '../i18n/index.js';
import type { Colors } from './color.js';

type Style = (text: string) => string;

/** Everything the five prompts colour or word, in one object each prompt takes what it knows from. */
export interface PromptTheme {
  prefix: { idle: string; done: string };
  spinner: { interval: number; frames: string[] };
  icon: { cursor: string; checked: string; unchecked: string };
  style: {
    answer: Style;
    message: Style;
    error: Style;
    defaultAnswer: Style;
    help: Style;
    highlight: Style;
    key: Style;
    description: Style;
    disabled: Style;
    disabledChoice: Style;
    searchTerm: Style;
    keysHelpTip: (keys: [key: string, action: string][]) => string;
  };
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * Inquirer's default theme, redrawn with our chalk and our words. Its own colours come from
 * yoctocolors, which sees NO_COLOR but not --no-color or FORCE_COLOR=0; so every coloured part of
 * every prompt is given here, and with colour off `c` leaves each one plain. Its key hints and
 * "No results found" are English literals: the hints come through keysHelpTip and are translated
 * word by word, the search message is recognised in the error style.
 */
export function promptTheme(c: Colors): PromptTheme {
  const w = t().prompts;
  const action = (key: string, a: string) => w.actions[`${key} ${a}`] ?? w.actions[a] ?? a;
  const error = (text: string) => (text === 'No results found' ? w.noResults : text);
  return {
    prefix: { idle: c.blue('?'), done: c.green(figures.tick) },
    spinner: { interval: 80, frames: FRAMES.map((f) => c.yellow(f)) },
    icon: { cursor: figures.pointer, checked: c.green(figures.circleFilled), unchecked: figures.circle },
    style: {
      answer: (s) => c.cyan(s),
      // Inquirer puts a space between the question and the answer; a full-width colon takes no
      // space after it, so a Chinese question ends without one (`密钥（sk-…） ****`).
      message: (s) => c.bold(s.replace(/：$/, '')),
      error: (s) => c.red(`> ${error(s)}`),
      defaultAnswer: (s) => c.dim(w.defaultAnswer(s)),
      help: (s) => c.dim(s),
      highlight: (s) => c.cyan(s),
      key: (s) => c.cyan(c.bold(`<${s}>`)),
      description: (s) => c.cyan(s),
      disabled: (s) => c.dim(`- ${s}`),
      disabledChoice: (s) => c.dim(`- ${s}`),
      searchTerm: (s) => c.cyan(s),
      keysHelpTip: (keys) => keys.map(([key, a]) => `${c.bold(w.keys[key] ?? key)} ${c.dim(action(key, a))}`).join(c.dim(' • ')),
    },
  };
}

/** The echoed answer of a confirm, in the user's language (inquirer's default says Yes/No). */
export function yesNo(value: boolean): string {
  return value ? t().prompts.yes : t().prompts.no;
}
