/** Turns the harness's data into terminal text. Colours come from picocolors, which honours NO_COLOR and pipes. */
import pc from 'picocolors';
import type { CheckResult } from '../check.ts';
import type { ProgressRow } from '../progress.ts';
import type { LintProblem } from '../lint/lint.ts';

const STATUS_TEXT = {
  'not-started': pc.dim('not started'),
  failing: pc.red('failing'),
  passing: pc.green('passing'),
} as const;

const STATUS_MARK = { 'not-started': pc.dim('·'), failing: pc.red('✗'), passing: pc.green('✓') } as const;

export function renderCheck(result: CheckResult, { maxFailures = 5 } = {}): string {
  const { report } = result;
  const lines: string[] = [];
  const who = report.impl === 'learner' ? 'your code' : `--impl ${report.impl}`;
  if (result.stateWarning) lines.push(pc.yellow(`warning: ${result.stateWarning}`), '');
  if (report.status === 'not-started') {
    lines.push(`${STATUS_MARK['not-started']} ${pc.bold(report.id)}: not started (the stub still throws NotImplemented).`);
    lines.push(`  Open katas/${report.id}/README.md, write your solution in katas/${report.id}/${report.id.split('/')[1]}.ts, then run \`npx kata check ${report.id}\` again.`);
    return lines.join('\n');
  }
  const counts = `${report.passed} passed, ${report.failed} failed`;
  lines.push(`${STATUS_MARK[report.status]} ${pc.bold(report.id)}: ${STATUS_TEXT[report.status]} (${counts}) against ${who}, seed ${report.seed}`);
  for (const error of report.loadErrors) lines.push('', pc.red(`  could not run the tests: ${error}`));
  const shown = report.failures.slice(0, maxFailures);
  for (const failure of shown) {
    lines.push('', `  ${pc.red('✗')} ${failure.test}`);
    if (failure.property) {
      const p = failure.property;
      lines.push(`      counterexample: ${pc.bold(p.counterexample)}`);
      lines.push(pc.dim(`      (found after ${p.runs} run${p.runs === 1 ? '' : 's'}, shrunk ${p.shrinks} time${p.shrinks === 1 ? '' : 's'})`));
    }
    for (const line of failure.message.split('\n')) lines.push(`      ${line}`);
    const replay = result.replays.find((r) => r.test === failure.test);
    if (replay) lines.push(`      replay: ${pc.cyan(replay.command)}`);
  }
  if (report.failures.length > shown.length) lines.push('', pc.dim(`  … and ${report.failures.length - shown.length} more failing tests.`));
  return lines.join('\n');
}

export function renderProgress(rows: readonly ProgressRow[]): string {
  const lines: string[] = [];
  let pattern = '';
  const width = Math.max(...rows.map((r) => r.slug.length), 4);
  for (const row of rows) {
    if (row.pattern !== pattern) {
      pattern = row.pattern;
      const inPattern = rows.filter((r) => r.pattern === pattern);
      const solved = inPattern.filter((r) => r.status === 'passing').length;
      lines.push('', `${pc.bold(pattern)} ${pc.dim(`${solved}/${inPattern.length} solved`)}`);
    }
    const status = row.problem ? pc.yellow(`broken: ${row.problem}`) : STATUS_TEXT[row.status];
    lines.push(
      `  ${STATUS_MARK[row.status]} ${row.slug.padEnd(width)}  ${(row.difficulty ?? '').padEnd(6)}  ${(row.target ?? '').padEnd(12)}  ${status}`,
    );
  }
  const solved = rows.filter((r) => r.status === 'passing').length;
  lines.push('', `${solved}/${rows.length} katas solved.`);
  return lines.join('\n').replace(/^\n/, '');
}

export function renderLint(problems: readonly LintProblem[], checked: number): string {
  if (problems.length === 0) return `${pc.green('✓')} kata lint: ${checked} katas, no problems.`;
  const lines = problems.map((p) => `${pc.red('✗')} ${p.id ? `${pc.bold(p.id)}: ` : ''}${p.message}`);
  lines.push('', `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${checked} katas.`);
  return lines.join('\n');
}
