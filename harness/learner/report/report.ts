/**
 * `kata report`: one static HTML page with progress per pattern and, for every checked kata, its
 * growth chart (time against n on log-log axes, yours and the reference's, slopes in the legend)
 * and its verdict history. Charts are drawn by Chart.js, inlined so the page works offline.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import escapeHtml from 'escape-html';
import { isMastered, type ProgressRow } from '../progress.ts';
import { renderInterviews, roundsByPattern, type PatternRounds } from './interviews.ts';
import type { State } from '../../state/store.ts';
import { labelOfSlope } from '../../engine/index.ts';
import { countOutcomes } from '../../outcome/outcome.ts';
import { retentionOf, type Retention } from '../../state/review.ts';
import { htmlPage } from '../../base/html.ts';

export interface ReportKata {
  id: string;
  title: string;
  status: string;
  target: string;
  regression?: string;
  history: State['katas'][string]['history'];
  chart: null | {
    kind: 'doubling' | 'linear';
    n: number[];
    learner: (number | null)[];
    reference: (number | null)[];
    learnerLabel: string;
    referenceLabel: string;
  };
}

export interface ReportModel {
  generatedAt: string;
  /** Progress per pattern, with its recall (`kata review`: FSRS retrievability now, mean over the katas that have passed). */
  patterns: ({ pattern: string; solved: number; met: number; total: number; mastered: boolean } & Retention)[];
  katas: ReportKata[];
  /** `kata interview`'s finished rounds per pattern. */
  interviews: PatternRounds[];
}

export function buildReport(rows: readonly ProgressRow[], state: State, generatedAt = new Date().toISOString()): ReportModel {
  const patterns = [...new Set(rows.map((r) => r.pattern))].map((pattern) => {
    const group = rows.filter((r) => r.pattern === pattern);
    return { pattern, ...countOutcomes(group), mastered: isMastered(group), ...retentionOf(group.map((r) => r.review ?? null)) };
  });
  const katas = rows
    .filter((r) => (state.katas[r.id]?.history.length ?? 0) > 0)
    .map((r): ReportKata => {
      const k = state.katas[r.id]!;
      const m = k.measurement;
      const slope = (s: number | null) => (s === null ? 'not measured' : m?.kind === 'linear' ? `${s.toFixed(2)}` : `slope ${s.toFixed(2)}, ${labelOfSlope(s)}`);
      return {
        id: r.id,
        title: r.title ?? r.id,
        status: r.status,
        target: r.target ?? '-',
        ...(r.regression ? { regression: r.regression } : {}),
        history: k.history,
        chart: m
          ? { kind: m.kind, n: m.n, learner: m.learner, reference: m.reference, learnerLabel: `yours (${slope(m.learnerSlope)})`, referenceLabel: `reference (${slope(m.referenceSlope)})` }
          : null,
      };
    });
  return { generatedAt, patterns, katas, interviews: roundsByPattern(state, patterns.map((p) => p.pattern)) };
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

const DRAW = `
const model = JSON.parse(document.getElementById('report-data').textContent);
const axis = (title, type) => ({ type, title: { display: true, text: title } });
for (const kata of model.katas) {
  if (!kata.chart) continue;
  const c = kata.chart;
  const points = (ys) => c.n.map((n, i) => ({ x: n, y: ys[i] })).filter((p) => p.y !== null);
  new Chart(document.getElementById('chart-' + kata.id.replace('/', '--')), {
    type: 'line',
    data: { datasets: [
      { label: c.learnerLabel, data: points(c.learner), borderColor: '#c2410c', backgroundColor: '#c2410c' },
      { label: c.referenceLabel, data: points(c.reference), borderColor: '#15803d', backgroundColor: '#15803d' },
    ] },
    options: {
      animation: false,
      parsing: false,
      scales: {
        x: axis(c.kind === 'doubling' ? 'n (log scale)' : 'n', c.kind === 'doubling' ? 'logarithmic' : 'linear'),
        y: axis('CPU time per call, ms (log scale)', 'logarithmic'),
      },
    },
  });
}`;

export function renderReport(model: ReportModel): string {
  const e = (text: string | number) => escapeHtml(String(text));
  const progress = model.patterns.map((p) => `<tr><td>${e(p.pattern)}</td><td>${e(`${p.solved}/${p.total}`)}</td><td>${e(`${p.met}/${p.total}`)}</td><td>${p.mastered ? '<strong class="good">mastered</strong>' : ''}</td><td><progress max="${p.total}" value="${p.solved}"></progress></td><td>${p.retention === null ? '<span class="muted">-</span>' : e(`${Math.round(p.retention * 100)}%${p.due > 0 ? `, ${p.due} due` : ''}`)}</td></tr>`).join('');
  const katas = model.katas.map((k) => {
    const history = [...k.history].reverse().map((h) => `<tr><td>${e(h.at.replace('T', ' ').slice(0, 16))}</td><td>${e(h.status)}</td><td>${e(`${h.passed} passed, ${h.failed} failed`)}</td><td>${e(h.complexity?.text ?? '')}</td></tr>`).join('');
    const chart = k.chart
      ? `<div class="chart"><canvas id="chart-${e(k.id.replace('/', '--'))}" aria-label="${e(`growth of ${k.id}`)}" role="img"></canvas></div>`
      : '<p class="muted">No growth measurement yet: it is taken once the tests pass.</p>';
    return `<section class="kata" id="${e(k.id.replace('/', '--'))}">
<h3>${e(k.title)} <span class="muted">${e(k.id)}</span></h3>
<p>Status: <strong>${e(k.status)}</strong>; target ${e(k.target)}.${k.regression ? ` <strong class="bad">${e(k.regression)}</strong>` : ''}</p>
${chart}
<table class="history"><caption>Verdict history</caption><thead><tr><th>when</th><th>tests</th><th>count</th><th>complexity</th></tr></thead><tbody>${history}</tbody></table>
</section>`;
  }).join('\n');
  return htmlPage({
    title: 'kata report',
    csp: "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:",
    style: `body { max-width: 64rem; }
table { margin: 0.5rem 0 1rem; }
.kata { border-top: 2px solid #dde2e6; padding-top: 0.5rem; margin-top: 1.5rem; }
.chart { max-width: 42rem; }
.muted { color: #5a6570; font-weight: normal; font-size: 0.9em; }
.bad { color: #b91c1c; }
.good { color: #15803d; }`,
    body: `<h1>kata report</h1>
<p class="muted">Generated ${e(model.generatedAt)}. Times are CPU time per call, medians of interleaved rounds; slopes are Theil–Sen fits of log time on log n.</p>
<h2>Progress</h2>
<table class="progress"><thead><tr><th>pattern</th><th>solved</th><th>target met</th><th title="every kata meets its target and none is due for review">mastered</th><th></th><th title="FSRS retrievability now, mean over the pattern's katas that have passed; due: katas due for npx kata review">recall</th></tr></thead><tbody>${progress}</tbody></table>
<h2>Interview rounds</h2>
${renderInterviews(model.interviews, e)}
<h2>Katas you have checked</h2>
${katas || '<p class="muted">None yet: run <code>npx kata check &lt;kata&gt;</code> or <code>npm start</code>.</p>'}
<script type="application/json" id="report-data">${scriptJson(model)}</script>
<script>${chartLibrary()}</script>
<script>${DRAW}</script>`,
  });
}
