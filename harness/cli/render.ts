/** Turns the harness's data into terminal text. Colours come from picocolors, which honours NO_COLOR and pipes. */
import path from 'node:path';
import pc from 'picocolors';
import { learnerFile, shownPath } from '../base/paths.ts';
import * as asciichart from 'asciichart';
import { isFailure, isSpaceFailure, type ComplexityResult, type SpaceResult } from '../engine/index.ts';
import { complexityMark, countOutcomes, describeRegression, type RegressionOverTime } from '../outcome/outcome.ts';
import type { KataOutcome } from '../check/stage.ts';
import { isMastered, type ProgressRow } from '../learner/progress.ts';
import { retentionOf } from '../state/review.ts';
import type { SolutionView } from '../learner/solution.ts';
import type { LintProblem } from '../author/lint.ts';

const STATUS_TEXT = {
  'not-started': pc.dim('not started'),
  failing: pc.red('failing'),
  passing: pc.green('passing'),
} as const;

const STATUS_MARK = { 'not-started': pc.dim('·'), failing: pc.red('✗'), passing: pc.green('✓') } as const;

/** A kata's reference and its interview notes (`kata solution`, watch mode's `s`). */
export function renderSolution(view: SolutionView): string {
  const section = (title: string, items: readonly string[]) => [pc.bold(title), ...items.map((item) => `  - ${item}`), ''];
  return [
    pc.bold(`${view.title}: reference solution (${shownPath(view.file)})`), '', view.source,
    ...section('What interviewers ask', view.notes.asked),
    ...section('Common traps', view.notes.traps),
    ...section('In production', view.notes.production),
  ].join('\n');
}

/** `watching`: shown by watch mode, which re-runs on save, so the advice differs. */
export function renderCheck(outcome: KataOutcome, { maxFailures = 5, watching = false } = {}): string {
  const { report, replays } = outcome.results.tests!;
  const complexity = outcome.results.complexity ?? null;
  const regression = outcome.results.record?.regression ?? null;
  const stateWarning = outcome.results.record?.stateWarning;
  const lines: string[] = [];
  const who = report.impl === 'learner' ? 'your code' : `--impl ${report.impl}`;
  if (stateWarning) lines.push(pc.yellow(`warning: ${stateWarning}`), '');
  if (report.status === 'not-started') {
    lines.push(`${STATUS_MARK['not-started']} ${pc.bold(report.id)}: not started (the stub still throws NotImplemented).`);
    const mine = report.impl === 'learner';
    const file = mine ? learnerFile(report.id) : report.impl.endsWith('.ts') ? report.impl : path.join(report.impl, ...report.id.split('/'), `${report.id.split('/')[1]}.ts`);
    const again = `npx kata check ${report.id}${mine ? '' : ` --impl ${report.impl}`}`;
    const then = watching ? 'and save: the tests run again on every save' : `then run \`${again}\` again`;
    lines.push(`  Open katas/${report.id}/README.md, write your solution in ${shownPath(file)}, ${then}.`);
    return lines.join('\n');
  }
  const counts = report.passed + report.failed === 0 && report.loadErrors.length > 0 ? 'no test ran' : `${report.passed} passed, ${report.failed} failed`;
  lines.push(`${STATUS_MARK[report.status]} ${pc.bold(report.id)}: ${STATUS_TEXT[report.status]} (${counts}) against ${who}, seed ${report.seed}`);
  for (const error of report.loadErrors) lines.push('', pc.red(`  could not run the tests: ${error}`));
  if (report.typeErrors?.length) lines.push('', ...report.typeErrors.map((e) => pc.yellow(`  ${e}`)));
  // Property failures carry a counterexample and a replay: never hide them behind examples.
  const ordered = [...report.failures.filter((f) => f.property), ...report.failures.filter((f) => !f.property)];
  const shown = ordered.slice(0, maxFailures);
  for (const failure of shown) {
    lines.push('', `  ${pc.red('✗')} ${failure.test}`);
    if (failure.property) {
      const p = failure.property;
      lines.push(`      counterexample: ${pc.bold(p.counterexample)}`);
      lines.push(pc.dim(`      (found after ${p.runs} run${p.runs === 1 ? '' : 's'}, shrunk ${p.shrinks} time${p.shrinks === 1 ? '' : 's'})`));
    }
    for (const line of failure.message.split('\n')) lines.push(`      ${line}`);
    const replay = replays.find((r) => r.test === failure.test);
    if (replay?.unshrunk) lines.push(`      replay of the case as first found, before shrinking (which ran into its time limit): ${pc.cyan(replay.command)}`);
    else if (replay) lines.push(`      replay: ${pc.cyan(replay.command)}`);
  }
  if (report.failures.length > shown.length) lines.push('', pc.dim(`  … and ${report.failures.length - shown.length} more failing tests.`));
  if (complexity) lines.push('', renderComplexity(complexity, { regression }));
  else if (regression) lines.push('', pc.red(describeRegression(regression)));
  const space = outcome.results.space;
  if (space) lines.push(renderSpaceLine(space));
  return lines.join('\n');
}

