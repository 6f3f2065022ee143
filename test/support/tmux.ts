// Drives the built program in a real terminal: tmux runs `node bin/aisa-setup.js …` in a detached
// session of a given size; tests type with send-keys and read the screen with capture-pane.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0;

export interface Tmux {
  (...args: string[]): string;
  /** Starts `aisa-setup <args>` in session `name` with a clean environment (HOME = `home`). */
  launch(name: string, home: string, args: string[], opts?: { size?: [number, number]; env?: string[]; noColorEnv?: boolean }): void;
  /** Waits until the screen (with 300 lines of history) shows `text`, and returns it. */
  shows(name: string, text: string, timeoutMs?: number): Promise<string>;
  /** The visible screen only, one terminal row per line (wrapped lines not joined). */
  visible(name: string): string;
  send(name: string, ...keys: string[]): void;
  kill(): void;
}

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function makeTmux(socket: string): Tmux {
  const tmux = ((...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' })) as Tmux;
  tmux.launch = (name, home, args, opts = {}) => {
    const [x, y] = opts.size ?? [120, 50];
    const env = ['env', '-i', `HOME=${home}`, `PATH=${dirname(process.execPath)}:/usr/bin:/bin`, 'TERM=xterm-256color', 'LANG=C.UTF-8', ...(opts.noColorEnv === false ? [] : ['NO_COLOR=1']), ...(opts.env ?? [])];
    const cmd = [...env, process.execPath, join(ROOT, 'bin/aisa-setup.js'), ...args].map(q).join(' ');
    tmux('new-session', '-d', '-s', name, '-x', String(x), '-y', String(y), `${cmd}; echo EXIT:$?; sleep 60`);
  };
  tmux.shows = async (name, text, timeoutMs = 10_000) => {
    const start = Date.now();
    for (;;) {
      const screen = tmux('capture-pane', '-p', '-J', '-S', '-300', '-t', name);
      if (screen.includes(text)) return screen;
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${JSON.stringify(text)}; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  tmux.visible = (name) => tmux('capture-pane', '-p', '-t', name);
  tmux.send = (name, ...keys) => void tmux('send-keys', '-t', name, ...keys);
  tmux.kill = () => void spawnSync('tmux', ['-L', socket, 'kill-server']);
  return tmux;
}
