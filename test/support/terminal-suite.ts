// What every real-terminal test file needs, set up once: a tmux server of its own, the fake
// gateway and a folder for the sessions' homes. Call it inside the file's describe.skipIf(!HAS_TMUX)
// so that nothing starts where tmux is missing.
import { afterAll } from 'vitest';
import type { FakeGateway, FakeGatewayOptions } from './fake-gateway.js';
import { fileGateway } from './file-gateway.js';
import { fileTempDir } from './home.js';
import { makeTmux, type Tmux } from './tmux.js';

export interface TerminalSuite {
  readonly tmux: Tmux;
  readonly gw: FakeGateway;
  /** A folder for this file's sessions (each its own subfolder as HOME). */
  readonly root: string;
}

export function terminalSuite(socket: string, gateway: FakeGatewayOptions = {}): TerminalSuite {
  const tmux = makeTmux(`${socket}-${process.pid}`);
  // Hooks run in reverse on the way out: tmux is stopped first, then the gateway, then the folder goes.
  const dir = fileTempDir(`${socket}-`);
  const file = fileGateway({ gateway });
  afterAll(() => tmux.kill());
  return {
    tmux,
    get gw() {
      return file.gw;
    },
    get root() {
      return dir.path;
    },
  };
}
