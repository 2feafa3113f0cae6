/**
 * Whether an implementation file type-checks, read (never run) by the TypeScript compiler with the
 * workspace's own compiler options and `#kit` resolved to the kit wherever the file lives (an
 * `--impl` directory has no package.json of its own). Only the file's own diagnostics count: the
 * kit and Node's types are taken as they are.
 *
 * Asked by `kata check` only, when the kata's tests did not pass (a check that fails with "cannot read properties of
 * undefined" whose cause is a type error then says so); it runs in the test process, inside the
 * sandbox and under its stall limit, since a hostile type can keep the checker busy for long. It
 * costs 2-3 s, most of it reading Node's types (the workspace's tsconfig gives them to every kata
 * file, as the learner's editor does), which is why watch mode's warm runner does not ask it: its
 * budget is 300 ms a save, and the editor shows the same messages as the learner types. Runs of many
 * implementations (`kata ci`, lint's mutants, `kata hack`) do not ask it either: a new checker per
 * file, 1.5 s each even when the parsed files are reused, would add minutes to them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT, shownPath } from '../base/paths.ts';

/** At most this many diagnostics are reported; the count of the rest is said. */
export const MAX_TYPE_PROBLEMS = 3;

function compilerOptions(): ts.CompilerOptions {
  const configFile = path.join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configFile, (f) => readFileSync(f, 'utf8'));
  const parsed = ts.parseJsonConfigFileContent(config.config ?? {}, ts.sys, ROOT, undefined, configFile);
  return {
    ...parsed.options,
    noEmit: true,
    paths: {
      '#kit': [path.join(ROOT, 'harness/kit/index.ts')],
      '#kit/testing': [path.join(ROOT, 'harness/kit/testing.ts')],
    },
  };
}

/**
 * `your file does not type-check: <file>:<line>:<column>: TS<code>: <message>`, one per diagnostic
 * of the file (at most MAX_TYPE_PROBLEMS, then how many more), or [] when it type-checks or cannot
 * be read.
 */
export function typeProblems(file: string): string[] {
  let program: ts.Program;
  try {
    readFileSync(file);
    program = ts.createProgram([file], compilerOptions());
  } catch {
    return [];
  }
  const source = program.getSourceFile(file);
  if (!source) return [];
  const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
  const shown = shownPath(file);
  const lines = diagnostics.slice(0, MAX_TYPE_PROBLEMS).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    if (d.start === undefined) return `your file does not type-check: ${shown}: TS${d.code}: ${text}`;
    const { line, character } = source.getLineAndCharacterOfPosition(d.start);
    return `your file does not type-check: ${shown}:${line + 1}:${character + 1}: TS${d.code}: ${text}`;
  });
  if (diagnostics.length > MAX_TYPE_PROBLEMS) lines.push(`… and ${diagnostics.length - MAX_TYPE_PROBLEMS} more type errors in ${shown}`);
  return lines;
}
