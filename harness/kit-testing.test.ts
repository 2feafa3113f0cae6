/**
 * `it.prop` from #kit/testing is what every kata's properties run through: it must fail when the
 * property fails (by throwing, by returning false, or by rejecting), shrink, keep to its seed so a
 * failure replays, and pass params on. The bodies are run directly here, outside Vitest's
 * collector, so a failing property can be asserted on.
 */
import { describe, expect, it as vitestIt } from 'vitest';
import { parsePropertyFailure, stableTestName } from './runner/fast-check-failure.ts';
import { fc, it, propertyCase } from '#kit/testing';

async function failureOf(run: () => Promise<void>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the property to fail, but it passed');
}

describe('propertyCase', () => {
  vitestIt('passes a property that holds, after fast-check’s default of 100 cases', async () => {
    let calls = 0;
    const { run } = propertyCase([fc.integer(), fc.integer()], { seed: 7 }, 'addition commutes', (a, b) => { calls++; expect(a + b).toBe(b + a); });
    await run();
    expect(calls).toBe(100);
  });

  vitestIt('fails a throwing property and shrinks the counterexample to the smallest failing value', async () => {
    const { run } = propertyCase([fc.integer({ min: 0, max: 1000 })], { seed: 42 }, 'small', (n) => { expect(n).toBeLessThan(10); });
    const failure = parsePropertyFailure((await failureOf(run)).message);
    expect(failure, 'fast-check’s report can be read back').not.toBeNull();
    expect(failure!.counterexample).toBe('[10]');
    expect(failure!.seed).toBe(42);
  });

  vitestIt('fails a property that returns false, and one whose promise rejects', async () => {
    await failureOf(propertyCase([fc.nat()], { seed: 1 }, 'false', (n) => n < 0).run);
    await failureOf(propertyCase([fc.nat()], { seed: 1 }, 'rejects', async (n) => { await Promise.resolve(); if (n >= 0) throw new Error('no'); }).run);
  });

  vitestIt('replays exactly the reported case from its seed and path', async () => {
    const property = (xs: number[]) => { expect(xs.reduce((a, b) => a + b, 0)).toBeLessThan(50); };
    const first = parsePropertyFailure((await failureOf(propertyCase([fc.array(fc.integer({ min: 0, max: 30 }))], { seed: 99 }, 'sum', property).run)).message)!;
    const seen: number[][] = [];
    const replay = propertyCase([fc.array(fc.integer({ min: 0, max: 30 }))], { seed: first.seed, path: first.path, endOnFailure: true }, 'sum', (xs) => { seen.push(xs); property(xs); });
    const again = parsePropertyFailure((await failureOf(replay.run)).message)!;
    expect(again.counterexample).toBe(first.counterexample);
    expect(seen, 'the replay ran the one recorded case').toHaveLength(1);
  });

  vitestIt('honours params such as numRuns', async () => {
    let calls = 0;
    await propertyCase([fc.boolean()], { seed: 3, numRuns: 7 }, 'counted', () => { calls++; }).run();
    expect(calls).toBe(7);
  });

  vitestIt('prints its seed in the title, which the harness strips to find the test again', () => {
    const { title } = propertyCase([fc.nat()], { seed: -5 }, 'finds a pair', () => {});
    expect(title).toBe('finds a pair (with seed=-5)');
    expect(stableTestName(title)).toBe('finds a pair');
  });

  vitestIt('takes the seed configured globally (KATA_SEED, through setup.ts) when params give none', () => {
    const before = fc.readConfigureGlobal();
    try {
      fc.configureGlobal({ ...before, seed: 123 });
      expect(propertyCase([fc.nat()], {}, 'p', () => {}).title).toBe('p (with seed=123)');
    } finally {
      fc.configureGlobal(before);
    }
  });
});

describe('it from #kit/testing', () => {
  vitestIt('is Vitest’s own it, with its modifiers, plus prop', () => {
    expect(typeof it.prop).toBe('function');
    expect(typeof it.skip).toBe('function');
    expect(typeof it.each).toBe('function');
  });
  it.prop([fc.integer(), fc.integer()])('registers a property as a test that runs (multiplication commutes)', (a, b) => {
    expect(a * b).toBe(b * a);
  });
});
