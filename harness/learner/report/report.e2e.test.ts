/** The report page, rendered in headless Chromium: it loads cleanly and its charts carry the right series and labels. */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { listProgress } from '../progress.ts';
import { emptyState, type State } from '../../state/store.ts';
import { launchChromium } from '../../testing/browser.ts';
import { formatBytes, SPACE_RULE } from '../../engine/space/verdict.ts';
import { buildReport, renderReport } from './report.ts';

// A kata with a space target, measured: a full O(n²) table against the reference's two rows.
// Its reference was not measured at the top size (null), and its two smallest figures read 0 B.
const SPACE_N = [128, 256, 512, 1024, 2048];
const SPACE_LEARNER = SPACE_N.map((n) => (n < 512 ? 0 : 8 * n * n));
const SPACE_REFERENCE = SPACE_N.map((n) => (n === 2048 ? null : 16 * n));
const SPACE_OK = '✓ space: grows like the reference (O(n) extra; target O(min(|a|, |b|))); 16 KiB extra at n = 1024';
const SPACE_BAD = '✗ space: grows like O(n²); target O(min(|a|, |b|)): keep two rows of the table (32.0 MiB extra at n = 2048, the reference 16 KiB)';

function fixtureState(): State {
  const state = emptyState();
  const n = [1024, 2048, 4096, 8192, 16384];
  state.katas['hashmap/two-sum'] = {
    status: 'passing', hintsShown: 1,
    history: [
      { at: '2026-11-20T09:00:00.000Z', status: 'failing', passed: 3, failed: 8 },
      { at: '2026-11-21T09:00:00.000Z', status: 'passing', passed: 11, failed: 0, complexity: { verdict: 'regression', grows: 'O(n²)', target: 'O(n)', ratio: 78, maxN: 16384, text: 'grows like O(n²); target O(n); at n = 16 384 it is 78× slower than the reference' } },
    ],
    measurement: { at: '2026-11-21T09:00:00.000Z', kind: 'doubling', n, learner: n.map((x) => 1e-6 * x * x), reference: n.map((x) => 1e-4 * x), learnerSlope: 2.01, referenceSlope: 1.02 },
  };
  state.katas['hashmap/dedupe'] = {
    status: 'failing', hintsShown: 0,
    history: [{ at: '2026-11-22T09:00:00.000Z', status: 'failing', passed: 2, failed: 4 }],
  };
  const linear = [50, 100, 150, 200];
  state.katas['dp/edit-distance'] = {
    status: 'passing', hintsShown: 0,
    history: [
      { at: '2026-11-22T07:00:00.000Z', status: 'passing', passed: 9, failed: 0, complexity: { verdict: 'ok', grows: 'O(n²)', target: 'O(n²)', ratio: 1.1, maxN: 200, text: 'grows like the reference' },
        space: { verdict: 'ok', grows: 'O(n)', target: 'O(min(|a|, |b|))', bytes: 16384, maxN: 1024, text: SPACE_OK } },
      { at: '2026-11-22T08:00:00.000Z', status: 'passing', passed: 9, failed: 0, complexity: { verdict: 'ok', grows: 'O(n²)', target: 'O(n²)', ratio: 1.2, maxN: 200, text: 'grows like the reference' },
        space: { verdict: 'regression', grows: 'O(n²)', target: 'O(min(|a|, |b|))', bytes: 8 * 2048 * 2048, maxN: 2048, text: SPACE_BAD } },
    ],
    measurement: { at: '2026-11-22T08:00:00.000Z', kind: 'linear', n: linear, learner: linear.map((x) => 1e-5 * x * x), reference: linear.map((x) => 1e-5 * x * x), learnerSlope: 0.12, referenceSlope: 0.11 },
    spaceMeasurement: { at: '2026-11-22T08:00:00.000Z', n: SPACE_N, learner: SPACE_LEARNER, reference: SPACE_REFERENCE, family: 'random' },
  };
  // Touched only by a "check all" on the untouched stub: not a kata the learner worked on.
  state.katas['stack/valid-brackets'] = {
    status: 'not-started', hintsShown: 0,
    history: [{ at: '2026-11-22T09:30:00.000Z', status: 'not-started', passed: 0, failed: 11 }],
  };
  return state;
}

interface DOMRectLike { top: number; bottom: number; left: number; right: number }

let browser: Browser;
let page: Page;
let reportFile: string;
const errors: string[] = [];

beforeAll(async () => {
  const state = fixtureState();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-report-'));
  const html = renderReport(buildReport(await listProgress(undefined, state), state, '2026-11-22T10:00:00.000Z', dir));
  const file = path.join(dir, 'index.html');
  reportFile = file;
  writeFileSync(file, html);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction('window.Chart !== undefined');
}, 60_000);

afterAll(async () => { await browser?.close(); });

