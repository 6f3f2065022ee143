import { parseEnv } from 'node:util';

const LINE = (name: string) => new RegExp(`^(\\s*(?:export\\s+)?${name}\\s*=).*$`);

/** Values of a `.env` text, as OpenClaw's dotenv loading reads them. */
export function readEnvText(text: string | null): Record<string, string> {
  if (!text) return {};
  return parseEnv(text.replace(/^\uFEFF/, '')) as Record<string, string>;
}

/**
 * Sets `NAME=value` in a `.env` text, keeping every other line, its order and its line endings.
 * An existing assignment is replaced in place (the last one wins in dotenv, so we edit that one).
 */
export function setEnvVar(text: string | null, name: string, value: string): string {
  const source = text ?? '';
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const lines = source === '' ? [] : source.split(/\r?\n/);
  const trailing = lines.length > 0 && lines[lines.length - 1] === '';
  if (trailing) lines.pop();
  const pattern = LINE(name);
  let index = -1;
  lines.forEach((l, i) => {
    if (pattern.test(l)) index = i;
  });
  const assignment = `${name}=${value}`;
  if (index >= 0) {
    const prefix = lines[index]!.match(pattern)![1]!;
    lines[index] = `${prefix}${value}`;
  } else {
    lines.push(assignment);
  }
  return lines.join(eol) + eol;
}
