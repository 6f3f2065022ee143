// A tiny OpenAI-compatible gateway on 127.0.0.1 for the compat gate: GET /v1/models and
// POST /v1/chat/completions (plain JSON, or SSE when the request says `stream: true`).
// Every request is recorded (method, path, headers, parsed body) so the gate can check what
// OpenClaw actually sent: the model id and the Bearer key.
import { createServer } from 'node:http';

export const DEFAULT_MODELS = [
  'qwen3-max',
  'qwen-plus-2025-12-01',
  'qwen-mt-flash',
  'deepseek-v3.1',
  'kimi-k2.5',
];

/**
 * @param {{ key?: string, models?: string[], reply?: string, port?: number, tags?: string[] }} opts
 *   key: when set, requests without `Authorization: Bearer <key>` get a 401 like the real gateway.
 */
export async function startFakeGateway({ key, models = DEFAULT_MODELS, reply = 'pong from fake aisa', port = 0, tags } = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      let body;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const record = { method: req.method, path: url.pathname, headers: req.headers, body, at: Date.now() };
      requests.push(record);

      const sendJson = (status, obj) => {
        const text = JSON.stringify(obj);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      };
      if (key && req.headers.authorization !== `Bearer ${key}`) {
        return sendJson(401, {
          error: { message: 'Invalid token (request id: fake-401)', type: 'new_api_error', code: 'invalid_api_key' },
        });
      }
      if (req.method === 'GET' && url.pathname === '/v1/models') {
        return sendJson(200, {
          object: 'list',
          success: true,
          // `tags`: supported_endpoint_types on every model (new-api tags all of an OpenAI channel `openai`).
          data: models.map((id) => ({ id, object: 'model', created: 1700000000, owned_by: 'aisa', ...(tags ? { supported_endpoint_types: tags } : {}) })),
        });
      }
      if (req.method === 'POST' && url.pathname === '/v1/chat/completions') {
        const model = body?.model ?? 'unknown';
        const id = `chatcmpl-fake-${requests.length}`;
        const created = Math.floor(Date.now() / 1000);
        const usage = { prompt_tokens: 5, completion_tokens: 4, total_tokens: 9 };
        if (body?.stream) {
          res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
          const chunk = (delta, finish = null, extra = {}) =>
            `data: ${JSON.stringify({
              id,
              object: 'chat.completion.chunk',
              created,
              model,
              choices: [{ index: 0, delta, finish_reason: finish }],
              ...extra,
            })}\n\n`;
          res.write(chunk({ role: 'assistant', content: '' }));
          for (const piece of reply.split(/(?<= )/)) res.write(chunk({ content: piece }));
          res.write(chunk({}, 'stop'));
          if (body?.stream_options?.include_usage) {
            res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`);
          }
          res.end('data: [DONE]\n\n');
          return;
        }
        return sendJson(200, {
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [{ index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' }],
          usage,
        });
      }
      sendJson(404, { error: { message: `no route ${req.method} ${url.pathname}`, type: 'not_found', code: 404 } });
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const { port: bound } = server.address();
  return {
    port: bound,
    baseUrl: `http://127.0.0.1:${bound}/v1`,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

// `node scripts/compat/fake-gateway.mjs [port]` runs it by hand and logs each request.
if (import.meta.url === `file://${process.argv[1]}`) {
  const gw = await startFakeGateway({ port: Number(process.argv[2] ?? 0), key: process.env.FAKE_KEY });
  process.stderr.write(`fake gateway on ${gw.baseUrl}\n`);
  setInterval(() => {
    while (gw.requests.length) {
      const r = gw.requests.shift();
      process.stderr.write(`${r.method} ${r.path} ${JSON.stringify(r.body ?? null).slice(0, 400)}\n`);
    }
  }, 200);
}
