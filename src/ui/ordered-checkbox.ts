// A checkbox that remembers the order of the ticks, for the fallback chain (tried first to last):
// @inquirer/checkbox returns the ticked choices in list order, so "pick kimi, then deepseek" came
// back as whatever order the list had. Each ticked row shows its place in the chain (1, 2, …).
import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, makeTheme, useKeypress, usePagination, usePrefix, useState, type Theme } from '@inquirer/core';

const CURSOR_HIDE = '\x1b[?25l';

export interface OrderedChoice<T> {
  value: T;
  name: string;
  short?: string;
  checked?: boolean;
}

interface Config<T> {
  message: string;
  choices: OrderedChoice<T>[];
  pageSize?: number;
  theme?: Partial<Theme>;
  icon: { cursor: string; unchecked: string };
  /** The help line's keys, already worded in the user's language. */
  help: (keys: [key: string, action: string][]) => string;
}

/** The tick mark of the n-th pick: its digit, and `+` from the tenth on (one column, as ◉ is). */
const mark = (n: number): string => (n < 10 ? String(n) : '+');

export default createPrompt(<T>(config: Config<T>, done: (value: T[]) => void): string => {
  const theme = makeTheme(config.theme ?? {});
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const items = config.choices;
  const [active, setActive] = useState(0);
  // Indexes into `items`, in the order they were ticked; pre-ticked ones first, in list order.
  const [order, setOrder] = useState<number[]>(items.flatMap((c, i) => (c.checked ? [i] : [])));

  useKeypress((key) => {
    if (isEnterKey(key)) {
      setStatus('done');
      done(order.map((i) => items[i]!.value));
    } else if (isUpKey(key) || isDownKey(key)) {
      setActive((active + (isUpKey(key) ? -1 : 1) + items.length) % items.length);
    } else if (isSpaceKey(key)) {
      setOrder(order.includes(active) ? order.filter((i) => i !== active) : [...order, active]);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return [prefix, message].join(' ');
  const page = usePagination({
    items,
    active,
    renderItem({ item, index, isActive }) {
      const at = order.indexOf(index);
      const icon = at === -1 ? config.icon.unchecked : theme.style.highlight(mark(at + 1));
      const row = `${isActive ? config.icon.cursor : ' '}${icon} ${item.name}`;
      return isActive ? theme.style.highlight(row) : row;
    },
    pageSize: config.pageSize ?? 12,
    loop: true,
  });
  const help = config.help([
    ['↑↓', 'navigate'],
    ['space', 'select'],
    ['⏎', 'submit'],
  ]);
  return `${[[prefix, message].join(' '), page, ' ', help].join('\n').trimEnd()}${CURSOR_HIDE}`;
});
