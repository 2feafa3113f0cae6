/** The bench of the engine itself, summarised (pure): flags, flips and stability per set, time and space alike. */
import { describe, expect, it } from 'vitest';
import { flipped, stable, summarise, trialRight, type HarnessTrial } from './harness-bench.ts';

type Verdict = HarnessTrial['verdict'];
const trials = (kind: 'time' | 'space', role: HarnessTrial['role'], id: string, verdicts: Verdict[], approach?: string): HarnessTrial[] =>
  verdicts.map((verdict, repeat) => ({ kind, id, role, ...(approach ? { approach } : {}), load: 'quiet', repeat, verdict, seconds: repeat + 1, text: verdict }));

describe('flips and stability', () => {
  it('calls verdicts flipped when they are not all the same', () => {
    expect(flipped(['ok', 'ok', 'ok'])).toBe(false);
    expect(flipped(['ok', 'inconclusive', 'ok'])).toBe(true);
    expect(flipped([])).toBe(false);
  });
  it('calls verdicts stable when one of them came out in at least N − 1 of N repeats (19 of 20)', () => {
    const twenty = (odd: number) => [...Array<Verdict>(20 - odd).fill('regression'), ...Array<Verdict>(odd).fill('inconclusive')];
    expect(stable(twenty(0))).toBe(true);
    expect(stable(twenty(1))).toBe(true);
    expect(stable(twenty(2))).toBe(false);
    expect(stable(['ok', 'regression'])).toBe(true);
    expect(stable(['ok', 'regression', 'inconclusive'])).toBe(false);
  });
});

describe('summarise', () => {
  it('summarises space trials per set: references, space-heavy approaches', () => {
    const all = [
      ...trials('space', 'reference', 'dp/a', ['ok', 'ok', 'inconclusive', 'ok']),
      ...trials('space', 'reference', 'dp/b', ['ok', 'ok', 'ok', 'regression']),
      ...trials('space', 'space-heavy', 'dp/a', ['regression', 'regression', 'regression', 'regression'], 'optimal-full-table'),
      ...trials('space', 'space-heavy', 'dp/a', ['regression', 'inconclusive', 'regression', 'ok'], 'optimal-all-rows'),
      ...trials('time', 'brute', 'dp/a', ['regression']),
    ];
    const s = summarise(all, 'quiet', 'space');
    expect(s.kind).toBe('space');
    expect(s.sets.map((set) => set.role)).toEqual(['reference', 'space-heavy']);
    const [ref, heavy] = s.sets;
    expect(ref).toMatchObject({ trials: 8, flaggedRate: 1 / 8, inconclusiveRate: 1 / 8, flips: 2, stable: 2, solutions: 2 });
    expect(heavy).toMatchObject({ trials: 8, flaggedRate: 6 / 8, inconclusiveRate: 1 / 8, flips: 1, stable: 1, solutions: 2 });
    // Seconds over the verdicts judged as the set must be: not flagged for references, flagged for space-heavy approaches.
    expect(ref!.seconds).toEqual({ median: 2, max: 4 });
    expect(heavy!.seconds).toEqual({ median: 2.5, max: 4 });
  });
  it('keeps time trials (and files without a kind) to the time summary', () => {
    const old = trials('time', 'brute', 'hashmap/x', ['regression', 'ok']).map(({ kind: _kind, ...t }) => t);
    const s = summarise([...old, ...trials('space', 'reference', 'dp/a', ['regression'])], 'quiet');
    expect(s.sets.map((set) => [set.role, set.trials, set.flaggedRate, set.flips])).toEqual([['brute', 2, 0.5, 1]]);
  });
  it('judges a trial by its set and kind', () => {
    expect(trialRight({ kind: 'space', role: 'reference', verdict: 'inconclusive' })).toBe(true);
    expect(trialRight({ kind: 'space', role: 'space-heavy', verdict: 'inconclusive' })).toBe(false);
    expect(trialRight({ kind: 'space', role: 'space-heavy', verdict: 'regression' })).toBe(true);
    expect(trialRight({ kind: 'space', role: 'reference', verdict: 'error' })).toBe(false);
    expect(trialRight({ role: 'brute', verdict: 'regression' })).toBe(true);
    expect(trialRight({ role: 'optimal', verdict: 'regression' })).toBe(false);
  });
});
