/**
 * `kata report`: one static HTML page. It opens with what to do next and why, then mastery per
 * pattern (solved, target met, hints used, last practised, recall), then progress over time (katas
 * solved and meeting their target, by day), then interview rounds, then every kata the learner has
 * attempted: links to its README and file, its growth chart (time against n on log-log axes, yours
 * and the reference's, ticks at the sizes measured, an Okabe–Ito colour-blind-safe palette with a
 * marker shape and a line style per series, slopes in the legend), beside it, for a kata with a
 * space target, its memory chart (extra bytes per call against n, the same axes and styles: one
 * chart function draws both), its latest space verdict (advice) and its verdict history. Charts
 * are drawn by Chart.js, inlined so the page works offline; wide tables scroll in their own box.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import escapeHtml from 'escape-html';
import { isMastered, meetsTarget, type ProgressRow } from '../progress.ts';
import { renderInterviews, roundsByPattern, type PatternRounds } from './interviews.ts';
import type { State } from '../../state/store.ts';
import { formatBytes, labelOfSlope, SPACE_RULE } from '../../engine/index.ts';
import { countOutcomes, isSolved } from '../../outcome/outcome.ts';
import { retentionOf, type Retention } from '../../state/review.ts';
import { htmlPage } from '../../base/html.ts';
import { formatCount } from '../../base/format.ts';
import { kataFiles, learnerFile, ROOT } from '../../base/paths.ts';

export interface ReportKata {
  id: string;
  title: string;
  status: string;
  target: string;
  regression?: string;
  /** Relative links from the report's folder: the kata's README, and the learner's file (or the stub before they opened it). */
  links: { readme: string; file: string };
  history: State['katas'][string]['history'];
  chart: null | {
    kind: 'doubling' | 'linear';
    n: number[];
    learner: (number | null)[];
    reference: (number | null)[];
    learnerLabel: string;
    referenceLabel: string;
  };
  /** The latest memory measurement (the space stage), for the chart beside the time one. */
  memory: null | {
    n: number[];
    /** Extra bytes per call, as measured (null: not measured). */
    learner: (number | null)[];
    reference: (number | null)[];
    learnerLabel: string;
    referenceLabel: string;
    /** The input family measured. */
    family: string;
    /** The space verdict's floor (SPACE_RULE.floorBytes): figures below it are noise. */
    floorBytes: number;
  };
  /** The latest space verdict's sentence (advice: it never fails a check), when there is one. */
  space?: string;
}

/** What to do next, and why (the first rule that applies: a lost target, a failing kata, a due review, the next in the curriculum). */
export interface NextUp {
  id: string;
  title: string;
  why: string;
  command: string;
}

export interface PatternMastery extends Retention {
  pattern: string;
  solved: number;
  /** Katas of the pattern that meet their target, out of `total`. */
  met: number;
  total: number;
  mastered: boolean;
  hints: number;
  /** The latest check of any of its katas (ISO), or null. */
  lastPractised: string | null;
}

export interface ReportModel {
  generatedAt: string;
  next: NextUp | null;
  patterns: PatternMastery[];
  /** By day: how many katas had passed, and met their target, by the end of that day. */
  overTime: { day: string; solved: number; met: number }[];
  katas: ReportKata[];
  /** `kata interview`'s finished rounds per pattern. */
  interviews: PatternRounds[];
}

/** A kata the learner has worked on: a check found more than the untouched stub. */
function attempted(history: State['katas'][string]['history'] | undefined): boolean {
  return (history ?? []).some((h) => h.status !== 'not-started');
}

