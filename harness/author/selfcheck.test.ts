/** What the self-check expects of each kind of solution, and how an approach file declares a known miss. */
import { describe, expect, it } from 'vitest';
import { knownMissOf } from '../catalogue/approaches.ts';
import type { ComplexityResult, SpaceResult, SpaceVerdictKind } from '../engine/index.ts';
import { attemptSeed, judgeSpaceEntry, spaceVerdictRight } from '../engine/space/space-check.ts';
import { judgeEntry, mustBeFlagged } from './selfcheck.ts';

const result = (kind: 'ok' | 'regression' | 'inconclusive', referenceMeetsTarget = true): ComplexityResult => ({
  id: 'a/b', target: 'n', confirmed: kind === 'regression', n: 'n', elapsedMs: 1, measurements: [],
  verdict: { kind, text: kind, reasons: [], target: 'n', reference: { slope: null, bucket: 'linear', label: 'O(n)' }, learner: { slope: null, bucket: null, label: '' }, ratio: { slope: null, fold: null, atMaxN: 1, maxN: 1 }, referenceMeetsTarget },
});

describe('self-check expectations', () => {
  it('wants references and optimal approaches unflagged, brute forces and slow approaches flagged', () => {
    expect(judgeEntry('reference', result('ok'))).toBeNull();
    expect(judgeEntry('reference', result('ok', false))).toMatch(/not in the bucket of its target/);
    expect(judgeEntry('optimal', result('inconclusive'))).toBeNull();
    expect(judgeEntry('optimal', result('regression'))).toMatch(/an optimal approach was flagged/);
    expect(judgeEntry('brute', result('ok'))).toMatch(/brute force was not flagged/);
    expect(judgeEntry('slow', result('inconclusive'))).toMatch(/slow approach was not flagged/);
    expect(judgeEntry('slow', result('regression'))).toBeNull();
    expect(['reference', 'optimal', 'brute', 'slow'].map((r) => mustBeFlagged(r as never))).toEqual([false, false, true, true]);
  });
  it('excuses an approach marked as a known miss of the engine, but never one that fails to run', () => {
    expect(judgeEntry('slow', result('ok'), 'shift() is cheap below 10k elements')).toBeNull();
    expect(judgeEntry('slow', { id: 'a/b', side: 'learner', error: 'threw at n = 8' }, 'x')).toMatch(/learner error/);
    expect(judgeEntry('optimal', result('regression'), 'the reference builds ropes')).toBeNull();
    expect(judgeEntry('optimal', result('regression'))).toMatch(/flagged/);
  });
  it('reads a known miss only from the first doc comment', () => {
    expect(knownMissOf('/**\n * slow: scans.\n * known miss: the memmove is cheap\n */\nexport const x = 1;')).toBe('the memmove is cheap');
    expect(knownMissOf('/**\n * slow: scans.\n */\n// known miss: not here\n')).toBeUndefined();
    expect(knownMissOf('export const x = 1;')).toBeUndefined();
  });
});

describe('rounds and misjudged verdicts', () => {
  it('puts the r-th item of every kata in round r', async () => {
    const { inRounds } = await import('../catalogue/approaches.ts');
    const items = [{ id: 'a', n: 1 }, { id: 'a', n: 2 }, { id: 'b', n: 3 }, { id: 'a', n: 4 }];
    expect(inRounds(items).map((r) => r.map((i) => i.n))).toEqual([[1, 3], [2], [4]]);
    expect(inRounds([])).toEqual([]);
  });
  it('calls a verdict misjudged when flagged against the role, never when the solution failed to run', async () => {
    const { misjudged } = await import('./selfcheck.ts');
    expect(misjudged('slow', result('ok'))).toBe(true);
    expect(misjudged('slow', result('regression'))).toBe(false);
    expect(misjudged('optimal', result('regression'))).toBe(true);
    expect(misjudged('brute', result('inconclusive'))).toBe(true);
    expect(misjudged('slow', { id: 'a/b', side: 'learner', error: 'x' })).toBe(false);
  });
});

describe('space entries (engine/space/space-check.ts, shared by selfcheck, space-check and bench:harness --space)', () => {
  const side = { slope: null, bucket: null, label: 'O(1)', topBytes: 0 };
  const spaceResult = (kind: SpaceVerdictKind, referenceMeetsTarget: boolean | null = true): SpaceResult => ({
    id: 'a/b', confirmed: kind === 'regression', n: 'n', elapsedMs: 1, measurements: [],
    verdict: { kind, text: `${kind} text`, reasons: [], target: { class: '1' }, reference: side, learner: side, ratio: { slope: null, atMaxN: null, maxN: null }, referenceMeetsTarget },
  });
  const failure: SpaceResult = { id: 'a/b', side: 'learner', error: 'ran out of heap' };

  it('passes a reference that is not flagged, inconclusive included, and fails one that is', () => {
    expect(judgeSpaceEntry('reference', spaceResult('ok'))).toBeNull();
    expect(judgeSpaceEntry('reference', spaceResult('inconclusive'))).toBeNull();
    expect(judgeSpaceEntry('reference', spaceResult('regression'))).toMatch(/reference measured against itself was flagged on space: regression text/);
  });
  it('fails a reference that reads above the kata\'s space target, even when judged ok against itself', () => {
    expect(judgeSpaceEntry('reference', spaceResult('ok', false))).toMatch(/the reference reads O\(1\) extra, above the kata's space target/);
    expect(judgeSpaceEntry('reference', spaceResult('ok', null)), 'no target to read against').toBeNull();
    expect(judgeSpaceEntry('space-heavy', spaceResult('regression', false)), 'only the reference is held to the target').toBeNull();
  });
  it('passes a space-heavy approach only when flagged: inconclusive fails', () => {
    expect(judgeSpaceEntry('space-heavy', spaceResult('regression'))).toBeNull();
    expect(judgeSpaceEntry('space-heavy', spaceResult('inconclusive'))).toMatch(/space-heavy approach was not flagged on space \(inconclusive\)/);
    expect(judgeSpaceEntry('space-heavy', spaceResult('ok'))).toMatch(/not flagged on space \(ok\)/);
  });
  it('never passes a measurement that failed, whichever the role', () => {
    expect(judgeSpaceEntry('reference', failure)).toMatch(/space not measured \(learner error\): ran out of heap/);
    expect(judgeSpaceEntry('space-heavy', failure)).toMatch(/space not measured/);
    expect(spaceVerdictRight('reference', 'error')).toBe(false);
    expect(spaceVerdictRight('space-heavy', 'error')).toBe(false);
  });
  it('re-measures attempt 2 with another seed, attempt 1 with the seed given', () => {
    expect(attemptSeed(42, 1)).toBe(42);
    expect(attemptSeed(42, 2)).not.toBe(42);
  });
});