export function renderProgress(rows: readonly ProgressRow[]): string {
  const lines: string[] = [];
  let pattern = '';
  const width = slugWidth(rows);
  for (const row of rows) {
    if (row.pattern !== pattern) {
      pattern = row.pattern;
      lines.push('', progressHeading(rows.filter((r) => r.pattern === pattern)));
    }
    lines.push(`  ${statusMark(row)} ${progressColumns(row, width)}`);
  }
  const { solved, met, total } = countOutcomes(rows);
  lines.push('', `${solved}/${total} katas solved, ${met}/${total} meet their target complexity.`);
  return lines.join('\n').replace(/^\n/, '');
}

/** The width of the slug column for these rows. */
export function slugWidth(rows: readonly ProgressRow[]): number {
  return Math.max(...rows.map((r) => r.slug.length), 4);
}

export const statusMark = (row: ProgressRow): string => STATUS_MARK[row.status];

/** A pattern's line above its katas (the rows of that pattern): counts, recall, mastered. */
export function progressHeading(group: readonly ProgressRow[]): string {
  // Recall: FSRS retrievability now, mean over the pattern's katas that have passed (`kata review`).
  const recall = retentionOf(group.map((r) => r.review ?? null));
  const recallText = recall.retention === null ? '' : ` · recall ${Math.round(recall.retention * 100)}%${recall.due > 0 ? `, ${recall.due} due for review` : ''}`;
  // Mastered: every kata meets its target and none is due for review (learner/progress.ts).
  const mastered = isMastered(group) ? ` ${pc.green(pc.bold('· mastered'))}` : '';
  return `${pc.bold(group[0]?.pattern ?? '')} ${pc.dim(countsText(countOutcomes(group)) + recallText)}${mastered}`;
}

/** A kata's line of the list after its mark: slug, difficulty, target, status. */
export function progressColumns(row: ProgressRow, width: number): string {
  const mark = row.status === 'passing' ? complexityMark(row.complexity) : 'neutral';
  const complexity = row.regression ? pc.red(` ${row.regression}`) : mark === 'pass' ? pc.green(' target met') : mark === 'fail' ? pc.red(' target not met') : '';
  const status = row.problem ? pc.yellow(`broken: ${row.problem}`) : `${STATUS_TEXT[row.status]}${complexity}`;
  return `${row.slug.padEnd(width)}  ${(row.difficulty ?? '').padEnd(6)}  ${(row.target ?? '').padEnd(12)}  ${status}`;
}

/** "3/8 solved, 2/8 meet their target": the counts as every view words them. */
export function countsText({ solved, met, total }: { solved: number; met: number; total: number }): string {
  return `${solved}/${total} solved, ${met}/${total} meet their target`;
}

export function renderLint(problems: readonly LintProblem[], checked: number): string {
  if (problems.length === 0) return `${pc.green('✓')} kata lint: ${checked} katas, no problems.`;
  const lines = problems.map((p) => `${pc.red('✗')} ${p.id ? `${pc.bold(p.id)}: ` : ''}${p.message}`);
  lines.push('', `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${checked} katas.`);
  return lines.join('\n');
}

// ---- complexity -------------------------------------------------------------------------------

/** The space stage's line under the time verdict: advice, so a regression says it changes nothing. */
export function renderSpaceLine(result: SpaceResult): string {
  if (isSpaceFailure(result)) {
    const whose = result.side === 'learner' ? '' : ` (a ${result.side === 'spec' ? 'bench file' : 'reference'} problem in the kata, not in your code)`;
    return pc.yellow(`? space not measured: ${result.error}${whose}`);
  }
  const v = result.verdict;
  if (v.kind === 'ok') return pc.green(v.text);
  if (v.kind === 'inconclusive') return pc.yellow(`? ${v.text}`);
  return [pc.red(v.text), pc.dim(`  Space is advice: it does not change the result of the check (\`npx kata bench ${result.id} --space\` shows the table).`)].join('\n');
}


const VERDICT_MARK = { ok: pc.green('✓'), regression: pc.red('✗'), inconclusive: pc.yellow('?') } as const;

