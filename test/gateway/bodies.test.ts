// When the answer is not the JSON asked for, the message says what came instead of guessing a
// login page: bytes that are not HTTP, binary bytes, JSON cut off, a huge body, a page, plain text.
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/errors.js';
import { listModels } from '../../src/gateway/client.js';
import { TEST_KEYS, type FakeGateway } from '../support/fake-gateway.js';
import { fileGateway } from '../support/file-gateway.js';

const file = fileGateway();

const opts = (key: string) => ({ baseUrl: file.gw.baseUrl, apiKey: key, env: {}, timeoutMs: 3000, retryDelayMs: 5 });

async function failure(p: Promise<unknown>): Promise<CliError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('what arrived', () => {
  it('say what arrived when the body is not the JSON asked for', async () => {
    const said = async (route: Parameters<FakeGateway['setRoute']>[2]) => {
      file.gw.setRoute('GET', '/v1/models', route);
      try {
        return (await failure(listModels(opts(TEST_KEYS.good)))).message;
      } finally {
        file.gw.setRoute('GET', '/v1/models', null);
      }
    };
    expect(await said({ raw: 'SSH-2.0-OpenSSH_9.6\r\n' })).toContain('answered, but not in HTTP');
    expect(await said({ bytes: Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7]) })).toContain('9 bytes of binary data');
    expect(await said({ status: 200, body: '{"data":[{"id":"qw' })).toMatch(/stops after 18 bytes, before its end \(HTTP 200\)/);
    expect(await said({ size: 50 * 1024 * 1024 })).toContain('larger than 2 MB');
    expect(await said({ html: true })).toContain('an HTML page');
    expect(await said({ status: 200, body: 'hello' })).toContain('5 bytes of text/plain');
    // None of these is a "login page" unless it is a page.
    for (const route of [{ raw: 'x\r\n' }, { status: 200, body: '{"data":[' }, { size: 3 * 1024 * 1024 }]) expect(await said(route)).not.toMatch(/login page/);
  });

});
