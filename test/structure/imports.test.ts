import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../support/import-graph.js';

const graph = importGraph(resolve(import.meta.dirname, '../..'));

describe('layers never reach up', () => {
  it('reads the graph (the scanner finds the imports it is meant to)', () => {
    expect(graph.length).toBeGreaterThan(300);
    expect(graph).toContainEqual({ from: 'cli.ts', to: 'load/commands.ts', typeOnly: false });
    expect(graph).toContainEqual({ from: 'commands/onboard.ts', to: 'targets/target.ts', typeOnly: true });
  });

  it('nothing outside commands/ imports commands/, but the entry and its lazy seams (load/commands, load/terminal)', () => {
    const seams = new Set(['cli.ts', 'load/commands.ts', 'load/terminal.ts']);
    // The `plugin` command, which still sits under targets/ until it moves to commands/.
    const commandsElsewhere = new Set(['targets/openclaw/plugin-command.ts']);
    const up = graph.filter((e) => e.to.startsWith('commands/') && !e.from.startsWith('commands/') && !seams.has(e.from));
    expect(up).toEqual([]);
    // And the seams that reach commands/ are used only from the top.
    const intoSeams = graph.filter((e) => (e.to === 'load/commands.ts' || e.to === 'load/terminal.ts') && !e.from.startsWith('commands/') && e.from !== 'cli.ts' && !commandsElsewhere.has(e.from));
    expect(intoSeams).toEqual([]);
  });

  it('no import circle (static, lazy or type-only imports)', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('the cycle finder sees a circle', () => {
    expect(cycles([{ from: 'a', to: 'b', typeOnly: false }, { from: 'b', to: 'c', typeOnly: false }, { from: 'c', to: 'a', typeOnly: false }])).toEqual([['a', 'b', 'c']]);
  });
});
