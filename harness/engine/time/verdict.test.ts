/**
 * The regression rule on synthetic cost functions: times are exact powers of n with injected
 * multiplicative noise (seeded), so every expectation is about the rule, not about this machine.
 */
import { describe, expect, it } from 'vitest';
import { fc, it as prop } from '#kit/testing';
import type { Measurement, SizePoint } from './measure.ts';
import { judge, RULE } from './verdict.ts';

const SIZES = [1024, 2048, 4096, 8192, 16384, 32768, 65536];

/** A measurement where reference ~ n^refDegree and learner ~ n^learnerDegree, times (1 ± noise). */
function synthetic(
  refDegree: number,
  learnerDegree: number,
  noise: readonly number[] = [],
  { learnerSizes = SIZES.length, overBudgetMs = null as number | null } = {},
): Measurement {
  const points: SizePoint[] = SIZES.map((n, i) => {
    const wobble = 1 + (noise[i] ?? 0);
    const wobble2 = 1 - (noise[(i + 3) % SIZES.length] ?? 0);
    const reference = 1e-5 * n ** refDegree * wobble;
    const learner = i < learnerSizes ? 1e-5 * n ** learnerDegree * wobble2 : null;
    return { n, reference, learner, samples: { reference: [reference], learner: learner === null ? [] : [learner] } };
  });
  return {
    kind: 'doubling',
    points,
    learnerOverBudgetAt: learnerSizes < SIZES.length ? SIZES[learnerSizes]! : null,
    learnerOverBudgetMs: overBudgetMs,
    roundsDone: 5,
    seed: 1,
    elapsedMs: 0,
  };
}

const noise = (bound: number) => fc.array(fc.double({ min: -bound, max: bound, noNaN: true }), { minLength: 7, maxLength: 7 });

describe('judge: correct solutions are never flagged', () => {
  it('passes the reference against itself', () => {
    expect(judge(synthetic(1, 1), 'n').kind).toBe('ok');
  });
  prop.prop([fc.double({ min: -0.22, max: 0.31, noNaN: true }), noise(0.15)])(
    'never flags a learner whose slope drifts from the reference within the drift measured for same-class solutions',
    (drift, wobble) => {
      expect(judge(synthetic(1, 1 + drift, wobble), 'n').kind).not.toBe('regression');
    },
  );
  prop.prop([noise(0.15)])('never flags an n log n solution against a linear reference', (wobble) => {
    const m = synthetic(1, 1, wobble);
    for (const p of m.points) p.learner! *= Math.log2(p.n) / 10;
    expect(judge(m, 'n').kind).not.toBe('regression');
  });
});

describe('judge: clearly worse solutions are flagged', () => {
  prop.prop([noise(0.2)])('flags a quadratic solution against a linear reference, even with 20% noise', (wobble) => {
    const verdict = judge(synthetic(1, 2, wobble), 'n');
    expect(verdict.kind).toBe('regression');
    expect(verdict.text).toMatch(/grows like O\(n²\); target O\(n\)/);
  });
  it('flags the slope of 0.7 that a quadratic solution read against a linear reference under load', () => {
    expect(judge(synthetic(1, 1.7), 'n').kind).toBe('regression');
  });
  it('says at which n and by how much the learner is slower', () => {
    const verdict = judge(synthetic(1, 2), 'n');
    expect(verdict.text).toMatch(/at n = 65 536 it is \d+× slower than the reference/);
  });
  it('flags a learner that blows the time budget where the reference is still fast, with too few sizes to fit', () => {
    const verdict = judge(synthetic(1, 3, [], { learnerSizes: 2, overBudgetMs: 500 }), 'n');
    expect(verdict.kind).toBe('regression');
    expect(verdict.text).toMatch(/exceeds the time budget/);
  });
});