export function nextUp(rows: readonly ProgressRow[], state: State): NextUp | null {
  const slug = (id: string) => id.split('/')[1]!;
  const pick = (r: ProgressRow, why: string, command: string): NextUp => ({ id: r.id, title: r.title ?? r.id, why, command });
  const lost = rows.find((r) => r.regression);
  if (lost) return pick(lost, `it met its target before and no longer does (${lost.regression})`, `npx kata check ${slug(lost.id)}`);
  const failing = rows.find((r) => r.status === 'failing' && attempted(state.katas[r.id]?.history));
  if (failing) return pick(failing, 'you started it and its latest check fails', `npx kata check ${slug(failing.id)}`);
  const slow = rows.find((r) => isSolved(r) && !meetsTarget(r) && r.complexity?.verdict === 'regression');
  if (slow) return pick(slow, `its tests pass but it does not meet its target ${slow.target ?? ''}`.trim(), `npx kata check ${slug(slow.id)}`);
  const due = rows.find((r) => r.review?.isDue);
  if (due) return pick(due, 'it is due for review: re-solve it from a fresh stub', `npx kata review ${slug(due.id)}`);
  const fresh = rows.find((r) => !isSolved(r) && !r.problem);
  if (fresh) return pick(fresh, 'the next kata of the curriculum you have not solved', 'npm start');
  return null;
}

/** Cumulative katas passed (and meeting their target) at the end of each day a check ran. */
function progressOverTime(rows: readonly ProgressRow[], state: State): ReportModel['overTime'] {
  const firstPass = new Map<string, string>();
  const firstMet = new Map<string, string>();
  for (const r of rows) {
    for (const h of state.katas[r.id]?.history ?? []) {
      const day = h.at.slice(0, 10);
      if (h.status === 'passing' && !firstPass.has(r.id)) firstPass.set(r.id, day);
      if (h.status === 'passing' && (r.noBench || h.complexity?.verdict === 'ok') && !firstMet.has(r.id)) firstMet.set(r.id, day);
    }
  }
  const days = [...new Set([...firstPass.values(), ...firstMet.values()])].sort();
  return days.map((day) => ({
    day,
    solved: [...firstPass.values()].filter((d) => d <= day).length,
    met: [...firstMet.values()].filter((d) => d <= day).length,
  }));
}

/** A path as a relative link from `fromDir` (forward slashes, each segment escaped). */
function linkFrom(fromDir: string, file: string): string {
  return path.relative(fromDir, file).split(path.sep).map(encodeURIComponent).join('/');
}

export function buildReport(rows: readonly ProgressRow[], state: State, generatedAt = new Date().toISOString(), reportDir = path.join(ROOT, 'kata-report')): ReportModel {
  const patterns = [...new Set(rows.map((r) => r.pattern))].map((pattern): PatternMastery => {
    const group = rows.filter((r) => r.pattern === pattern);
    const checks = group.flatMap((r) => state.katas[r.id]?.history ?? []).map((h) => h.at).sort();
    return {
      pattern,
      // The same counts as every other view (outcome.ts countOutcomes; counts.test.ts holds them equal).
      ...countOutcomes(group),
      mastered: isMastered(group),
      hints: group.reduce((sum, r) => sum + r.hintsShown, 0),
      lastPractised: checks.at(-1) ?? null,
      ...retentionOf(group.map((r) => r.review ?? null)),
    };
  });
  const katas = rows
    .filter((r) => attempted(state.katas[r.id]?.history))
    .map((r): ReportKata => {
      const k = state.katas[r.id]!;
      const m = k.measurement;
      const slope = (s: number | null) => (s === null ? 'not measured' : m?.kind === 'linear' ? `${s.toFixed(2)}` : `slope ${s.toFixed(2)}, ${labelOfSlope(s)}`);
      const mine = learnerFile(r.id);
      const sm = k.spaceMeasurement;
      const spaced = k.history.filter((h) => h.space);
      // The learner's growth as the verdict of the same check read it (the measurement keeps only figures).
      const grows = sm ? spaced.find((h) => h.at === sm.at)?.space?.grows : undefined;
      const space = spaced.at(-1)?.space?.text;
      return {
        id: r.id,
        title: r.title ?? r.id,
        status: r.status,
        target: r.target ?? '-',
        ...(r.regression ? { regression: r.regression } : {}),
        links: { readme: linkFrom(reportDir, kataFiles(r.id).readme), file: linkFrom(reportDir, existsSync(mine) ? mine : kataFiles(r.id).stub) },
        history: k.history.filter((h) => h.status !== 'not-started'),
        chart: m
          ? { kind: m.kind, n: m.n, learner: m.learner, reference: m.reference, learnerLabel: `yours (${slope(m.learnerSlope)})`, referenceLabel: `reference (${slope(m.referenceSlope)})` }
          : null,
        memory: sm
          ? { n: sm.n, learner: sm.learner, reference: sm.reference, learnerLabel: grows ? `yours (${grows} extra)` : 'yours', referenceLabel: 'reference', family: sm.family, floorBytes: SPACE_RULE.floorBytes }
          : null,
        ...(space !== undefined ? { space } : {}),
      };
    });
  return { generatedAt, next: nextUp(rows, state), patterns, overTime: progressOverTime(rows, state), katas, interviews: roundsByPattern(state, patterns.map((p) => p.pattern)) };
}

