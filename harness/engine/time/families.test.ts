/** Several input families per bench: the worst family decides, and the bench's own input comes first. */
import { describe, expect, it } from 'vitest';
import type { Measurement } from './measure.ts';
import { familiesOf, okNeedsConfirming, shouldEscalate, worstFamily } from './time-growth.ts';
import type { Verdict } from './verdict.ts';

const verdict = (kind: Verdict['kind'], atMaxN: number): { verdict: Verdict; name: string } => ({
  name: `${kind}-${atMaxN}`,
  verdict: { kind, text: kind, reasons: [], target: 'n', reference: { slope: null, bucket: null, label: '' }, learner: { slope: null, bucket: null, label: '' }, ratio: { slope: null, fold: null, atMaxN, maxN: 1024 }, referenceMeetsTarget: true },
});

describe('input families', () => {
  it('lists the bench input first, named, then the other families in order', () => {
    const input = () => 1;
    const names = familiesOf({ n: 'n', input, inputName: 'random values', run: () => 0, families: [{ name: 'sorted', exposes: 'x', input }, { name: 'one chain', exposes: 'y', input }] }).map((f) => f.name);
    expect(names).toEqual(['random values', 'sorted', 'one chain']);
    expect(familiesOf({ n: 'n', input, run: () => 0 }).map((f) => f.name)).toEqual(['the bench input']);
  });
  it('takes a regression over anything, then an inconclusive verdict, then the ok family where the solution is slowest', () => {
    expect(worstFamily([verdict('ok', 90), verdict('regression', 3), verdict('inconclusive', 50)]).name).toBe('regression-3');
    expect(worstFamily([verdict('ok', 90), verdict('inconclusive', 5)]).name).toBe('inconclusive-5');
    expect(worstFamily([verdict('ok', 2), verdict('ok', 40), verdict('ok', 7)]).name).toBe('ok-40');
  });
});

describe('escalation', () => {
  const m = (overrides: Partial<Measurement> = {}): Measurement => ({ kind: 'doubling', points: [], learnerOverBudgetAt: null, learnerOverBudgetMs: null, roundsDone: 5, seed: 1, elapsedMs: 0, ...overrides });
  const v = (kind: Verdict['kind'], atMaxN: number, slope: number, fold: number): Verdict => ({
    ...verdict(kind, atMaxN).verdict,
    ratio: { slope: { slope, low: slope - 0.1, high: slope + 0.1, intercept: 0 }, fold, atMaxN, maxN: 1024 },
  });
  it('measures further when the learner is 10× slower at the top, or its ratio trends upward', () => {
    expect(shouldEscalate(v('ok', 12, 0, 1), m())).toBe(true);
    expect(shouldEscalate(v('inconclusive', 3, 0.35, 2.5), m())).toBe(true);
  });
  it('does not for a ratio that stays flat, a regression already seen, linear sizes, or a learner over budget', () => {
    expect(shouldEscalate(v('ok', 1.2, 0.05, 1.1), m())).toBe(false);
    expect(shouldEscalate(v('regression', 50, 1, 20), m())).toBe(false);
    expect(shouldEscalate(v('ok', 12, 0, 1), m({ kind: 'linear' }))).toBe(false);
    expect(shouldEscalate(v('ok', 12, 0, 1), m({ learnerOverBudgetAt: 4096 }))).toBe(false);
  });
});

describe('an "ok" its own pass argues against', () => {
  const m = (overrides: Partial<Measurement>): Measurement => ({ kind: 'doubling', points: [], learnerOverBudgetAt: null, learnerOverBudgetMs: null, learnerBudgetMs: 120, roundsDone: 5, seed: 1, elapsedMs: 0, ...overrides });
  const point = (n: number, reference: number) => ({ n, reference, learner: null, samples: { learner: [], reference: [] } });
  it('is measured again when the learner was over budget where the reference took under a tenth of it', () => {
    expect(okNeedsConfirming(verdict('ok', 3).verdict, m({ learnerOverBudgetAt: 1024, points: [point(512, 0.5), point(1024, 1.4)] }))).toBe(true);
    expect(okNeedsConfirming(verdict('ok', 3).verdict, m({ learnerOverBudgetAt: 1024, points: [point(512, 0.5)] }))).toBe(true);
  });
  it('settles when nothing was over budget, when the reference was itself near the budget there, or when it is not an "ok"', () => {
    expect(okNeedsConfirming(verdict('ok', 3).verdict, m({ points: [point(1024, 1.4)] }))).toBe(false);
    expect(okNeedsConfirming(verdict('ok', 3).verdict, m({ learnerOverBudgetAt: 1024, points: [point(1024, 30)] }))).toBe(false);
    expect(okNeedsConfirming(verdict('inconclusive', 3).verdict, m({ learnerOverBudgetAt: 1024, points: [point(1024, 1.4)] }))).toBe(false);
  });
});
