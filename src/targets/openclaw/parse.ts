import { parseJson5 } from '../../config/json5-parse.js';
import { CliError, ExitCode } from '../../errors.js';
import { t } from '../../i18n/index.js';

/** A file holding only whitespace and comments counts as an empty config, like an empty file.
 *  A line comment ends at any of JSON5's line terminators, as json5 itself reads it. */
export function isBlankJson5(text: string): boolean {
  return text.replace(/^\uFEFF/, '').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n\r\u2028\u2029]*/g, '').trim() === '';
}

/**
 * Parses a config file's text. Errors name `file:line:column` and show the offending line with a
 * caret, because "SyntaxError: invalid character" alone sends people hunting through the file.
 */
export function parseConfigText(text: string, file: string): Record<string, unknown> {
  if (isBlankJson5(text)) return {};
  let value: unknown;
  try {
    value = parseJson5(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const err = e as SyntaxError & { lineNumber?: number; columnNumber?: number };
    const line = err.lineNumber ?? 1;
    const column = err.columnNumber ?? 1;
    const reason = err.message.replace(/^JSON5: /, '').replace(/ at \d+:\d+$/, '');
    throw new CliError(
      'config-parse',
      ExitCode.config,
      t().config.parseError(file, line, column, reason) + '\n' + pointAt(text, line, column),
      t().config.parseErrorFix(file),
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    throw new CliError('config-root', ExitCode.config, t().config.rootNotObject(file, kind), t().config.rootNotObjectFix);
  }
  return value as Record<string, unknown>;
}

function pointAt(text: string, line: number, column: number): string {
  const src = text.replace(/^\uFEFF/, '').split(/\r?\n/)[line - 1] ?? '';
  // Long minified lines would flood the terminal: show a window around the column.
  const start = Math.max(0, column - 60);
  const shown = src.slice(start, start + 120).replace(/\t/g, ' ');
  const gutter = `${line} | `;
  return `  ${gutter}${shown}\n  ${' '.repeat(gutter.length + column - 1 - start)}^`;
}
