// The least this project's stack must run, as one bundle, timed by `npm run bench` as it times the
// CLI: what it costs over `node -e 0` is a floor under the real run's ratio.
// - `--help`: commander's help for a program of the CLI's shape (its commands and options).
// - `onboard`: that program parsing the command, one GET of /models over node:http, its answer
//   checked with zod, a JSON5 config parsed and written (temp file, fsync, rename).
import { Command } from 'commander';
import JSON5 from 'json5';
import * as z from 'zod/mini';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const program = new Command('floor').description('the stack alone, shaped like aisa-setup').version('0.0.0');
program.addHelpText('before', 'Examples:\n  # set up\n  floor onboard\n');
for (const name of ['config', 'profile', 'base-url', 'timeout', 'json', 'lang', 'no-color', 'target', 'provider-id']) program.option(`--${name} <v>`, `the ${name} option, described in a line of help`);
const command = (name, options, parent = program) => {
  const c = parent.command(name).description(`the ${name} command, described in a line of help`);
  for (const o of options) c.option(`--${o}`, `the ${o} option, described in a line of help`);
  return c;
};
const onboard = command('onboard', ['aisa-api-key <key>', 'aisa-api-key-stdin', 'model <id>', 'fallback <id>', 'models <ids>', 'key-storage <mode>', 'skip-validation', 'probe', 'dry-run', 'yes', 'non-interactive', 'keep-default']);
command('doctor', ['fix', 'yes', 'dry-run', 'probe', 'offline', 'only <ids>', 'skip <ids>']).action(() => {});
const models = command('models', []);
for (const sub of ['list', 'set', 'fallbacks']) command(sub, ['offline', 'dry-run'], models).action(() => {});
const plugin = command('plugin', []);
for (const sub of ['install', 'status', 'uninstall']) command(sub, ['yes'], plugin).action(() => {});
onboard.action(async (_, cmd) => {
  const opts = cmd.optsWithGlobals();
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
