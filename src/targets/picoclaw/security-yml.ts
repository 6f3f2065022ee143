// `.security.yml` beside PicoClaw's config: `model_list: { <model_name>: { api_keys: [...] } }`.
// There is no YAML library here, and a user's file may hold channel tokens and comments we must
// not disturb, so this edits only the `model_list` block, line by line, in the block style
// PicoClaw itself writes. Anything else there (flow style, anchors) is refused, never rewritten.
import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';

const TOP = /^model_list\s*:\s*(#.*)?$/;
const TOP_INLINE = /^model_list\s*:\s*[^#\s]/;
// A plain key may hold colons not followed by a space: PicoClaw writes `aisa/qwen3-max:0:` unquoted.
const KEY = /^(\s+)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s#'"](?:[^:#]|:(?=\S))*?)\s*:(?:\s+(#.*)?)?$/;
const FLOW_KEYS = /^\s+api_keys\s*:\s*\[(.*)\]\s*(#.*)?$/;
const FLOW_ITEM = /"(?:[^"\\]|\\.)*"|'[^']*'|[^,\s][^,]*/g;
const ITEM = /^\s+-\s+("(?:[^"\\]|\\.)*"|'[^']*'|[^#\s]+)\s*(#.*)?$/;

interface Block {
  lines: string[];
  /** Index of the `model_list:` line, or -1. */
  start: number;
  /** One past the last line of the block's content. */
  end: number;
}

function unquote(s: string): string {
  if (s.startsWith('"')) return JSON.parse(s) as string;
  if (s.startsWith("'")) return s.slice(1, -1);
  return s;
}

const isTrivia = (l: string) => l.trim() === '' || l.trim().startsWith('#');

function findBlock(text: string, file: string): Block {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => TOP.test(l));
  if (start < 0 && lines.some((l) => TOP_INLINE.test(l))) throw unsupported(file);
  let end = start + 1;
  if (start >= 0) {
    for (let i = start + 1; i < lines.length; i++) {
      if (isTrivia(lines[i]!)) continue;
      if (!/^\s/.test(lines[i]!)) break;
      end = i + 1;
    }
  }
  return { lines, start, end };
}

/** model_name → api_keys, as PicoClaw would read them; an absent file is an empty map. */
export function readSecurityKeys(text: string | null, file: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!text) return out;
  const { lines, start, end } = findBlock(text, file);
  if (start < 0) return out;
  let current: string[] | undefined;
  let childIndent: number | undefined;
  for (const line of lines.slice(start + 1, end)) {
    if (isTrivia(line)) continue;
    const key = KEY.exec(line);
    const indent = /^\s*/.exec(line)![0].length;
    childIndent ??= indent;
    if (key && indent === childIndent) {
      current = [];
      out.set(unquote(key[2]!), current);
      continue;
    }
    const item = ITEM.exec(line);
    if (item && current) current.push(unquote(item[1]!));
    const flow = FLOW_KEYS.exec(line);
    if (flow && current) current.push(...(flow[1]!.match(FLOW_ITEM) ?? []).map((v) => unquote(v.trim())));
  }
  return out;
}

/**
 * The file with `model_list.<name>.api_keys` set to `[key]` for each name; every other line kept.
 * An entry that already says exactly that is not rewritten, so a second run changes nothing.
 */
export function setSecurityKeys(text: string | null, file: string, names: string[], key: string): string {
  const source = text ?? '';
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const have = readSecurityKeys(source, file);
  const todo = names.filter((n) => !(have.get(n)?.length === 1 && have.get(n)![0] === key));
  if (todo.length === 0) return source;
  const block = findBlock(source, file);
  const { lines } = block;
  if (lines.at(-1) === '') lines.pop();
  const entry = (name: string, indent: string) => [`${indent}${JSON.stringify(name)}:`, `${indent}  api_keys:`, `${indent}    - ${JSON.stringify(key)}`];
  if (block.start < 0) {
    lines.push('model_list:', ...todo.flatMap((n) => entry(n, '  ')));
    return lines.join(eol) + eol;
  }
  // Replace existing entries bottom-up so earlier indices stay valid, then append the new ones.
  const firstChild = lines.slice(block.start + 1, block.end).find((l) => !isTrivia(l));
  const indent = firstChild ? /^\s*/.exec(firstChild)![0] : '  ';
  const spans: { name: string; from: number; to: number }[] = [];
  for (let i = block.start + 1; i < block.end; i++) {
    const m = KEY.exec(lines[i]!);
    if (!m || m[1] !== indent) continue;
    let to = i + 1;
    while (to < block.end && (isTrivia(lines[to]!) || /^\s*/.exec(lines[to]!)![0].length > indent.length)) to++;
    while (to > i + 1 && isTrivia(lines[to - 1]!)) to--;
    spans.push({ name: unquote(m[2]!), from: i, to });
  }
  let end = block.end;
  for (const s of spans.reverse()) {
    if (!todo.includes(s.name)) continue;
    const next = entry(s.name, indent);
    lines.splice(s.from, s.to - s.from, ...next);
    end += next.length - (s.to - s.from);
  }
  const added = todo.filter((n) => !have.has(n)).flatMap((n) => entry(n, indent));
  lines.splice(end, 0, ...added);
  return lines.join(eol) + eol;
}

function unsupported(file: string): CliError {
  return new CliError('config-layout', ExitCode.config, t().picoclaw.securityUnsupported(file), t().picoclaw.securityUnsupportedFix(file));
}
