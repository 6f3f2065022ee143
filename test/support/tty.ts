// A real terminal for tests: tmux runs the built CLI in a detached session on its own server
// socket; send-keys types, capture-pane reads the screen. Only where tmux is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export interface Tty {
  tmux(...args: string[]): string;
  /** Polls the screen (scrollback included) until it shows `text`. */
  screenShows(session: string, text: string, timeoutMs?: number): Promise<string>;
  /** Starts `aisa-setup <args>` with only the given environment, HOME included; prints EXIT:<code> at the end. */
  launch(session: string, args: string[], env: Record<string, string>): void;
  close(): void;
}

export function openTty(): Tty {
  const socket = `aisa-setup-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  return {
    tmux,
    async screenShows(session, text, timeoutMs = 10_000) {
      const start = Date.now();
      for (;;) {
        const screen = tmux('capture-pane', '-p', '-J', '-S', '-300', '-t', session);
        if (screen.includes(text)) return screen;
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${JSON.stringify(text)}; screen:\n${screen}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    launch(session, args, env) {
      const vars = Object.entries({ PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, TERM: 'xterm-256color', LANG: 'C.UTF-8', NO_COLOR: '1', ...env }).map(([k, v]) => `${k}=${v}`);
      const cmd = ['env', '-i', ...vars, process.execPath, join(ROOT, 'bin/aisa-setup.js'), ...args].map(q).join(' ');
      tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '50', `${cmd}; echo EXIT:$?; sleep 60`);
    },
    close: () => void spawnSync('tmux', ['-L', socket, 'kill-server']),
  };
}
