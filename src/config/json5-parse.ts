// json5 prints its own warning (console.warn, "'\u2028' in strings is not valid ECMAScript") for a
// raw U+2028 or U+2029 inside a string. The character is valid JSON5 and OpenClaw reads it as it is,
// so the file is kept byte for byte and the warning, which is not ours and says nothing to act on,
// is kept off the user's terminal.
import JSON5 from 'json5';

const SEPARATORS = /[\u2028\u2029]/;

export function parseJson5(text: string): unknown {
  if (!SEPARATORS.test(text)) return JSON5.parse(text);
  // json5 parses synchronously: nothing else can run, and so nothing else can lose a warning, meanwhile.
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return JSON5.parse(text);
  } finally {
    console.warn = warn;
  }
}
