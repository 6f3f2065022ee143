// `openclaw onboard --auth-choice aisa-api-key` on a real terminal (tmux): OpenClaw's own wizard
// with the plugin's prompt, a refused key asked for again with the diagnosis, then the right one.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from './install.mjs';
import { KEY, check, fail, secs } from './common.mjs';
import { startFakeGateway } from './fake-gateway.mjs';
import { installPlugin, stateContains, validClean } from './plugin-harness.mjs';

const WRONG = 'sk-compat-wrong-0000-2222';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function ttyOnboard(ctx, oc) {
  if ((await run('tmux', ['-V'])).code !== 0) return { skip: 'tmux is not installed' };
  const gw = await startFakeGateway({ key: KEY, reply: 'pong on a terminal' });
  // Its own server (-L): a session of an already running server would not see this environment.
  const tmux = (...args) => run('tmux', ['-L', `aisa-compat-${process.pid}-${ctx.name}`, ...args]);
  try {
    await installPlugin(ctx, 'dir');
    const env = { HOME: ctx.home, OPENCLAW_HOME: ctx.home, OPENCLAW_STATE_DIR: ctx.state, OPENCLAW_CONFIG_PATH: ctx.config, TMPDIR: ctx.dir, PATH: oc.pathWithNode, AISA_BASE_URL: gw.baseUrl, LANG: 'en_US.UTF-8', NODE_COMPILE_CACHE: join(oc.dir, '.compile-cache') };
    const script = join(ctx.dir, 'tty-onboard.sh');
    const exitFile = join(ctx.dir, 'tty-exit');
    const q = (v) => `'${String(v).replace(/'/g, `'\\''`)}'`;
    await writeFile(
      script,
      `#!/bin/sh\nexec env -i ${Object.entries(env).map(([k, v]) => `${k}=${q(v)}`).join(' ')} sh -c ${q(`${q(oc.node)} ${q(oc.openclawEntry)} onboard --auth-choice aisa-api-key --skip-channels --skip-daemon --skip-health --skip-skills --skip-search --skip-ui; echo $? > ${q(exitFile)}; sleep 60`)}\n`,
      { mode: 0o755 },
    );
    const started = performance.now();
    check((await tmux('new-session', '-d', '-s', 'onboard', '-x', '160', '-y', '50', script)).code === 0, 'tmux new-session failed');
    const screen = async () => (await tmux('capture-pane', '-p', '-J', '-S', '-400', '-t', 'onboard')).stdout;
    const waitFor = async (re, what, timeoutMs = 90_000) => {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const text = await screen();
        if (re.test(text)) return text;
        await sleep(400);
      }
      fail(`on the terminal: no ${what} within ${timeoutMs / 1000} s; the screen ends with: ${(await screen()).trim().split('\n').slice(-8).join(' | ')}`);
    };
    const keys = (...k) => tmux('send-keys', '-t', 'onboard', ...k);
    const type = (text) => tmux('send-keys', '-t', 'onboard', '-l', text);
    const count = (text, s) => text.split(s).length - 1;

    await waitFor(/Continue\?/, 'risk question');
    await keys('Enter');
    await waitFor(/◆\s+Help make OpenClaw better/, 'telemetry question');
    await keys('Enter');
    await waitFor(/◆\s+Setup mode/, 'setup mode question');
    await keys('Enter');
    await waitFor(/◆\s+What should we call your first agent/, 'agent name question');
    await keys('Enter');
    await waitFor(/◆\s+Enter your AIsa API key/, "the plugin's key prompt");
    await type(WRONG);
    await keys('Enter');
    const refused = await waitFor(/did not accept the key[\s\S]*◆\s+Enter your AIsa API key/, 'diagnosis and a second key prompt after a refused key');
    check(refused.includes('sk-…2222') && refused.includes('HTTP 401'), 'the refused key was not diagnosed (masked key, HTTP 401)');
    await type(KEY);
    await keys('Enter');
    await waitFor(/◆\s+Test AI access now/, 'live test question after the right key');
    await keys('Enter');
    const end = await waitFor(/AI access works/, 'a working live completion', 120_000);
    check(!end.includes(KEY) && !end.includes(WRONG), 'a key appeared unmasked on the terminal');
    let code;
    for (let i = 0; i < 150 && code === undefined; i++) {
      code = await import('node:fs/promises').then((f) => f.readFile(exitFile, 'utf8')).then((s) => Number(s.trim()), () => undefined);
      if (code === undefined) await sleep(400);
    }
    check(code === 0, `interactive openclaw onboard exited ${code ?? '(still running)'}`);
    ctx.notes.push(`terminal onboarding ${secs(performance.now() - started)}`);
    const config = await validClean(ctx, { AISA_BASE_URL: gw.baseUrl });
    // OpenClaw's wizard pins the default to the profile it just made: `aisa/qwen3-max@aisa:setup-<uuid>`.
    check(/^aisa\/qwen3-max(@aisa:[\w-]+)?$/.test(config.agents?.defaults?.model?.primary ?? ''), `default model is ${JSON.stringify(config.agents?.defaults?.model)}`);
    check(!(await stateContains(ctx.state, WRONG)), 'the refused key was stored anyway');
    const chats = gw.requests.filter((r) => r.path === '/v1/chat/completions');
    check(chats.length > 0 && chats.every((c) => c.headers.authorization === `Bearer ${KEY}`), "OpenClaw's live test did not reach the gateway with the key");
    check(count(await screen(), 'Enter your AIsa API key') >= 2, 'the key was not asked for twice');
    ctx.summary = `wrong key diagnosed and asked again, right key accepted, live test answered (${chats[0].body?.model})`;
  } finally {
    await tmux('kill-server');
    await gw.close();
  }
}
