import { describe, expect, it } from 'vitest';
import {
  complexityMark, countOutcomes, currentRecord, describeRegression, failedStage, isDone, isSolved, isTargetMet, marksOfRecord, regressionOverTime,
  type CheckRecord, type ComplexityRecord,
} from './outcome.ts';

const verdict = (kind: ComplexityRecord['verdict']): ComplexityRecord => ({ verdict: kind, grows: 'O(n)', target: 'O(n)', ratio: 1, maxN: 65536, text: kind });

const met: CheckRecord = {
  at: '2026-11-02T09:00:00.000Z', status: 'passing', passed: 9, failed: 0,
  complexity: { verdict: 'ok', grows: 'O(n)', target: 'O(n)', ratio: 1, maxN: 65536, text: 'meets the target' },
};
const worse: CheckRecord = {
  at: '2026-11-20T09:00:00.000Z', status: 'passing', passed: 9, failed: 0,
  complexity: { verdict: 'regression', grows: 'O(n²)', target: 'O(n)', ratio: 300, maxN: 65536, text: 'grows like O(n²)' },
};
const unsure: CheckRecord = { ...worse, complexity: { ...worse.complexity!, verdict: 'inconclusive' } };

describe('solved and target met', () => {
  it('solved means the tests pass, whatever the time verdict', () => {
    expect(isSolved({ status: 'passing' })).toBe(true);
    expect(isSolved({ status: 'passing', complexity: verdict('regression') })).toBe(true);
    expect(isSolved({ status: 'failing', complexity: verdict('ok') })).toBe(false);
    expect(isSolved({ status: 'not-started' })).toBe(false);
  });
  it('target met means solved and the time verdict is ok, nothing else', () => {
    expect(isTargetMet({ status: 'passing', complexity: verdict('ok') })).toBe(true);
    for (const kind of ['regression', 'inconclusive', 'error'] as const) expect(isTargetMet({ status: 'passing', complexity: verdict(kind) })).toBe(false);
    expect(isTargetMet({ status: 'passing' })).toBe(false);
    expect(isTargetMet({ status: 'failing', complexity: verdict('ok') })).toBe(false);
  });
  it('counts solved and met over any records', () => {
    expect(countOutcomes([
      { status: 'passing', complexity: verdict('ok') },
      { status: 'passing', complexity: verdict('inconclusive') },
      { status: 'passing' },
      { status: 'failing', complexity: verdict('ok') },
      { status: 'not-started' },
    ])).toEqual({ solved: 3, met: 1, total: 5 });
  });
});

describe('stage marks and failedStage', () => {
  it('marks the time stage: ok passes, regression and the solution\'s own error fail, the rest is neutral', () => {
    expect(complexityMark(verdict('ok'))).toBe('pass');
    expect(complexityMark(verdict('regression'))).toBe('fail');
    expect(complexityMark(verdict('error'))).toBe('fail');
    expect(complexityMark(verdict('inconclusive'))).toBe('neutral');
    expect(complexityMark(null)).toBe('neutral');
  });
  it('names the first failing stage in order', () => {
    expect(failedStage([{ stage: 'tests', mark: 'pass' }, { stage: 'complexity', mark: 'fail' }, { stage: 'toy', mark: 'fail' }])).toBe('complexity');
    expect(failedStage([{ stage: 'tests', mark: 'pass' }, { stage: 'complexity', mark: 'neutral' }])).toBeNull();
    expect(failedStage(marksOfRecord({ status: 'not-started' }))).toBe('tests');
    expect(failedStage(marksOfRecord({ status: 'failing', complexity: verdict('regression') }))).toBe('tests');
    expect(failedStage(marksOfRecord({ status: 'passing', complexity: verdict('error') }))).toBe('complexity');
  });
  it('a kata is done when no stage of its latest record failed', () => {
    expect(isDone({ status: 'passing', complexity: verdict('inconclusive') })).toBe(true);
    expect(isDone({ status: 'passing', complexity: verdict('regression') })).toBe(false);
    expect(isDone({ status: 'failing' })).toBe(false);
  });
  it('takes the latest time verdict of a kata\'s history as its current record', () => {
    const skipped: CheckRecord = { at: '2026-11-21T00:00:00.000Z', status: 'passing', passed: 9, failed: 0 };
    expect(currentRecord({ status: 'passing', history: [met, worse, skipped] })).toEqual({ status: 'passing', complexity: worse.complexity });
    expect(currentRecord(undefined)).toEqual({ status: 'not-started', complexity: null });
  });
});

describe('regressionOverTime', () => {
  it('says when a kata that met its target no longer does', () => {
    const r = regressionOverTime([met, worse]);
    expect(r && describeRegression(r)).toBe('regressed: met O(n) on 2026-11-02, now grows like O(n²)');
  });
  it('is silent when the target was never met', () => {
    expect(regressionOverTime([worse])).toBeNull();
  });
  it('is silent when the latest verdict meets the target again, or is only inconclusive', () => {
    expect(regressionOverTime([met, worse, met])).toBeNull();
    expect(regressionOverTime([met, unsure])).toBeNull();
  });
});
