/** Hostile learner code in the complexity stage: a verdict for that kata, and the harness goes on. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, solutionFiles } from '../base/paths.ts';
import { runComplexity } from './run.ts';
import { isFailure } from './time/time-growth.ts';

const fixture = (name: string) => ({ kind: 'file' as const, file: path.join(ROOT, 'harness/fixtures/hostile', `${name}.ts`) });

describe('hostile learner code in the complexity stage', { timeout: 120_000 }, () => {
  it('kills an endless loop, blames the learner, and measures the next job in a fresh process', async () => {
    const [looping, reference] = await runComplexity(
      [
        { id: 'hashmap/two-sum', impl: fixture('endless-loop'), target: 'n' },
        { id: 'hashmap/two-sum', impl: { kind: 'reference' }, target: 'n' },
      ],
      { jobTimeoutMs: 8_000, seed: 3 },
    );
    expect(isFailure(looping!) && looping.side).toBe('learner');
    expect(isFailure(looping!) && looping.error).toMatch(/did not finish within 8 s/);
    expect(isFailure(reference!)).toBe(false);
  });
  it('reports a solution that throws on large inputs as the learner\'s error, naming n', async () => {
    const [result] = await runComplexity([{ id: 'hashmap/two-sum', impl: fixture('stack-overflow'), target: 'n' }], { seed: 3 });
    expect(isFailure(result!) && result.side).toBe('learner');
    expect(isFailure(result!) && result.error).toMatch(/threw at n = \d+: Maximum call stack/);
  });
  it('measures someone\'s code one job per process: a solution that rigs the verdict\'s rules cannot clear the next job', async () => {
    const brute = { kind: 'file' as const, file: solutionFiles('hashmap/two-sum').brute };
    const [rigger, next] = await runComplexity(
      [
        { id: 'hashmap/two-sum', impl: fixture('rigs-verdicts'), target: 'n' },
        { id: 'hashmap/two-sum', impl: brute, target: 'n' },
      ],
      { seed: 3 },
    );
    expect(isFailure(rigger!)).toBe(false);
    expect(!isFailure(next!) && next.verdict.kind).toBe('regression');
  });
  it('hands someone\'s code a fresh copy of its input for every timed call: a solution that wastes n^1.8 steps and caches answers per input object is still flagged', async () => {
    const [result] = await runComplexity([{ id: 'hashmap/two-sum', impl: fixture('caches-on-input'), target: 'n' }], { seed: 3 });
    expect(!isFailure(result!) && result.verdict.kind).toBe('regression');
  });
  it('measures someone\'s code apart from the reference: a quadratic solution that slows down Map for its whole process is still flagged', async () => {
    const [result] = await runComplexity([{ id: 'hashmap/two-sum', impl: fixture('slows-reference'), target: 'n' }], { seed: 3 });
    expect(!isFailure(result!) && result.verdict.kind).toBe('regression');
  });
  it('reads the CPU a solution spends off its timed calls: one that answers every input as the inputs arrive is flagged for it', async () => {
    const [result] = await runComplexity([{ id: 'hashmap/two-sum', impl: fixture('precomputes-on-arrival'), target: 'n' }], { seed: 3 });
    expect(!isFailure(result!) && result.verdict.kind).toBe('regression');
    expect(!isFailure(result!) && result.verdict.text).toMatch(/works where it is not timed/);
  });
  it('checks a sample of the timed answers against the reference: a solution that answers at once and wrongly on inputs larger than the tests build is caught', async () => {
    const [result] = await runComplexity([{ id: 'hashmap/two-sum', impl: fixture('wrong-when-large'), target: 'n' }], { seed: 3 });
    expect(isFailure(result!) && result.side).toBe('learner');
    expect(isFailure(result!) && result.error).toMatch(/a timed call at n = \d+ answered wrongly: \[0,1\] where the reference answers null/);
  });
  it('holds the solution\'s side to its own errors: a forged "the bench is broken" message is the solution\'s failure, not a neutral one', async () => {
    const [result] = await runComplexity([{ id: 'hashmap/two-sum', impl: fixture('blames-the-bench'), target: 'n' }], { seed: 3 });
    expect(isFailure(result!) && result.side).toBe('learner');
  });
  it('refuses a Promise where a value is due', async () => {
    const [result] = await runComplexity([{ id: 'hashmap/two-sum', impl: fixture('returns-promise'), target: 'n' }], { seed: 3 });
    expect(isFailure(result!) && result.error).toMatch(/returned a Promise/);
  });
});
