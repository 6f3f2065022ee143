// Reachability needs no key: without one, doctor's network check still asks the gateway (which
// answers 401) instead of skipping for "no usable key".
import { afterAll, beforeAll, expect, it } from 'vitest';
import { check, cli, envFor, parseReport, sandbox, type Sandbox } from '../../../support/doctor-harness.js';
import { startFakeGateway, type FakeGateway } from '../../../support/fake-gateway.js';

let gw: FakeGateway;
let down: FakeGateway;
let box: Sandbox | undefined;
beforeAll(async () => {
  gw = await startFakeGateway();
  down = await startFakeGateway();
  await down.close();
});
afterAll(() => gw.close());

const config = (baseUrl: string) => `{ models: { providers: { aisa: { baseUrl: "${baseUrl}", api: "openai-completions", models: [{ id: "qwen3-max", name: "Qwen3 Max" }] } } } }\n`;

it('no key, gateway up: network passes (it answered), api-key-present still fails', async () => {
  box = sandbox(config(gw.baseUrl));
  const report = parseReport((await cli(['doctor', '--config', box.configPath, '--json', '--timeout', '3'], envFor(box))).stdout);
  expect(check(report, 'network').status).toBe('pass');
  expect(check(report, 'api-key-present').status).toBe('fail');
  expect(check(report, 'api-key-valid').status).toBe('skip');
});

it('no key, gateway down: network fails with the reason', async () => {
  box = sandbox(config(down.baseUrl));
  const report = parseReport((await cli(['doctor', '--config', box.configPath, '--json', '--timeout', '3'], envFor(box))).stdout);
  expect(check(report, 'network').status).toBe('fail');
});
