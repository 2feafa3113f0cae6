import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJUnit } from './junit.ts';
import { buildLeaderboard } from './leaderboard.ts';
import { leaderboardHtml, leaderboardMarkdown } from './leaderboard-render.ts';
import { mergeShards } from './merge.ts';
import { readResults, RESULTS_VERSION, type KataResult, type Results } from './results.ts';
import { compareWithBaseline } from './run-ci.ts';
import { inShard, parseShard } from './shard.ts';
import { toMarkdownSummary } from './summary.ts';
import { SCHEMA_FILE, schemaText } from './write-schema.ts';

function kata(id: string, status: KataResult['status'], verdict?: 'ok' | 'regression', ratio = 1): KataResult {
  return {
    id, pattern: id.split('/')[0]!, status, passed: status === 'passing' ? 5 : 0, failed: status === 'failing' ? 2 : 0,
    failures: status === 'failing' ? ['examples > x: expected 1 to be 2'] : [],
    complexity: verdict ? { verdict, target: 'O(n)', grows: verdict === 'ok' ? 'O(n)' : 'O(n²)', ratio, maxN: 4096, text: verdict } : null,
  };
}

function results(player: string, katas: KataResult[], shard: Results['shard'] = null): Results {
  return { schema: 'kata-results', version: RESULTS_VERSION, player, impl: '/x', shard, seed: 1, createdAt: '2026-11-22T10:00:00.000Z', katas };
}

describe('--shard', () => {
  it('parses i/N and splits katas round-robin so the shards cover everything once', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const shards = [1, 2].map((i) => inShard(items, parseShard(`${i}/2`)));
    expect(shards).toEqual([['a', 'c', 'e'], ['b', 'd']]);
  });
  it.each(['0/2', '3/2', '1/0', 'x', '1/2/3', '-1/2', ''])('rejects `%s` with the expected form', (value) => {
    expect(() => parseShard(value)).toThrow(/Expected `--shard` as i\/N/);
  });
});

describe('kata merge', () => {
  const a = results('ann', [kata('hashmap/two-sum', 'passing', 'ok'), kata('hashmap/dedupe', 'failing')], { index: 1, count: 2 });
  const b = results('ann', [kata('hashmap/pair-sums', 'not-started')], { index: 2, count: 2 });
  it('joins shards into one unsharded result in curriculum order', () => {
    const merged = mergeShards([b, a]);
    expect(merged.shard).toBeNull();
    expect(merged.katas.map((k) => k.id)).toEqual(['hashmap/two-sum', 'hashmap/pair-sums', 'hashmap/dedupe']);
  });
  it('refuses a missing shard, a duplicate shard, and shards of different players', () => {
    expect(() => mergeShards([a])).toThrow(/Missing shard 2\/2 of player `ann`/);
    expect(() => mergeShards([a, a, b])).toThrow(/Shard 1\/2 is given twice/);
    expect(() => mergeShards([a, { ...b, player: 'bob' }])).toThrow(/different runs/);
  });
});

describe('baseline regressions', () => {
  it('flags a kata that passed or met its target before and no longer does; unsolved katas are not failures', () => {
    const before = results('ann', [kata('p/a', 'passing', 'ok'), kata('p/b', 'passing', 'ok'), kata('p/c', 'not-started'), kata('p/d', 'passing')]);
    const now = results('ann', [kata('p/a', 'failing'), kata('p/b', 'passing', 'regression'), kata('p/c', 'not-started'), kata('p/d', 'passing')]);
    expect(compareWithBaseline(now, before).map((r) => r.id)).toEqual(['p/a', 'p/b']);
  });
});

describe('results files', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-results-'));
  const write = (name: string, content: string) => { const f = path.join(dir, name); writeFileSync(f, content); return f; };
  it('reads back what it validates', () => {
    const r = results('ann', [kata('p/a', 'passing', 'ok')]);
    expect(readResults(write('ok.json', JSON.stringify(r)))).toEqual(r);
  });
  it.each([
    ['truncated', '{"schema":"kata-results","version":1,"pla', /not a readable JSON results file/],
    ['of another schema version', JSON.stringify({ ...results('x', []), version: 2 }), /results version 2, but this workspace reads version 1/],
    ['of the wrong shape', JSON.stringify({ schema: 'kata-results', version: 1, player: 7 }), /not a valid kata results file/],
  ])('names a %s file and says what is wrong', (_, content, message) => {
    const file = write(`${_}.json`, content);
    expect(() => readResults(file)).toThrow(message);
    expect(() => readResults(file)).toThrow(file);
  });
  it('publishes a JSON Schema generated from the validator (run `npm run schema` after changing it)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });
});

