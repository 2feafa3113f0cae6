/**
 * Whether an implementation file parses as TypeScript, read (never run) with esbuild, the parser
 * tsx and Vite use. A file that does not parse gets one message with its place in the file, in
 * place of the bundler's "Transform failed with 1 error: <stdin>:2:12" that a test run reports.
 */
import { readFileSync } from 'node:fs';
import { transformSync, type Message } from 'esbuild';
import { shownPath } from '../base/paths.ts';

/** `your file does not parse: <file>:<line>:<column>: <what>` and the line with a caret, or null when it parses (or cannot be read). */
export function parseProblem(file: string): string | null {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const shown = shownPath(file);
  try {
    transformSync(source, { loader: 'ts', format: 'esm', sourcefile: shown, logLevel: 'silent' });
    return null;
  } catch (error) {
    const first = (error as { errors?: Message[] }).errors?.[0];
    if (!first) return null;
    const at = first.location;
    if (!at) return `your file does not parse: ${shown}: ${first.text}`;
    const column = at.column + 1;
    return [
      `your file does not parse: ${shown}:${at.line}:${column}: ${first.text}`,
      `    ${at.lineText}`,
      `    ${' '.repeat(at.column)}^`,
    ].join('\n');
  }
}