describe('kata report in Chromium', () => {
  it('loads with no console errors', () => {
    expect(errors).toEqual([]);
  });
  it('opens with what to do next and why: the kata whose latest check fails', async () => {
    const next = await page.locator('section.next').innerText();
    expect(next).toContain('hashmap/dedupe');
    expect(next).toContain('its latest check fails');
    expect(next).toContain('npx kata check dedupe');
  });
  it('shows mastery per pattern: solved, target met, hints used, last practised', async () => {
    const rows = await page.locator('table.progress tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/^hashmap\s+1\/5\s+0\/5\s+\t?\s*1\s+2026-11-22 09:00/);
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });
  it('charts progress over time: katas solved by the end of each day', async () => {
    const over = await page.evaluate(`(() => { const c = Chart.getChart(document.getElementById('chart-over-time')); return { labels: c.data.labels, solved: c.data.datasets[0].data }; })()`);
    expect(over).toEqual({ labels: ['2026-11-21', '2026-11-22'], solved: [1, 2] });
  });
  it('shows only the katas worked on, each linked to its README and file', async () => {
    const ids = await page.locator('section.kata').evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids).toEqual(['hashmap--two-sum', 'hashmap--dedupe', 'dp--edit-distance']);
    const links = await page.locator('#hashmap--two-sum p.links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links[0]).toMatch(/(\.\.\/)+.*katas\/hashmap\/two-sum\/README\.md$/);
    expect(links[1]).toMatch(/two-sum\/two-sum\.ts$/);
    const readme = new URL(links[0]!, pathToFileURL(reportFile)).pathname;
    expect(existsSync(readme), readme).toBe(true);
  });
  for (const width of [390, 1280]) {
    it(`does not scroll sideways at ${width} px (wide tables scroll in their own box)`, async () => {
      const narrow = await browser.newPage({ viewport: { width, height: 900 } });
      await narrow.goto(pathToFileURL(reportFile).href);
      await narrow.waitForFunction('window.Chart !== undefined');
      expect((await narrow.screenshot({ fullPage: true })).length).toBeGreaterThan(1000);
      const [scroll, inner] = await narrow.evaluate('[document.documentElement.scrollWidth, window.innerWidth]') as [number, number];
      expect(scroll, `page ${scroll} px wide in a ${inner} px viewport`).toBeLessThanOrEqual(inner);
      // A kata's time and memory charts: side by side when the page is wide, stacked on a phone.
      const [time, memory] = await narrow.locator('#dp--edit-distance .charts > *').evaluateAll((boxes) => boxes.map((b) => b.getBoundingClientRect().toJSON())) as DOMRectLike[];
      expect(time && memory, 'two chart boxes').toBeTruthy();
      if (width >= 1000) {
        expect(memory!.top).toBe(time!.top);
        expect(memory!.left).toBeGreaterThanOrEqual(time!.right);
      } else {
        expect(memory!.top).toBeGreaterThanOrEqual(time!.bottom);
        expect(memory!.right).toBeLessThanOrEqual(inner);
      }
      await narrow.close();
    });
  }
  it('draws one growth chart per measured kata, with both series, slopes in the legend, and log axes titled', async () => {
    // Runs in the page (a string, so this Node-typed file needs no DOM types).
    const charts = await page.evaluate(`[...document.querySelectorAll('section.kata canvas[id^="chart-"]')].map((canvas) => {
      const chart = Chart.getChart(canvas);
      return {
        id: canvas.id,
        labels: chart.data.datasets.map((d) => d.label),
        points: chart.data.datasets.map((d) => d.data.length),
        styles: chart.data.datasets.map((d) => [d.borderColor, d.pointStyle, (d.borderDash ?? []).length > 0]),
        ticks: chart.scales.x.ticks.map((t) => t.value),
        x: [chart.options.scales.x.type, chart.options.scales.x.title.text],
        y: [chart.options.scales.y.type, chart.options.scales.y.title.text],
        drawn: canvas.width > 0,
      };
    })`);
    expect(charts).toEqual([{
      id: 'chart-hashmap--two-sum',
      labels: ['yours (slope 2.01, O(n²))', 'reference (slope 1.02, O(n))'],
      points: [5, 5],
      // Okabe–Ito vermillion and blue, told apart by marker and line style too.
      styles: [['#D55E00', 'triangle', false], ['#0072B2', 'rect', true]],
      ticks: [1024, 2048, 4096, 8192, 16384],
      x: ['logarithmic', 'n (log scale)'],
      y: ['logarithmic', 'CPU time per call, ms (log scale)'],
      drawn: true,
    }, {
      id: 'chart-dp--edit-distance',
      labels: ['yours (0.12)', 'reference (0.11)'],
      points: [4, 4],
      styles: [['#D55E00', 'triangle', false], ['#0072B2', 'rect', true]],
      ticks: [50, 100, 150, 200],
      x: ['linear', 'n'],
      y: ['logarithmic', 'CPU time per call, ms (log scale)'],
      drawn: true,
    }]);
  });
  it('draws a memory chart beside the time chart of a kata measured for space: both series, bytes against n on log axes', async () => {
    const charts = await page.evaluate(`[...document.querySelectorAll('section.kata canvas[id^="memory-"]')].map((canvas) => {
      const chart = Chart.getChart(canvas);
      const time = Chart.getChart(canvas.closest('section').querySelector('canvas[id^="chart-"]'));
      const styles = (c) => c.data.datasets.map((d) => [d.borderColor, d.pointStyle, d.pointRadius, (d.borderDash ?? []).length > 0]);
      return {
        id: canvas.id,
        aria: canvas.getAttribute('aria-label'),
        labels: chart.data.datasets.map((d) => d.label),
        points: chart.data.datasets.map((d) => d.data.map((p) => [p.x, p.y])),
        styles: styles(chart),
        sameStylesAsTime: JSON.stringify(styles(chart)) === JSON.stringify(styles(time)),
        ticks: chart.scales.x.ticks.map((t) => t.value),
        x: [chart.options.scales.x.type, chart.options.scales.x.title.text],
        y: [chart.options.scales.y.type, chart.options.scales.y.title.text],
        yTicks: chart.scales.y.ticks.map((t) => t.label),
        drawn: canvas.width > 0,
      };
    })`) as { yTicks: string[] }[];
    // Below the space verdict's floor (zeros included) a figure is drawn at the floor; a side not measured is left out.
    const plotted = (bytes: (number | null)[]) => SPACE_N.flatMap((n, i) => (bytes[i] === null ? [] : [[n, Math.max(bytes[i]!, SPACE_RULE.floorBytes)]]));
    expect(charts).toEqual([{
      id: 'memory-dp--edit-distance',
      aria: 'memory of dp/edit-distance',
      labels: ['yours (O(n²) extra)', 'reference'],
      points: [plotted(SPACE_LEARNER), plotted(SPACE_REFERENCE)],
      styles: [['#D55E00', 'triangle', 5, false], ['#0072B2', 'rect', 4, true]],
      sameStylesAsTime: true,
      ticks: SPACE_N,
      x: ['logarithmic', 'n (log scale)'],
      y: ['logarithmic', 'extra memory per call (log scale)'],
      yTicks: expect.any(Array),
      drawn: true,
    }]);
    // Byte ticks read as KiB/MiB, from the floor (marked as such) up to the largest figure.
    const yTicks = charts[0]!.yTicks;
    expect(yTicks[0]).toBe(`≤ ${formatBytes(SPACE_RULE.floorBytes)}`);
    expect(yTicks).toContain(formatBytes(Math.max(...SPACE_LEARNER)));
    for (const label of yTicks) expect(label).toMatch(/^(≤ )?\d+(\.\d)? (KiB|MiB)$/);
    expect(await page.locator('#dp--edit-distance figure.memory figcaption').innerText()).toContain('random inputs');
  });
  it('draws no memory chart for a kata without a memory measurement', async () => {
    expect(await page.locator('#hashmap--two-sum canvas').count()).toBe(1);
    expect(await page.locator('#hashmap--two-sum canvas[id^="memory-"], #hashmap--two-sum figure.memory, #hashmap--two-sum .space-verdict').count()).toBe(0);
  });
  it('shows the latest space verdict in the kata\'s header, as advice, and each check\'s in the history', async () => {
    const header = await page.locator('#dp--edit-distance p', { hasText: 'Status:' }).innerText();
    expect(header).toContain('Status: passing');
    expect(header).toContain(`${SPACE_BAD} (advice)`);
    expect(await page.locator('#dp--edit-distance .space-verdict').count()).toBe(1);
    expect(header).not.toContain(SPACE_OK);
    const heads = await page.locator('#dp--edit-distance table.history thead th').allInnerTexts();
    expect(heads.at(-1)).toMatch(/^space/);
    const history = await page.locator('#dp--edit-distance table.history tbody tr').evaluateAll((rows) => rows.map((r) => r.lastElementChild!.textContent));
    expect(history).toEqual([SPACE_BAD, SPACE_OK]);
    const twoSum = await page.locator('#hashmap--two-sum table.history tbody tr').evaluateAll((rows) => rows.map((r) => [r.children.length, r.lastElementChild!.textContent]));
    expect(twoSum).toEqual([[5, ''], [5, '']]);
  });
  it('lists the verdict history of every checked kata, newest first', async () => {
    const history = await page.locator('#hashmap--two-sum table.history tbody tr').allInnerTexts();
    expect(history).toHaveLength(2);
    expect(history[0]).toContain('78× slower than the reference');
    expect(await page.locator('#hashmap--dedupe').innerText()).toContain('No growth measurement yet');
  });
});