describe('judge: the gap between is inconclusive, never a failure', () => {
  it('calls a ratio slope between the drift and a clear regression inconclusive', () => {
    // slope 0.45 sits above okSlopeHigh but below the regression estimate threshold
    const verdict = judge(synthetic(1, 1 + (RULE.okSlopeHigh + RULE.ratioSlope) / 2), 'n');
    expect(verdict.kind).toBe('inconclusive');
  });
  it('does not flag a steep ratio whose confidence bound is wide (scattered samples)', () => {
    // ln(ratio) = 0.6·ln(n/1024) + scatter: the estimate is ≈ 0.57, its lower bound ≈ 0.24, fold ≈ 5.9
    const scatter = [0.5, -0.7, 0.2, 0.9, -0.6, 0.4, -0.3].map((v) => v * 0.9);
    const m = synthetic(1, 1);
    m.points.forEach((p, i) => { p.learner = p.reference! * Math.exp(0.6 * Math.log(p.n / 1024) + scatter[i]!); });
    const verdict = judge(m, 'n');
    expect(verdict.ratio.fold!, 'the fold alone would flag it').toBeGreaterThanOrEqual(RULE.fold);
    expect(verdict.ratio.slope!.slope, 'the estimate alone would flag it').toBeGreaterThan(RULE.ratioSlope);
    expect(verdict.kind).not.toBe('regression');
  });
  it('does not flag a ratio that grew less than several-fold across the sizes', () => {
    // four sizes at a ratio slope of 0.6: the ratio grows 2^(0.6·3) ≈ 3.5×, below the fold rule
    const verdict = judge(synthetic(1, 1.6, [], { learnerSizes: 4, overBudgetMs: 0.001 }), 'n');
    expect(verdict.ratio.fold!).toBeLessThan(RULE.fold);
    expect(verdict.kind).not.toBe('regression');
  });
  it('calls too few measured sizes inconclusive when the budget was not the reason', () => {
    expect(judge(synthetic(1, 1, [], { learnerSizes: 2, overBudgetMs: 0.01 }), 'n').kind).toBe('inconclusive');
  });
});

describe('judge: whether the reference meets its target', () => {
  it('checks the reference bucket against the target class', () => {
    expect(judge(synthetic(1, 1), 'n log n').referenceMeetsTarget).toBe(true);
    expect(judge(synthetic(2, 2), 'n').referenceMeetsTarget).toBe(false);
    expect(judge(synthetic(0.1, 0.1), 'log n').referenceMeetsTarget).toBe(true);
  });
});

describe('judge: linear sizes for exponential katas', () => {
  function exponential(refBase: number, learnerBase: number): Measurement {
    const points: SizePoint[] = [8, 9, 10, 11, 12, 13, 14].map((n) => {
      const reference = 1e-4 * refBase ** n;
      const learner = 1e-4 * learnerBase ** n;
      return { n, reference, learner, samples: { reference: [reference], learner: [learner] } };
    });
    return { kind: 'linear', points, learnerOverBudgetAt: null, learnerOverBudgetMs: null, roundsDone: 5, seed: 1, elapsedMs: 0 };
  }
  it('flags a ratio that keeps growing with n', () => {
    expect(judge(exponential(2, 3), 'exponential').kind).toBe('regression');
  });
  it('passes a learner growing like the reference', () => {
    const verdict = judge(exponential(2, 2), 'exponential');
    expect(verdict.kind).toBe('ok');
    expect(verdict.referenceMeetsTarget).toBe(true);
  });
});

describe('judge: the rule follows the target, not the size schedule', () => {
  /** Linear sizes 30…126 (the schedule of a bench whose brute force is exponential), polynomial costs. */
  function polynomialOnLinearSizes(refDegree: number, learnerDegree: number): Measurement {
    const points: SizePoint[] = [30, 46, 62, 78, 94, 110, 126].map((n) => {
      const reference = 1e-4 * n ** refDegree;
      const learner = 1e-4 * n ** learnerDegree;
      return { n, reference, learner, samples: { reference: [reference], learner: [learner] } };
    });
    return { kind: 'linear', points, learnerOverBudgetAt: null, learnerOverBudgetMs: null, roundsDone: 5, seed: 1, elapsedMs: 0 };
  }
  it('flags a cubic solution against a linear target measured on linear sizes, reading the growth on log-log axes', () => {
    const verdict = judge(polynomialOnLinearSizes(1, 3), 'n');
    expect(verdict.kind).toBe('regression');
    expect(verdict.text).toContain('grows like O(n³)');
  });
  it('passes a linear solution there, and reads the reference in its polynomial bucket', () => {
    const verdict = judge(polynomialOnLinearSizes(1, 1), 'n');
    expect(verdict.kind).toBe('ok');
    expect(verdict.referenceMeetsTarget).toBe(true);
  });
});

