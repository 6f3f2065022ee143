// Readable examples of the lossless JSON5 editor; test/document.fuzz.test.ts covers the rest.
import { describe, expect, test } from 'vitest';
import { openDocument } from '../../src/config/document.js';

const edit = (text: string, change: (d: ReturnType<typeof openDocument>) => void): string => {
  const doc = openDocument(text);
  change(doc);
  return doc.toString();
};

describe('openDocument', () => {
  test('adds the aisa provider next to a commented one, in the file style', () => {
    const before = [
      '// my OpenClaw config',
      '{',
      '  models: {',
      '    providers: {',
      "      openai: { baseUrl: 'https://api.openai.com/v1' }, // the old one",
      '    },',
      '  },',
      '}',
      '',
    ].join('\n');
    const after = edit(before, (d) =>
      d.reconcile(['models', 'providers', 'aisa'], {
        baseUrl: 'https://api.aisa.one/v1',
        apiKey: '${AISA_API_KEY}',
        models: [{ id: 'qwen3-max', name: 'Qwen3 Max', input: ['text', 'image'], compat: { supportsDeveloperRole: false } }],
      }),
    );
    expect(after).toBe(
      [
        '// my OpenClaw config',
        '{',
        '  models: {',
        '    providers: {',
        "      openai: { baseUrl: 'https://api.openai.com/v1' }, // the old one",
        '      aisa: {',
        "        baseUrl: 'https://api.aisa.one/v1',",
        "        apiKey: '${AISA_API_KEY}',",
        '        models: [',
        '          {',
        "            id: 'qwen3-max',",
        "            name: 'Qwen3 Max',",
        "            input: ['text', 'image'],",
        '            compat: {',
        '              supportsDeveloperRole: false,',
        '            },',
        '          },',
        '        ],',
        '      },',
        '    },',
        '  },',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('turns a string default model into {primary, fallbacks}, touching nothing else', () => {
    const before = '{\n  "agents": {\n    "defaults": {\n      "model": "aisa/qwen3-plus" /* old */\n    }\n  }\n}\n';
    const after = edit(before, (d) => d.reconcile(['agents', 'defaults', 'model'], { primary: 'aisa/qwen3-max', fallbacks: ['aisa/kimi-k2.5'] }));
    expect(after).toBe(
      '{\n  "agents": {\n    "defaults": {\n      "model": {\n        "primary": "aisa/qwen3-max",\n        "fallbacks": ["aisa/kimi-k2.5"]\n      } /* old */\n    }\n  }\n}\n',
    );
  });

  test('adds a per-model entry beside the existing ones; ids with a slash stay quoted', () => {
    const before = '{\n  agents: { defaults: {\n    models: {\n      "openai/gpt-5": { alias: "gpt" }\n    }\n  } }\n}';
    const after = edit(before, (d) => d.reconcile(['agents', 'defaults', 'models', 'aisa/kimi-k2.5'], { params: { temperature: 1 } }));
    expect(after).toBe(
      '{\n  agents: { defaults: {\n    models: {\n      "openai/gpt-5": { alias: "gpt" },\n      "aisa/kimi-k2.5": {\n        params: {\n          temperature: 1\n        }\n      }\n    }\n  } }\n}',
    );
  });

  test('moves supportsDeveloperRole under compat and fixes a stale id in place', () => {
    const before = [
      '{',
      '\t// tuned by hand',
      "\t'id': 'qwen3-plus', // stale",
      "\t'supportsDeveloperRole': false, // rejected by the schema",
      "\t'contextWindow': 131072",
      '}',
    ].join('\r\n');
    const after = edit(before, (d) => {
      d.reconcile(['id'], 'qwen-plus-2025-12-01');
      d.remove(['supportsDeveloperRole']);
      d.reconcile(['compat'], { supportsDeveloperRole: false });
    });
    expect(after).toBe(
      [
        '{',
        '\t// tuned by hand',
        "\t'id': 'qwen-plus-2025-12-01', // stale",
        '\t// rejected by the schema',
        "\t'contextWindow': 131072,",
        "\t'compat': {",
        "\t\t'supportsDeveloperRole': false",
        '\t}',
        '}',
      ].join('\r\n'),
    );
  });

  test('does not rewrite values that are already equal however they are written', () => {
    const before = "\ufeff{ ratio: 1.0, port: 0xFF, name: 'x', /* keep */ list: [1, 2,], }";
    const after = edit(before, (d) => d.reconcile([], { ratio: 1, port: 255, name: 'x', list: [1, 2] }));
    expect(after).toBe(before);
  });

  test('a one-line parent still gets a readable block', () => {
    const after = edit('{"models": {"providers": {}}}', (d) => d.reconcile(['models', 'providers', 'aisa'], { baseUrl: 'u', models: [] }));
    expect(after).toBe('{"models": {"providers": {\n  "aisa": {\n    "baseUrl": "u",\n    "models": []\n  }\n}}}');
  });

  test('a list item written on one line gets its new entries on that line, objects included', () => {
    const before = '{\n  models: [\n    { id: "a", name: "A" },\n  ],\n}\n';
    const after = edit(before, (d) => d.reconcile(['models', 0], { id: 'a', name: 'A', cost: { input: 1, output: 2 }, input: ['text'] }));
    expect(after).toBe('{\n  models: [\n    { id: "a", name: "A", cost: { input: 1, output: 2 }, input: ["text"] },\n  ],\n}\n');
    // Without the padding the row has, none is added.
    expect(edit('[{id: "a"}]', (d) => d.reconcile([0], { id: 'a', c: { x: 1 } }))).toBe('[{id: "a", c: {x: 1}}]');
    // An object that is not a list item still gets a readable block in a one-line parent.
    expect(edit('{ p: { a: 1 } }', (d) => d.reconcile(['p'], { a: 1, b: { x: 1 } }))).toBe('{ p: { a: 1, b: {\n  x: 1\n} } }');
  });

  test('an empty object keeps the comment inside it', () => {
    const after = edit('{\n  providers: {\n    // add yours here\n  },\n}\n', (d) => d.reconcile(['providers', 'aisa'], { api: 'openai-completions' }));
    expect(after).toBe('{\n  providers: {\n    // add yours here\n    aisa: {\n      api: "openai-completions",\n    },\n  },\n}\n');
  });

  test('removing the last property drops its separator, keeping the neighbour comment', () => {
    const after = edit('{\n  a: 1, // one\n  b: 2\n}\n', (d) => d.remove(['b']));
    expect(after).toBe('{\n  a: 1 // one\n}\n');
    expect(edit('{ a: 1, b: 2, c: 3 }', (d) => d.remove(['b']))).toBe('{ a: 1, c: 3 }');
    expect(edit('{ a: 1 }', (d) => d.remove(['zzz', 'y']))).toBe('{ a: 1 }');
  });

  describe('a removed member keeps the comments it held, beside the neighbour', () => {
    test.each([
      ['on lines of its own', '{\n  a: 1,\n  b: [ /* none yet */ ],\n  c: 2,\n}\n', '{\n  a: 1,\n  /* none yet */\n  c: 2,\n}\n'],
      ['the last one, finishing its line', '{\n  a: 1,\n  b: ["x"] // only one\n}\n', '{\n  a: 1\n  // only one\n}\n'],
      ['an object over several lines', '{\n  t: {\n    // my bot\n    token: "x", // secret\n  },\n  b: 1\n}\n', '{\n  // my bot\n  // secret\n  b: 1\n}\n'],
      ['in a row, between others', '{ a: 1, b: [/* x */], c: 2 }', '{ a: 1, /* x */ c: 2 }'],
      ['in a row, the last one', '{ a: 1, b: [/* x */] }', '{ a: 1 /* x */ }'],
      ['in a row, a line comment', '{ a: 1, b: [ // x\n  ], c: 2 }', '{ a: 1, // x\n  c: 2 }'],
      ['an array element', '[\n  "a",\n  { id: "b" /* mine */ },\n]\n', '[\n  "a",\n  /* mine */\n]\n'],
    ])('%s', (_name, before, after) => {
      const path = before.startsWith('[') ? [1] : [before.includes('t: {') ? 't' : 'b'];
      expect(edit(before, (d) => d.remove(path))).toBe(after);
    });
  });

  test('an empty or comment-only file gets a root object after its comments', () => {
    expect(edit('', (d) => d.reconcile(['gateway', 'port'], 18789))).toBe('{\n  "gateway": {\n    "port": 18789\n  }\n}\n');
    expect(edit('// hello', (d) => d.reconcile(['a'], 1))).toBe('// hello\n{\n  "a": 1\n}\n');
    expect(openDocument('  /* nothing */ ').get(['a'])).toBeUndefined();
  });

  test('reads every JSON5 form OpenClaw accepts, and rejects broken text', () => {
    const doc = openDocument("{default: true, if: 'x', s: '\\x41', n: +Infinity, list: [{id: 'main'}]}");
    expect(doc.get(['default'])).toBe(true);
    expect(doc.get(['s'])).toBe('A');
    expect(doc.get(['list', 0, 'id'])).toBe('main');
    expect(doc.get(['list', 'length'])).toBeUndefined();
    expect(() => openDocument('{ a: 1 ')).toThrow();
    expect(() => openDocument('/* unterminated')).toThrow();
  });

  test('get returns a copy, so callers cannot corrupt the document', () => {
    const doc = openDocument('{ a: { b: 1 } }');
    (doc.get(['a']) as { b: number }).b = 2;
    expect(doc.get(['a', 'b'])).toBe(1);
  });
});
