/**
 * The measuring loop on synthetic CPU-bound cost functions. Assertions are about slopes and
 * verdicts (ratios measured in the same run), never about absolute times.
 */
import { describe, expect, it } from 'vitest';
import { defineBench } from '../../kit/index.ts';
import { DEFAULT_MEASURE, measure } from './measure.ts';
import { judge } from './verdict.ts';

/** Burns CPU proportional to `work` (integer additions), and returns a value so nothing is elided. */
function burn(work: number): number {
  let x = 0;
  for (let i = 0; i < work; i++) x = (x + i) | 0;
  return x;
}

type Impl = { cost: (n: number) => number };
const spec = defineBench<Impl, number>({
  n: 'work units',
  sizes: { kind: 'doubling', minN: 64, maxN: 1 << 14 },
  input: (n) => n,
  run: (impl, n) => impl.cost(n),
});
const linear: Impl = { cost: (n) => burn(50 * n) };
const quadratic: Impl = { cost: (n) => burn(n * n) };
const options = { seed: 7, topCallMs: 0.5, rounds: 3, minSampleMs: 2, deadlineMs: 15_000 };

describe('measure + judge on synthetic cost functions', () => {
  it('reads a linear cost function against itself as linear and not a regression', async () => {
    const m = await measure(spec, { learner: linear, reference: linear }, options);
    const verdict = judge(m, 'n');
    expect(verdict.reference.bucket).toBe('linear');
    expect(verdict.kind).not.toBe('regression');
  });
  it('flags a quadratic cost function against a linear reference', async () => {
    const m = await measure(spec, { learner: quadratic, reference: linear }, options);
    const verdict = judge(m, 'n');
    expect(verdict.learner.bucket).toBe('quadratic');
    expect(verdict.kind).toBe('regression');
  });
  it('times every (side, size) once per round and rotates through several inputs', async () => {
    // Each input is tagged with its position among the inputs generated for its size.
    const seen = new Map<number, Set<number>>();
    let made = 0;
    const counting = defineBench<Impl, { n: number; tag: number }>({
      n: 'work units',
      sizes: spec.sizes,
      input: (n) => ({ n, tag: made++ }),
      run: (impl, input) => {
        seen.set(input.n, (seen.get(input.n) ?? new Set()).add(input.tag));
        return impl.cost(input.n);
      },
    });
    const m = await measure(counting, { learner: linear, reference: linear }, { ...options, rounds: 2, inputsPerSize: 3 });
    expect(m.roundsDone).toBe(2);
    for (const p of m.points) {
      expect(p.samples.reference.length, `reference samples at n = ${p.n}`).toBe(2);
      expect(p.samples.learner.length, `learner samples at n = ${p.n}`).toBe(2);
      expect(seen.get(p.n)?.size, `distinct inputs timed at n = ${p.n}`).toBe(3);
    }
  });
  it('times a learner that leaves the ladder early further down, so it is judged on enough sizes', async () => {
    // No minN: the engine's default start (64). The heavy quadratic is over its 20 ms budget from
    // n = 1 024 or so (512 or 256 on a slower machine): 4 sizes or fewer from 64, and 8 below it.
    const open = defineBench<Impl, number>({ n: 'work units', input: (n) => n, run: (impl, n) => impl.cost(n) });
    const heavy: Impl = { cost: (n) => burn(50 * n * n) };
    const m = await measure(open, { learner: heavy, reference: linear }, { ...options, learnerCallLimitMs: 20 });
    expect(m.learnerOverBudgetAt).not.toBeNull();
    const timed = m.points.filter((p) => p.learner !== null).map((p) => p.n);
    expect(timed.length, `learner timed at ${timed.join(', ')}`).toBeGreaterThanOrEqual(DEFAULT_MEASURE.minPoints);
    expect(Math.min(...timed)).toBeLessThan(64);
    expect(m.points.map((p) => p.n), 'sizes in ascending order').toEqual(m.points.map((p) => p.n).sort((a, b) => a - b));
    expect(judge(m, 'n').kind).toBe('regression');
  });
  it('never goes below a bench\'s own minN', async () => {
    const heavy: Impl = { cost: (n) => burn(200 * n * n) };
    const m = await measure(spec, { learner: heavy, reference: linear }, { ...options, learnerCallLimitMs: 4 });
    expect(Math.min(...m.points.map((p) => p.n))).toBe(64);
  });
  it('reports a learner that throws as the learner\'s error, naming n', async () => {
    const throwing: Impl = { cost: (n) => { if (n > 200) throw new Error('boom'); return n; } };
    await expect(measure(spec, { learner: throwing, reference: linear }, options)).rejects.toThrow(/solution threw at n = 256: boom/);
  });
});