/** Chart.js's self-contained UMD build (not in the package's exports map, so found beside its CommonJS entry). */
function chartLibrary(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Okabe–Ito: told apart with every common colour-vision deficiency; each series also has its own marker and line style. */
const PALETTE = { yours: '#D55E00', reference: '#0072B2', solved: '#0072B2', met: '#009E73' };

const DRAW = `
const model = JSON.parse(document.getElementById('report-data').textContent);
const palette = ${JSON.stringify(PALETTE)};
const axis = (title, type) => ({ type, title: { display: true, text: title } });
const grouped = ${formatCount.toString()};
const bytes = ${formatBytes.toString()};
const canvasOf = (prefix, kata) => document.getElementById(prefix + kata.id.replace('/', '--'));
// Yours against the reference's over n, for time and memory alike: one tick per size measured,
// written as a person reads it; Okabe–Ito colours, a marker and a line style per series.
// y: the y axis (scale), how a figure is drawn (plot), and the tooltip's line (tooltip, optional).
function growthChart(canvas, c, y) {
  const points = (ys) => c.n.map((n, i) => ({ x: n, y: ys[i] === null ? null : y.plot(ys[i]), measured: ys[i] })).filter((p) => p.y !== null);
  const x = axis(c.kind === 'doubling' ? 'n (log scale)' : 'n', c.kind === 'doubling' ? 'logarithmic' : 'linear');
  x.afterBuildTicks = (scale) => { scale.ticks = c.n.map((value) => ({ value })); };
  x.ticks = { autoSkip: false, maxRotation: 60, callback: (value) => grouped(value) };
  const plugins = { legend: { labels: { usePointStyle: true } } };
  if (y.tooltip) plugins.tooltip = { callbacks: { label: (item) => item.dataset.label + ': ' + y.tooltip(item.raw.measured) } };
  return new Chart(canvas, {
    type: 'line',
    data: { datasets: [
      { label: c.learnerLabel, data: points(c.learner), borderColor: palette.yours, backgroundColor: palette.yours, pointStyle: 'triangle', pointRadius: 5 },
      { label: c.referenceLabel, data: points(c.reference), borderColor: palette.reference, backgroundColor: palette.reference, pointStyle: 'rect', pointRadius: 4, borderDash: [6, 4] },
    ] },
    options: { animation: false, parsing: false, maintainAspectRatio: false, plugins, scales: { x, y: y.scale } },
  });
}
for (const kata of model.katas) {
  if (kata.chart) growthChart(canvasOf('chart-', kata), kata.chart, { scale: axis('CPU time per call, ms (log scale)', 'logarithmic'), plot: (ms) => ms });
  if (!kata.memory) continue;
  const m = kata.memory;
  const floor = m.floorBytes;
  // Zero bytes cannot go on a log axis, and below the floor the space verdict reads nothing but noise:
  // every figure is clamped up to the floor, as the verdict clamps it, and the floor's tick reads
  // "≤ 512 KiB" (the tooltip still tells the figure measured). Nulls (a side not measured) are dropped.
  const top = Math.max(floor, ...m.learner.concat(m.reference).filter((b) => b !== null));
  let max = floor * 2;
  while (max < top) max *= 2;
  // Ticks at powers of two from the floor up, at most eight of them.
  let step = 2;
  while (Math.log(max / floor) / Math.log(step) + 1 > 8) step *= 2;
  const scale = axis('extra memory per call (log scale)', 'logarithmic');
  // A little room beyond the end ticks, so that no marker is cut in half by the chart's edge.
  scale.min = floor / 1.3;
  scale.max = max * 1.3;
  scale.afterBuildTicks = (s) => { s.ticks = []; for (let v = floor; v <= max; v *= step) s.ticks.push({ value: v }); };
  scale.ticks = { callback: (value) => (value <= floor ? '≤ ' : '') + bytes(value) };
  growthChart(canvasOf('memory-', kata), { ...m, kind: 'doubling' }, { scale, plot: (b) => Math.max(b, floor), tooltip: (b) => bytes(b) + ' extra' });
}
const over = document.getElementById('chart-over-time');
if (over && model.overTime.length > 0) {
  new Chart(over, {
    type: 'line',
    data: {
      labels: model.overTime.map((d) => d.day),
      datasets: [
        { label: 'katas solved', data: model.overTime.map((d) => d.solved), borderColor: palette.solved, backgroundColor: palette.solved, pointStyle: 'circle', stepped: true },
        { label: 'meeting their target', data: model.overTime.map((d) => d.met), borderColor: palette.met, backgroundColor: palette.met, pointStyle: 'rectRot', borderDash: [6, 4], stepped: true },
      ],
    },
    options: { animation: false, maintainAspectRatio: false, plugins: { legend: { labels: { usePointStyle: true } } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
}`;

export function renderReport(model: ReportModel): string {
  const e = (text: string | number) => escapeHtml(String(text));
  const day = (iso: string | null) => (iso ? iso.replace('T', ' ').slice(0, 16) : '-');
  const next = model.next
    ? `<section class="next"><h2>Next up</h2><p><strong>${e(model.next.title)}</strong> <span class="muted">${e(model.next.id)}</span>: ${e(model.next.why)}.</p><p><code>${e(model.next.command)}</code></p></section>`
    : '<section class="next"><h2>Next up</h2><p>Every kata passes and meets its target. Keep them fresh with <code>npx kata review</code>, or try <code>npx kata interview</code>.</p></section>';
  const progress = model.patterns.map((p) => `<tr><td>${e(p.pattern)}</td><td class="num">${e(`${p.solved}/${p.total}`)}</td><td class="num">${e(`${p.met}/${p.total}`)}</td><td>${p.mastered ? '<strong class="good">mastered</strong>' : ''}</td><td><progress max="${p.total}" value="${p.solved}"></progress></td><td class="num">${e(p.hints)}</td><td>${e(day(p.lastPractised))}</td><td>${p.retention === null ? '<span class="muted">-</span>' : e(`${Math.round(p.retention * 100)}%${p.due > 0 ? `, ${p.due} due` : ''}`)}</td></tr>`).join('');
  const overTime = model.overTime.length > 0
    ? '<div class="chart wide"><canvas id="chart-over-time" aria-label="katas solved and meeting their target over time" role="img"></canvas></div>'
    : '<p class="muted">Nothing has passed yet: the chart starts with your first passing kata.</p>';
  const katas = model.katas.map((k) => {
    const history = [...k.history].reverse().map((h) => `<tr><td>${e(day(h.at))}</td><td>${e(h.status)}</td><td>${e(`${h.passed} passed, ${h.failed} failed`)}</td><td>${e(h.complexity?.text ?? '')}</td><td>${e(h.space?.text ?? '')}</td></tr>`).join('');
    const chart = k.chart
      ? `<div class="chart"><canvas id="chart-${e(k.id.replace('/', '--'))}" aria-label="${e(`growth of ${k.id}`)}" role="img"></canvas></div>`
      : '<p class="muted">No growth measurement yet: it is taken once the tests pass.</p>';
    const memory = k.memory
      ? `<figure class="memory"><div class="chart"><canvas id="memory-${e(k.id.replace('/', '--'))}" aria-label="${e(`memory of ${k.id}`)}" role="img"></canvas></div><figcaption class="muted">${e(`Extra memory per call on ${k.memory.family} inputs. Under ${formatBytes(k.memory.floorBytes)} it is noise: such figures are drawn at that floor, as the space verdict reads them.`)}</figcaption></figure>`
      : '';
    const space = k.space === undefined ? '' : ` <span class="space-verdict">${e(k.space)} <span class="muted" title="a space verdict never fails a check">(advice)</span></span>`;
    return `<section class="kata" id="${e(k.id.replace('/', '--'))}">
<h3>${e(k.title)} <span class="muted">${e(k.id)}</span></h3>
<p class="links"><a href="${e(k.links.readme)}">task (README)</a> · <a href="${e(k.links.file)}">your file</a></p>
<p>Status: <strong>${e(k.status)}</strong>; target ${e(k.target)}.${k.regression ? ` <strong class="bad">${e(k.regression)}</strong>` : ''}${space}</p>
${memory ? `<div class="charts">${chart}${memory}</div>` : chart}
<div class="scroll"><table class="history"><caption>Verdict history</caption><thead><tr><th>when</th><th>tests</th><th>count</th><th>complexity</th><th>space <span class="muted">(advice)</span></th></tr></thead><tbody>${history}</tbody></table></div>
</section>`;
  }).join('\n');
  return htmlPage({
    title: 'kata report',
    csp: "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:",
    style: `body { max-width: 64rem; }
table { margin: 0.5rem 0 1rem; }
.scroll { overflow-x: auto; }
td.num { font-variant-numeric: tabular-nums; }
.next { border-left: 4px solid ${PALETTE.reference}; padding: 0.1rem 0 0.1rem 0.9rem; }
.kata { border-top: 2px solid #dde2e6; padding-top: 0.5rem; margin-top: 1.5rem; }
.chart { position: relative; height: 18rem; max-width: 42rem; }
.chart.wide { height: 14rem; }
/* A time chart and a memory chart: side by side when both fit, stacked on a phone. */
.charts { display: flex; flex-wrap: wrap; gap: 1rem; }
.charts > .chart, .charts > .memory { flex: 1 1 22rem; min-width: 0; margin: 0; }
.charts > .memory .chart { max-width: none; }
.history td:nth-child(n+4) { min-width: 16rem; }
.muted { color: #5a6570; font-weight: normal; font-size: 0.9em; }
.bad { color: #b91c1c; }
.good { color: #15803d; }
@media (max-width: 40rem) { body { margin: 1rem auto; font-size: 14px; } .chart { height: 15rem; } th, td { padding: 0.25rem 0.4rem; } }`,
    body: `<h1>kata report</h1>
<p class="muted">Generated ${e(model.generatedAt)}. Times are CPU time per call, medians of interleaved rounds; slopes are Theil–Sen fits of log time on log n. Memory is the extra heap and array buffers a call needs at its peak, its result not counted, beside the reference's (advice: a space verdict never fails a check).</p>
${next}
<h2>Mastery by pattern</h2>
<div class="scroll"><table class="progress"><thead><tr><th>pattern</th><th>solved</th><th>target met</th><th title="every kata meets its target and none is due for review">mastered</th><th></th><th>hints used</th><th>last practised</th><th title="FSRS retrievability now, mean over the pattern's katas that have passed; due: katas due for npx kata review">recall</th></tr></thead><tbody>${progress}</tbody></table></div>
<h2>Progress over time</h2>
${overTime}
<h2>Interview rounds</h2>
${renderInterviews(model.interviews, e)}
<h2>Katas you have worked on</h2>
${katas || '<p class="muted">None yet: run <code>npx kata check &lt;kata&gt;</code> or <code>npm start</code>.</p>'}
<script type="application/json" id="report-data">${scriptJson(model)}</script>
<script>${chartLibrary()}</script>
<script>${DRAW}</script>`,
  });
}
