// The least a scripted onboard built on this project's stack must run, as one bundle: commander
// parsing a command of a dozen options, one GET of /models over node:http, its answer checked with
// zod, a JSON5 config parsed and written (temp file, fsync, rename). `npm run bench` times it as
// it times the CLI: what it costs over `node -e 0` is a floor under the real run's ratio.
import { Command } from 'commander';
import JSON5 from 'json5';
import * as z from 'zod/mini';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const program = new Command('floor').exitOverride();
const onboard = program.command('onboard').option('--base-url <url>').option('--config <path>').option('--yes');
for (const name of ['key', 'model', 'fallback', 'models', 'key-storage', 'timeout', 'lang', 'target', 'provider-id']) onboard.option(`--${name} <v>`);
onboard.action(async (opts) => {
  const http = process.getBuiltinModule('node:http');
  const body = await new Promise((resolve, reject) => {
    const req = http.request(`${opts.baseUrl}/models`, { headers: { authorization: `Bearer ${process.env.AISA_API_KEY}` }, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    req.on('error', reject);
    req.end();
  });
  const Model = z.looseObject({ id: z.string(), owned_by: z.optional(z.string()) });
  const List = z.looseObject({ data: z.array(Model) });
  const ids = List.parse(JSON.parse(body)).data.map((m) => m.id);
  let text = '{}';
  try {
    text = readFileSync(opts.config, 'utf8');
  } catch {}
  const config = JSON5.parse(text);
  config.models = { providers: { aisa: { baseUrl: opts.baseUrl, apiKey: '${AISA_API_KEY}', models: ids.slice(0, 4).map((id) => ({ id, name: id })) } } };
  config.agents = { defaults: { model: { primary: `aisa/${ids[0]}` } } };
  const temp = join(opts.config, `../.floor-${process.pid}`);
  const fd = openSync(temp, 'wx', 0o600);
  writeSync(fd, JSON5.stringify(config, null, 2));
  fsyncSync(fd);
  closeSync(fd);
  renameSync(temp, opts.config);
  process.stdout.write(`wrote ${opts.config}: ${ids.length} models\n`);
});
await program.parseAsync(process.argv.slice(2), { from: 'user' });