describe('leaderboard ranking', () => {
  const four = (make: (id: string, i: number) => KataResult) => ['p/a', 'p/b', 'p/c', 'p/d'].map(make);
  const solvesMore = results('solves-more', four((id) => kata(id, 'passing', 'regression', 40)));
  const meetsMore = results('meets-more', four((id, i) => (i < 3 ? kata(id, 'passing', 'ok', 1.2) : kata(id, 'failing'))));
  const faster = results('faster', four((id, i) => (i < 3 ? kata(id, 'passing', 'ok', 0.8) : kata(id, 'failing'))));
  const nothing = results('nothing', four((id) => kata(id, 'not-started')));
  it('ranks by solved, then target met, then speed relative to the reference', () => {
    const board = buildLeaderboard([nothing, meetsMore, solvesMore, faster]);
    expect(board.standings.map((s) => [s.rank, s.player])).toEqual([[1, 'solves-more'], [2, 'faster'], [3, 'meets-more'], [4, 'nothing']]);
  });
  it('neither shows nor ranks by a speed fewer than three katas back, and says how many there were', () => {
    const two = (player: string, ratio: number) => results(player, [kata('p/a', 'passing', 'ok', ratio), kata('p/b', 'passing', 'ok', ratio), kata('p/c', 'failing')]);
    const board = buildLeaderboard([two('slow', 9), two('quick', 0.5)]);
    expect(board.standings.map((s) => s.rank)).toEqual([1, 1]);
    expect(board.standings[0]!.overall).toMatchObject({ speed: null, measured: 2 });
    expect(leaderboardMarkdown(board)).toContain('| 1 | quick | 2/3 | 2/3 | – (2 katas measured, too few) |');
    // With three, the geometric mean: (0.8 · 0.8 · 0.8)^(1/3) = 0.80.
    expect(leaderboardMarkdown(buildLeaderboard([faster]))).toContain('| 1 | faster | 3/4 | 3/4 | 0.80× over 3 katas |');
  });
  it('counts "target met" out of the katas that have a time target', () => {
    const board = buildLeaderboard([meetsMore], new Set(['p/a', 'p/b']));
    expect(board.standings[0]!.overall).toMatchObject({ solved: 3, total: 4, met: 3, metTotal: 2 });
  });
  it('writes the overall ranking first, then one players × patterns matrix, then a drill-down per player', () => {
    const other = results('ann', [kata('p/a', 'passing', 'ok'), kata('q/x', 'failing')]);
    const bob = results('bob', [kata('p/a', 'failing'), kata('q/x', 'passing', 'ok')]);
    const md = leaderboardMarkdown(buildLeaderboard([other, bob]));
    const [overall, rest] = md.split('## By pattern');
    expect(overall!.match(/^\| 1 \| (ann|bob) \|/gm)).toHaveLength(2);
    expect(rest).toContain('| player | p | q |');
    expect(rest).toContain('| ann | 1/1 · 1/1 | 0/1 · 0/1 |');
    expect(rest).toContain('| bob | 0/1 · 0/1 | 1/1 · 1/1 |');
    const drill = rest!.split('## Players')[1]!;
    expect(drill.match(/^### 1\. (ann|bob)$/gm)).toHaveLength(2);
    expect(drill).toContain('| q | 1 | 1/1 | 1/1 | – (1 kata measured, too few) |');
    expect(md.match(/^## /gm)).toEqual(['## ', '## ']);
  });
  it('gives equal scores the same rank', () => {
    const board = buildLeaderboard([nothing, { ...nothing, player: 'also-nothing' }]);
    expect(board.standings.map((s) => s.rank)).toEqual([1, 1]);
  });
  it('merges one player\'s shards on the way in', () => {
    const board = buildLeaderboard([results('ann', [kata('p/a', 'passing')], { index: 1, count: 2 }), results('ann', [kata('p/b', 'passing')], { index: 2, count: 2 })]);
    expect(board.standings[0]!.overall.solved).toBe(2);
  });
  it('escapes every string from a results file in the HTML and the Markdown', () => {
    const evil = results('<script>alert(1)</script>', [kata('p/a', 'passing')]);
    const html = leaderboardHtml(buildLeaderboard([evil]));
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(leaderboardMarkdown(buildLeaderboard([{ ...evil, player: 'a | b <b>' }]))).toContain('a \\| b \\<b\\>');
  });
  it('ships no script, and a Content-Security-Policy that would block one anyway', () => {
    const html = leaderboardHtml(buildLeaderboard([results('ann', [kata('p/a', 'passing')])]));
    expect(html).not.toMatch(/<script/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'");
  });
});

describe('CI reports', () => {
  const r = results('ann & <co>', [kata('p/a', 'passing', 'ok'), kata('p/b', 'failing'), kata('p/c', 'not-started'), kata('p/d', 'passing', 'regression')]);
  it('writes JUnit with one case per kata: unsolved skipped, failing and complexity regressions failed, names escaped', () => {
    const xml = toJUnit(r);
    expect(xml).toContain('name="ann &amp; &lt;co&gt;: p"');
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml.match(/<skipped /g)).toHaveLength(1);
    expect(xml.match(/<failure /g)).toHaveLength(2);
  });
  it('writes a Markdown summary with counts and one row per kata', () => {
    const md = toMarkdownSummary(r, [{ id: 'p/b', was: 'passing', now: 'failing' }]);
    expect(md).toContain('2/4 katas solved, 1 meet their target complexity');
    expect(md).toContain('### Regressions against the baseline');
    expect(md.match(/^\| p\//gm)).toHaveLength(4);
  });
});