function ms(value: number | null): string {
  if (value === null) return pc.dim('over budget');
  if (value >= 100) return `${value.toFixed(0)} ms`;
  if (value >= 1) return `${value.toFixed(2)} ms`;
  return `${(value * 1000).toFixed(1)} µs`;
}

/** The verdict line, and with `detail` the table, slopes and a log-log chart of both curves. */
export function renderComplexity(result: ComplexityResult, { detail = false, regression = null as RegressionOverTime | null } = {}): string {
  if (isFailure(result)) {
    const whose = result.side === 'learner' ? '' : ` (a ${result.side === 'spec' ? 'bench file' : 'reference'} problem in the kata, not in your code)`;
    return `${pc.red('✗')} complexity: ${result.error}${whose}`;
  }
  const v = result.verdict;
  const lines = [`${VERDICT_MARK[v.kind]} complexity: ${v.text}`];
  if (regression) lines.push(pc.red(`  ${describeRegression(regression)}`));
  if (v.referenceMeetsTarget === false) {
    lines.push(pc.yellow(`  note: the reference itself grows like ${v.reference.label}, not its target: a kata bug, reported to its authors, never held against you.`));
  }
  if (!detail) return lines.join('\n');
  const m = result.measurements.at(-1)!;
  const clock = m.clock === 'cgroup' ? ' (each side in its own process, read from its cgroup)' : m.clock === 'self-reported' ? ' (each side in its own process, as it reported: no cgroup here)' : '';
  lines.push('', pc.dim(`  n = ${result.n}${m.family ? `; input: ${m.family}` : ''}; CPU time per call${clock}, median of ${m.roundsDone} rounds; seed ${m.seed}`));
  const header = `  ${'n'.padStart(10)}  ${'yours'.padStart(12)}  ${'reference'.padStart(12)}  ${'ratio'.padStart(8)}`;
  lines.push(pc.bold(header));
  for (const p of m.points) {
    const ratio = p.learner !== null && p.reference !== null ? `${(p.learner / p.reference).toFixed(2)}×` : '-';
    lines.push(`  ${String(p.n).padStart(10)}  ${ms(p.learner).padStart(12)}  ${ms(p.reference).padStart(12)}  ${ratio.padStart(8)}`);
  }
  const slope = (s: typeof v.learner) => (s.slope ? `${s.slope.slope.toFixed(2)} (${s.label}, bucket ${s.bucket})` : 'not measured');
  lines.push('', `  slope of log time on log n: yours ${slope(v.learner)}; reference ${slope(v.reference)}`);
  if (v.ratio.slope) lines.push(pc.dim(`  ${v.reasons.join('; ')}`));
  lines.push('', renderChart(m.points, m.kind));
  return lines.join('\n');
}

function renderChart(points: { n: number; learner: number | null; reference: number | null }[], kind: 'doubling' | 'linear'): string {
  const log = (x: number | null) => (x === null || x <= 0 ? NaN : Math.log10(x));
  // asciichart cannot skip missing values, so each series stops at its last measured size.
  const measured = (series: number[]) => series.slice(0, series.findIndex((y) => !Number.isFinite(y)) >>> 0);
  const reference = measured(points.map((p) => log(p.reference)));
  const learner = measured(points.map((p) => log(p.learner)));
  const stretch = (series: number[]) => series.flatMap((y, i) => (i === series.length - 1 ? [y] : [y, NaN, NaN, NaN].map((v, k) => (k === 0 ? y : interpolate(y, series[i + 1]!, k / 4)))));
  const finite = [...reference, ...learner].filter(Number.isFinite);
  const chart = asciichart.plot([stretch(reference), stretch(learner)].filter((s) => s.length > 0), {
    height: 10,
    min: Math.min(...finite),
    max: Math.max(...finite),
    ...(pc.isColorSupported ? { colors: [asciichart.green, asciichart.red] } : {}),
    format: (x: number) => ms(10 ** x).padStart(10),
  });
  const first = points[0]!.n;
  const last = points.at(-1)!.n;
  const axis = kind === 'doubling' ? 'n (log scale)' : 'n';
  return `${chart}\n${' '.repeat(12)}n = ${first}${' '.repeat(Math.max(1, (points.length - 1) * 4 - String(first).length - String(last).length - 4))}${last}   ${axis}\n  ${pc.green('━ reference')}   ${pc.red('━ yours')}   (time on a log scale)`;
}

function interpolate(a: number, b: number, t: number): number {
  return Number.isNaN(a) || Number.isNaN(b) ? NaN : a + (b - a) * t;
}
