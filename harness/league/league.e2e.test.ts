/**
 * End to end: three players' directories, `kata ci` for each in 2 shards, `kata merge`,
 * `kata leaderboard`, then the HTML page in headless Chromium. Uses the hashmap pattern only.
 *   optimal: every reference; quadratic: correct but three brute forces; the third player (named
 *   like an XSS attack) has a wrong solution, one that loops forever, one that crashes the process.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../cli/main.ts';
import { ROOT, solutionFiles } from '../base/paths.ts';
import { readResults } from './results.ts';
import { launchChromium } from '../testing/browser.ts';

const EVIL = '<script>alert(1)</script>';
const work = mkdtempSync(path.join(os.tmpdir(), 'kata-league-'));
const slugs = ['two-sum', 'pair-sums', 'top-k-frequent', 'group-anagrams', 'dedupe'];

function place(player: string, slug: string, source: string): void {
  const dir = path.join(work, player, 'hashmap', slug);
  mkdirSync(dir, { recursive: true });
  copyFileSync(source, path.join(dir, `${slug}.ts`));
}

function buildPlayers(): void {
  for (const slug of slugs) place('optimal', slug, solutionFiles(`hashmap/${slug}`).reference);
  for (const slug of slugs) {
    const quadratic = ['pair-sums', 'top-k-frequent', 'group-anagrams'].includes(slug);
    place('quadratic', slug, quadratic ? solutionFiles(`hashmap/${slug}`).brute : solutionFiles(`hashmap/${slug}`).reference);
  }
  const mutants = solutionFiles('hashmap/pair-sums').mutants;
  place('wobbly', 'pair-sums', path.join(mutants, readdirSync(mutants).sort()[0]!));
  place('wobbly', 'two-sum', path.join(ROOT, 'harness/fixtures/hostile/endless-loop.ts'));
  place('wobbly', 'top-k-frequent', solutionFiles('hashmap/top-k-frequent').reference);
  const crash = path.join(work, 'crash.ts');
  writeFileSync(crash, 'export function dedupe<T>(items: readonly T[]): T[] { process.exit(3); return [...items]; }\n');
  place('wobbly', 'dedupe', crash);
  // group-anagrams: not started (no file)
}

const players = [
  { dir: 'optimal', name: 'optimal' },
  { dir: 'quadratic', name: 'quadratic' },
  // `kata ci --player` refuses a name that is not a GitHub login, so the hostile name reaches the
  // leaderboard the way it would in a forged results file: written into the merged file by hand.
  { dir: 'wobbly', name: 'wobbly', renameTo: EVIL },
];

let browserErrors: string[] = [];
let dialogs: string[] = [];
let pageText = '';
let rankCells: string[] = [];
let playerCells: string[] = [];
let scriptCount = -1;

beforeAll(async () => {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  buildPlayers();
  for (const [i, p] of players.entries()) {
    for (const shard of [1, 2]) {
      const code = await main(['ci', '--impl', path.join(work, p.dir), '--player', p.name, '--pattern', 'hashmap', '--shard', `${shard}/2`,
        '--out', path.join(work, 'shards', `p${i}-${shard}.json`), '--seed', '11', '--time-limit', '30']);
      expect(code, `kata ci ${p.dir} shard ${shard}`).toBe(0);
    }
    expect(await main(['merge', path.join(work, 'shards', `p${i}-1.json`), path.join(work, 'shards', `p${i}-2.json`), '--out', path.join(work, 'merged', `p${i}.json`)])).toBe(0);
    if (p.renameTo) {
      const merged = path.join(work, 'merged', `p${i}.json`);
      writeFileSync(merged, JSON.stringify({ ...JSON.parse(readFileSync(merged, 'utf8')), player: p.renameTo }));
    }
  }
  writeFileSync(path.join(work, 'merged', 'broken.json'), '{"schema":"kata-results","version":1,"player":"tru');
  writeFileSync(path.join(work, 'merged', 'future.json'), JSON.stringify({ schema: 'kata-results', version: 2, player: 'from-the-future', katas: [] }));
  const files = readdirSync(path.join(work, 'merged')).sort().map((f) => path.join(work, 'merged', f));
  expect(await main(['leaderboard', ...files, '--out', path.join(work, 'site')])).toBe(0);
  vi.restoreAllMocks();

  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.on('console', (m) => { if (m.type() === 'error') browserErrors.push(m.text()); });
    page.on('pageerror', (e) => browserErrors.push(e.message));
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    await page.goto(pathToFileURL(path.join(work, 'site', 'index.html')).href);
    pageText = await page.locator('body').innerText();
    rankCells = await page.locator('table').first().locator('td.rank').allInnerTexts();
    playerCells = await page.locator('table').first().locator('td.player').allInnerTexts();
    scriptCount = await page.locator('script').count();
  } finally {
    await browser.close();
  }
}, 900_000);

afterAll(() => vi.restoreAllMocks());

describe('a league of three players', () => {
  it('merges each player\'s two shards into exactly the katas of an unsharded run', () => {
    for (let i = 0; i < 3; i++) {
      const merged = readResults(path.join(work, 'merged', `p${i}.json`));
      expect(merged.shard).toBeNull();
      expect(merged.katas.map((k) => k.id)).toEqual(slugs.map((s) => `hashmap/${s}`));
    }
  });
  it('computes each player\'s statuses from code: loops and crashes cost only their kata', () => {
    const wobbly = readResults(path.join(work, 'merged', 'p2.json'));
    const status = Object.fromEntries(wobbly.katas.map((k) => [k.id.split('/')[1], k.status]));
    expect(status).toEqual({ 'two-sum': 'failing', 'pair-sums': 'failing', 'top-k-frequent': 'passing', 'group-anagrams': 'not-started', dedupe: 'failing' });
    const loop = wobbly.katas.find((k) => k.id === 'hashmap/two-sum')!;
    expect(loop.failures.join()).toMatch(/did not finish within \d+ s|was stopped after [\d.]+ s of CPU on this test's input.*an endless loop/);
  });
  it('flags the quadratic player\'s brute forces and passes the optimal player\'s references', () => {
    const quadratic = readResults(path.join(work, 'merged', 'p1.json'));
    const verdicts = Object.fromEntries(quadratic.katas.map((k) => [k.id.split('/')[1], k.complexity?.verdict]));
    // Flagged by the time stage, or, when a test's own input already costs it 20× the reference's CPU,
    // stopped in the tests by the cost guard (bridge/client.ts) with a complexity failure: which one
    // depends on how close the brute force is to that line on this machine; either way it is not solved with its target met.
    const guardStopped = (slug: string) => quadratic.katas.find((k) => k.id === `hashmap/${slug}`)!.failures.some((f) => /was stopped after [\d.]+ s of CPU on this test's input/.test(f));
    for (const slug of ['pair-sums', 'group-anagrams']) expect(verdicts[slug] === 'regression' || guardStopped(slug), `${slug}: ${verdicts[slug]}: ${quadratic.katas.find((k) => k.id === `hashmap/${slug}`)?.complexity?.text}`).toBe(true);
    expect(verdicts['two-sum']).not.toBe('regression');
    const optimal = readResults(path.join(work, 'merged', 'p0.json'));
    expect(optimal.katas.every((k) => k.status === 'passing' && k.complexity?.verdict !== 'regression')).toBe(true);
  });
  it('ranks optimal, then quadratic, then the wobbly player', () => {
    const md = readFileSync(path.join(work, 'site', 'leaderboard.md'), 'utf8');
    const ranking = [...md.split('## By pattern')[0]!.matchAll(/^\| (\d+) \| ([^|]+) \|/gm)].map((m) => m[2]!.trim());
    expect(ranking).toEqual(['optimal', 'quadratic', '\\<script\\>alert(1)\\</script\\>']);
    expect(rankCells).toEqual(['1', '2', '3']);
    expect(playerCells).toEqual(['optimal', 'quadratic', EVIL]);
  });
  it('leaves out the truncated and the future-version results files, by name', () => {
    expect(pageText).toMatch(/left out: .*broken\.json: not a readable JSON results file/);
    expect(pageText).toMatch(/left out: .*future\.json: results version 2/);
  });
  it('shows the hostile player name as text in Chromium: no script runs, no console errors', () => {
    expect(pageText).toContain(EVIL);
    expect(scriptCount).toBe(0);
    expect(dialogs).toEqual([]);
    expect(browserErrors).toEqual([]);
  });
});
