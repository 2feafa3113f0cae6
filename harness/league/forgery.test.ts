/**
 * Hand-made results files meet the leaderboard: honest players are ranked as their files say,
 * every forged file is named and left out, and two files claiming one player are refused.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listKatas } from '../catalogue/katas.ts';
import { main } from '../cli/main.ts';
import { captureOutput, type Captured } from '../testing/output.ts';
import { checkPlayerName, readPlayers } from './player.ts';
import { RESULTS_VERSION, type KataResult, type Results } from './results.ts';
import { validateResults } from './validate.ts';

const catalogue = listKatas();
const kata = (i: number, status: KataResult['status'], ratio: number | null = 1): KataResult => ({
  id: catalogue[i]!.id, pattern: catalogue[i]!.pattern, status, passed: 3, failed: status === 'failing' ? 1 : 0, failures: [],
  complexity: status === 'passing' && ratio !== null ? { verdict: 'ok', grows: 'O(n)', target: 'O(n)', ratio, maxN: 1024, text: 'ok' } : null,
});
const results = (player: string, katas: KataResult[], extra: Partial<Results> = {}): Results => ({
  schema: 'kata-results', version: RESULTS_VERSION, player, impl: 'x', shard: null, seed: 1, createdAt: '2026-12-01T00:00:00Z', katas, ...extra,
});

let dir: string;
let out: Captured;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kata-forgery-'));
  out = captureOutput();
});
afterEach(() => vi.restoreAllMocks());
const write = (name: string, r: unknown) => { const f = path.join(dir, name); writeFileSync(f, JSON.stringify(r)); return f; };

describe('results files checked against the catalogue', () => {
  it('refuses one kata counted many times, an unknown kata, a kata under another pattern, and impossible ratios, naming the file', () => {
    const forged = [
      ['repeated.json', results('mallory', Array.from({ length: 501 }, () => kata(0, 'passing')))],
      ['unknown.json', results('mallory', [{ ...kata(0, 'passing'), id: 'hashmap/made-up' }])],
      ['pattern.json', results('mallory', [{ ...kata(0, 'passing'), pattern: 'dp' }])],
      ['tiny-ratio.json', results('mallory', [kata(0, 'passing', 1e-300)])],
      ['negative-ratio.json', results('mallory', [kata(0, 'passing', -1)])],
    ] as const;
    for (const [name, r] of forged) expect(() => validateResults(r, name), name).toThrow(new RegExp(`${name.replace('.', '\\.')}: does not match this workspace's catalogue`));
    expect(validateResults(results('ann', [kata(0, 'passing'), kata(1, 'failing')]), 'ann.json').player).toBe('ann');
  });

  it('ranks the honest players as their files say and names every forged file', async () => {
    const honest = [
      write('ann.json', results('ann', [kata(0, 'passing'), kata(1, 'passing'), kata(2, 'failing')])),
      write('bob.json', results('bob', [kata(0, 'passing'), kata(1, 'failing'), kata(2, 'failing')])),
    ];
    const forged = [
      write('repeated.json', results('mallory', Array.from({ length: 501 }, () => kata(0, 'passing')))),
      write('unknown.json', results('eve', [{ ...kata(0, 'passing'), id: 'hashmap/made-up' }])),
      write('nan-ratio.json', results('trudy', [kata(0, 'passing', -1)])),
    ];
    expect(await main(['leaderboard', ...honest, ...forged, '--out', path.join(dir, 'site')])).toBe(0);
    const board = readFileSync(path.join(dir, 'site', 'leaderboard.md'), 'utf8');
    expect(board).toMatch(/\| 1 \| ann \| 2\/3 \|[\s\S]*\| 2 \| bob \| 1\/3 \|/);
    for (const name of ['mallory', 'eve', 'trudy']) expect(board).not.toContain(`| ${name} |`);
    for (const file of forged) expect(out.stderr).toContain(`left out ${file}`);
  });

  it('refuses two files of one player that are not the shards of one run, naming both: no "newest wins"', async () => {
    const mine = write('ann.json', results('ann', [kata(0, 'passing')]));
    const impostor = write('ann-later.json', results('ann', [kata(0, 'failing')], { createdAt: '2026-12-24T00:00:00Z' }));
    expect(await main(['leaderboard', mine, impostor, '--out', path.join(dir, 'site')])).toBe(1);
    expect(out.stderr).toContain(mine);
    expect(out.stderr).toContain(impostor);
  });
});

describe('player names', () => {
  it('takes a GitHub login, dropping a [bot] suffix', () => {
    expect(checkPlayerName('octo-cat_2.x')).toBe('octo-cat_2.x');
    expect(checkPlayerName('dependabot[bot]')).toBe('dependabot');
  });
  it.each(['', '-x', 'a b', '<script>', '../x', 'a'.repeat(40), 'x;rm -rf', '${{ secrets.X }}'])('refuses %j before any work', (name) => {
    expect(() => checkPlayerName(name)).toThrow(/Expected `--player` to be a GitHub login/);
  });
  it('kata ci refuses a bad player name with exit 2, before running anything', async () => {
    expect(await main(['ci', '--player', '<script>alert(1)</script>', '--out', path.join(dir, 'r.json')])).toBe(2);
    expect(out.stderr).toMatch(/GitHub login/);
  });
  it('checks a players file: names, repositories, no name twice', () => {
    expect(readPlayers(write('ok.json', [{ name: 'ann', repository: 'org/ann-katas' }]))).toEqual([{ name: 'ann', repository: 'org/ann-katas' }]);
    expect(() => readPlayers(write('dup.json', [{ name: 'ann', repository: 'o/a' }, { name: 'ann', repository: 'o/b' }]))).toThrow(/listed twice/);
    expect(() => readPlayers(write('repo.json', [{ name: 'ann', repository: 'o/a; curl x' }]))).toThrow(/expected owner\/name/);
    expect(() => readPlayers(write('name.json', [{ name: 'a/../../b', repository: 'o/a' }]))).toThrow(/GitHub login/);
  });
});
