// One fake AIsa for a whole test file: started before its tests, closed after them. What the CLI
// printed is collected in `outputs` and checked at the end: no key may appear unmasked in any of it.
import { afterAll, beforeAll, expect } from 'vitest';
import { runCli, type CliRun } from './cli.js';
import { startFakeGateway, TEST_KEYS, type FakeGateway, type FakeGatewayOptions } from './fake-gateway.js';

export interface FileGateway {
  readonly gw: FakeGateway;
  readonly outputs: string[];
  /** The built CLI (support/cli.ts), what it printed kept in `outputs` for the check. */
  runCli(args: string[], opts: Parameters<typeof runCli>[1]): Promise<CliRun>;
}

export function fileGateway(opts: { secrets?: readonly string[]; gateway?: FakeGatewayOptions } = {}): FileGateway {
  let gw: FakeGateway | undefined;
  const outputs: string[] = [];
  beforeAll(async () => {
    gw = await startFakeGateway(opts.gateway);
  });
  afterAll(async () => {
    await gw?.close();
    for (const text of outputs) for (const key of opts.secrets ?? Object.values(TEST_KEYS)) expect(text).not.toContain(key);
  });
  return {
    get gw() {
      if (!gw) throw new Error('the fake gateway starts in beforeAll: use it inside a test');
      return gw;
    },
    outputs,
    async runCli(args, runOpts) {
      const r = await runCli(args, runOpts);
      outputs.push(r.stdout, r.stderr);
      return r;
    },
  };
}
