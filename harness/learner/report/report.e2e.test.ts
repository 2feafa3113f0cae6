/** The report page, rendered in headless Chromium: it loads cleanly and its charts carry the right series and labels. */
import { mkdtempSync, writeFileSync } from 'node:fs';
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
  return state;
}

let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  const state = fixtureState();
  const html = renderReport(buildReport(await listProgress(undefined, state), state, '2026-11-22T10:00:00.000Z'));
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-report-')), 'index.html');
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
  it('shows progress per pattern', async () => {
    const rows = await page.locator('table.progress tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/^hashmap\s+1\/5\s+0\/5/);
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });
  it('draws one growth chart per measured kata, with both series, slopes in the legend, and log axes titled', async () => {
    // Runs in the page (a string, so this Node-typed file needs no DOM types).
    const charts = await page.evaluate(`[...document.querySelectorAll('canvas')].map((canvas) => {
      const chart = Chart.getChart(canvas);
      return {
        id: canvas.id,
        labels: chart.data.datasets.map((d) => d.label),
        points: chart.data.datasets.map((d) => d.data.length),
        x: [chart.options.scales.x.type, chart.options.scales.x.title.text],
        y: [chart.options.scales.y.type, chart.options.scales.y.title.text],
        drawn: canvas.width > 0,
      };
    })`);
    expect(charts).toEqual([{
      id: 'chart-hashmap--two-sum',
      labels: ['yours (slope 2.01, O(n²))', 'reference (slope 1.02, O(n))'],
      points: [5, 5],
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
