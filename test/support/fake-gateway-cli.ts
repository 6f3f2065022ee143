// `npm run fake-gateway`: the fake AIsa gateway on a fixed loopback port, for trying the CLI by hand:
//   AISA_BASE_URL=http://127.0.0.1:18790/v1 AISA_API_KEY=<printed key> aisa-setup onboard
import { startFakeGateway, TEST_KEYS } from './fake-gateway.js';

const port = Number(process.env.FAKE_GATEWAY_PORT ?? 18790);
const gw = await startFakeGateway({ port });
process.stdout.write(
  [
    `fake AIsa gateway listening on ${gw.baseUrl}`,
    `  AISA_BASE_URL=${gw.baseUrl}`,
    `  AISA_API_KEY=${TEST_KEYS.good}`,
    `other test keys: ${Object.entries(TEST_KEYS).filter(([k]) => k !== 'good').map(([k, v]) => `${k}=${v}`).join(' ')}`,
    'Ctrl-C to stop.',
    '',
  ].join('\n'),
);
const stop = (): void => void gw.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
