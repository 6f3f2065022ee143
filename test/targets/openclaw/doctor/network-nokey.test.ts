// Reachability needs no key: without one, doctor's network check still asks the gateway (which
// answers 401) instead of skipping for "no usable key".
import { beforeAll, expect, it } from 'vitest';
import { check, cli, envFor, parseReport, sandbox, type Sandbox } from '../../../support/doctor-harness.js';
import { closedGatewayUrl } from '../../../support/fake-gateway.js';
import { fileGateway } from '../../../support/file-gateway.js';

const file = fileGateway();
let downUrl: string;
let box: Sandbox | undefined;
beforeAll(async () => {
  downUrl = await closedGatewayUrl();
});

const config = (baseUrl: string) => `{ models: { providers: { aisa: { baseUrl: "${baseUrl}", api: "openai-completions", models: [{ id: "qwen3-max", name: "Qwen3 Max" }] } } } }\n`;

it('no key, gateway up: network passes (it answered), api-key-present still fails', async () => {
  box = sandbox(config(file.gw.baseUrl));
  const report = parseReport((await cli(['doctor', '--config', box.configPath, '--json', '--timeout', '3'], envFor(box))).stdout);
  expect(check(report, 'network').status).toBe('pass');
  expect(check(report, 'api-key-present').status).toBe('fail');
  expect(check(report, 'api-key-valid').status).toBe('skip');
});

it('no key, gateway down: network fails with the reason', async () => {
  box = sandbox(config(downUrl));
  const report = parseReport((await cli(['doctor', '--config', box.configPath, '--json', '--timeout', '3'], envFor(box))).stdout);
  expect(check(report, 'network').status).toBe('fail');
});