describe('judge: what a learner is told besides the class', () => {
  it('says when a solution in the target class is many times slower than the reference', () => {
    const slow = synthetic(1, 1);
    for (const p of slow.points) p.learner = p.learner! * 75;
    const verdict = judge(slow, 'n');
    expect(verdict.kind).toBe('ok');
    expect(verdict.text).toMatch(/^meets the target O\(n\), but at n = 65 536 it is 75× slower than the reference: look at the constant work per element/);
  });
  it('does not mention the constant below the threshold', () => {
    const close = synthetic(1, 1);
    for (const p of close.points) p.learner = p.learner! * (RULE.slowConstant * 0.9);
    expect(judge(close, 'n').text).toMatch(/^meets the target O\(n\): grows like the reference/);
  });
  it('names the input family a verdict was measured on', () => {
    expect(judge(synthetic(1, 2), 'n', 'one large component').text).toMatch(/^grows like O\(n²\) on one large component; target O\(n\)/);
    expect(judge(synthetic(1, 2), 'n').text).not.toContain(' on ');
  });
});

describe('judge: sizes the learner could not finish', () => {
  /** Learner flat against the reference at the sizes it finished, then over budget at the last `stranded` sizes. */
  function stepUp(stranded: number, referenceAtTop: number): Measurement {
    const m = synthetic(1, 1, [], { learnerSizes: SIZES.length - stranded, overBudgetMs: 150 });
    for (const p of m.points) p.reference = (referenceAtTop * p.n) / SIZES.at(-1)!;
    for (const p of m.points) if (p.learner !== null) p.learner = p.reference! * 30;
    return { ...m, learnerBudgetMs: 120 };
  }
  it('flags a learner over budget at two sizes where the reference takes under 1 % of the budget, naming the sizes', () => {
    const verdict = judge(stepUp(2, 0.8), 'n');
    expect(verdict.kind).toBe('regression');
    expect(verdict.text).toMatch(/too slow from n = 32 768: 2 sizes \(32 768, 65 536\) could not be finished within the time budget/);
  });
  it('does not count one unfinished size, or sizes where the reference itself is near the budget', () => {
    expect(judge(stepUp(1, 0.8), 'n').text).not.toMatch(/could not be finished/);
    expect(judge(stepUp(2, 60), 'n').text).not.toMatch(/could not be finished/);
  });
});

describe('judge: work a solution measured apart does off its timed calls (split.ts)', () => {
  const account = (timedMs: number, offClockMs: number) => ({ timedMs, offClockMs });
  it('flags a solution whose off-clock CPU is far beyond the reference\'s and its own timed CPU, naming both', () => {
    const m = { ...synthetic(1, 1), accounts: { reference: account(200, 400), learner: account(150, 5800) } };
    const verdict = judge(m, 'n');
    expect(verdict.kind).toBe('regression');
    expect(verdict.text).toMatch(/works where it is not timed: 5800 ms .*the reference: 400 ms; its timed calls: 150 ms/);
  });
  prop.prop([fc.double({ min: 0, max: 2000, noNaN: true }), fc.double({ min: 0, max: 5000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })])(
    'leaves the verdict to growth while the off-clock CPU stays within the allowance (3 × the reference\'s + own timed + 100 ms)',
    (referenceOff, learnerTimed, share) => {
      const allowance = RULE.offClockFactor * referenceOff + learnerTimed + RULE.offClockSlackMs;
      const m = { ...synthetic(1, 1), accounts: { reference: account(200, referenceOff), learner: account(learnerTimed, share * allowance) } };
      expect(judge(m, 'n').kind).toBe('ok');
      expect(judge({ ...m, accounts: { ...m.accounts, learner: account(learnerTimed, allowance + 1) } }, 'n').kind).toBe('regression');
    },
  );
});
