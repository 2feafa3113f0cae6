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
import { buildReport, renderReport } from './report.ts';

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
  // Touched only by a "check all" on the untouched stub: not a kata the learner worked on.
  state.katas['stack/valid-brackets'] = {
    status: 'not-started', hintsShown: 0,
    history: [{ at: '2026-11-22T09:30:00.000Z', status: 'not-started', passed: 0, failed: 11 }],
  };
  return state;
}

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
    expect(over).toEqual({ labels: ['2026-11-21'], solved: [1] });
  });
  it('shows only the katas worked on, each linked to its README and file', async () => {
    const ids = await page.locator('section.kata').evaluateAll((sections) => sections.map((s) => s.id));
    expect(ids).toEqual(['hashmap--two-sum', 'hashmap--dedupe']);
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
      await narrow.close();
    });
  }
  it('draws one growth chart per measured kata, with both series, slopes in the legend, and log axes titled', async () => {
    // Runs in the page (a string, so this Node-typed file needs no DOM types).
    const charts = await page.evaluate(`[...document.querySelectorAll('section.kata canvas')].map((canvas) => {
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
    }]);
  });
  it('lists the verdict history of every checked kata, newest first', async () => {
    const history = await page.locator('#hashmap--two-sum table.history tbody tr').allInnerTexts();
    expect(history).toHaveLength(2);
    expect(history[0]).toContain('78× slower than the reference');
    expect(await page.locator('#hashmap--dedupe').innerText()).toContain('No growth measurement yet');
  });
});
