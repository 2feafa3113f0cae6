/**
 * Terminal text cut to the terminal's width with wrap-ansi (which keeps colour codes intact across
 * a break): long lines break at spaces and keep their indent, so hints and the solution's code read
 * as written; a word longer than the whole width is the only thing cut inside. No width (output to
 * a pipe or file): nothing changes.
 */
import wrapAnsi from 'wrap-ansi';

/** Leading colour codes, then the spaces that indent the line. */
const INDENT = /^((?:\x1b\[[0-9;]*m)*)( *)/;

/** `text` with every line longer than `columns` broken at spaces, its continuation lines indented as it was. */
export function wrapToWidth(text: string, columns: number | null | undefined): string {
  if (!columns || columns < 1) return text;
  return text.split('\n').map((line) => wrapLine(line, columns)).join('\n');
}

function wrapLine(line: string, columns: number): string {
  const [, codes = '', spaces = ''] = INDENT.exec(line) ?? [];
  // Keep the indent when it leaves room for words; a deep one on a narrow terminal is dropped.
  const indent = columns - spaces.length >= 20 ? spaces : '';
  const rest = codes + line.slice(codes.length + spaces.length);
  const wrapped = wrapAnsi(indent === spaces ? rest : line, columns - indent.length, { hard: true });
  if (!wrapped.includes('\n')) return line; // it fits: left exactly as it was
  return wrapped.split('\n').map((part) => indent + part).join('\n');
}

/** `line` cut to `columns` (a list row that must stay one line), colour codes closed. */
export function cutToWidth(line: string, columns: number | null | undefined): string {
  if (!columns || columns < 1) return line;
  return wrapAnsi(line, columns, { hard: true, trim: false, wordWrap: false }).split('\n')[0]!;
}
