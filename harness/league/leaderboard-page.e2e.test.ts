/**
 * The leaderboard page in headless Chromium, for a league of the catalogue's size (every pattern,
 * several players, one with a long name): it loads without console errors, the overall ranking comes
 * first with its denominators, the players × patterns matrix has a cell per player and pattern, each
 * player opens to a drill-down, and neither a phone (390 px) nor a desktop (1280 px) viewport scrolls
 * sideways (wide tables scroll inside their own box).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { listKatas } from '../catalogue/katas.ts';
import { launchChromium } from '../testing/browser.ts';
import { buildLeaderboard } from './leaderboard.ts';
import { leaderboardHtml } from './leaderboard-render.ts';
import { RESULTS_VERSION, type KataResult, type Results } from './results.ts';

const KATAS = listKatas();
const PATTERNS = [...new Set(KATAS.map((k) => k.pattern))];

/** A player who solved every `every`-th kata (ratio `ratio`), met the target on half of those. */
function player(name: string, every: number, ratio: number): Results {
  const katas = KATAS.map((k, i): KataResult => {
    const solved = i % every === 0;
    return {
      id: k.id, pattern: k.pattern, status: solved ? 'passing' : 'failing', passed: solved ? 9 : 3, failed: solved ? 0 : 6, failures: [],
      complexity: solved ? { verdict: i % (2 * every) === 0 ? 'ok' : 'regression', target: 'O(n)', grows: 'O(n)', ratio, maxN: 4096, text: 'x' } : null,
    };
  });
  return { schema: 'kata-results', version: RESULTS_VERSION, player: name, impl: '/x', shard: null, seed: 1, createdAt: '2026-12-07T10:00:00.000Z', katas };
}

const LONG = 'a-player-whose-github-name-is-as-long-as-github-allows-it';
let browser: Browser;
let file: string;

beforeAll(async () => {
  const benched = new Set(KATAS.map((k) => k.id).filter((_, i) => i % 17 !== 5));
  const html = leaderboardHtml(buildLeaderboard([player('ann', 1, 1.1), player('bob', 2, 0.9), player(LONG, 3, 2.5), player('dee', 50, 1)], benched), [], '2026-12-07T10:00:00.000Z');
  file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-leaderboard-')), 'index.html');
  writeFileSync(file, html);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => { await browser?.close(); });

describe('the leaderboard page in Chromium', () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px: no console errors, no sideways scrolling, every section readable`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href);
      const shot = await page.screenshot({ fullPage: true });
      expect(shot.length).toBeGreaterThan(1000);
      // The page itself never scrolls sideways: what is wider than the screen scrolls in its own box.
      const widths = await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]') as [number, number];
      expect(widths[0], `page width ${widths[0]} at a ${widths[1]} px viewport`).toBeLessThanOrEqual(widths[1]);

      const overall = await page.locator('table.overall tbody tr').allInnerTexts();
      expect(overall.map((row) => row.split('\t').slice(0, 2).join(' '))).toEqual(['1 ann', '2 bob', `3 ${LONG}`, '4 dee']);
      expect(overall[0]).toMatch(new RegExp(`\\t${KATAS.length}/${KATAS.length}\\t\\d+/\\d+\\t1\\.10× over ${KATAS.length} katas`));
      expect(overall[3]).toMatch(/– \(2 katas measured, too few\)/);

      const header = await page.locator('table.matrix thead th').allInnerTexts();
      expect(header).toEqual(['player', ...PATTERNS]);
      const cells = await page.locator('table.matrix tbody tr').first().locator('td').allInnerTexts();
      expect(cells).toHaveLength(PATTERNS.length + 1);
      for (const cell of cells.slice(1)) expect(cell).toMatch(/^\d+\/\d+ · \d+\/\d+$/);

      const drill = page.locator('details.player');
      expect(await drill.count()).toBe(4);
      await drill.first().locator('summary').click();
      expect(await drill.first().locator('tbody tr').count()).toBe(PATTERNS.length);
      const after = await page.evaluate('document.documentElement.scrollWidth') as number;
      expect(after).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  }
});
