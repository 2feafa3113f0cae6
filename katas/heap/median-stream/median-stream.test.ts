import { describe, expect } from 'vitest';
import { MedianFinder } from './median-stream.ts';
import { expectRangeError, fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';

/** The model: every value added, kept sorted ascending. Its median is read off the middle. */
interface Model {
  readonly sorted: number[];
}

function modelMedian(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** -0 and 0 are the same median; `toBe` would tell them apart. */
function plusZero(x: number): number {
  return x === 0 ? 0 : x;
}

class Add implements fc.Command<Model, MedianFinder> {
  constructor(readonly value: number) {}
  check(): boolean {
    return true;
  }
  run(m: Model, finder: MedianFinder): void {
    finder.add(this.value);
    let at = m.sorted.length;
    while (at > 0 && m.sorted[at - 1]! > this.value) at--;
    m.sorted.splice(at, 0, this.value);
  }
  toString(): string {
    return `add(${this.value})`;
  }
}

class Median implements fc.Command<Model, MedianFinder> {
  check(): boolean {
    return true;
  }
  run(m: Model, finder: MedianFinder): void {
    if (m.sorted.length === 0) {
      expectRangeError(() => finder.median(), 'median() with nothing added');
      return;
    }
    expect(plusZero(finder.median()), `median of [${m.sorted.join(', ')}]`).toBe(plusZero(modelMedian(m.sorted)));
  }
  toString(): string {
    return 'median()';
  }
}

/** Adds listed twice so streams grow long enough to exercise rebalancing. */
function commandsOf(value: fc.Arbitrary<number>) {
  const add = value.map((v) => new Add(v));
  return fc.commands([add, add, fc.constant(new Median())], { maxCommands: 150 });
}

/**
 * Values from the whole domain that respect the README's constraint (every sum of two, and half
 * of it, is exact): for one stream, integers m with |m| <= 2^52 drawn from the domain (edges such
 * as 2^31, 2^32 and -0 included), scaled by one power of two 2^k. k = 0 gives safe integers up to
 * 2^52, negative k fractions, and k = 970 magnitudes up to 2^1022.
 */
const SCALES = [0, 0, -1, -4, -30, 970];
function valuesOnGrid(k: number): fc.Arbitrary<number> {
  return numbersOf(meta.domain.value, { min: -(2 ** 52), max: 2 ** 52 }).map((x) => Math.trunc(x) * 2 ** k);
}
const scale = fc.constantFrom(...SCALES);

function runAgainstModel(cmds: Iterable<fc.Command<Model, MedianFinder>>): void {
  fc.modelRun(() => ({ model: { sorted: [] }, real: new MedianFinder() }), cmds);
}

/** Medians after each add, for the examples. */
function mediansAfterEachAdd(values: readonly number[]): number[] {
  const finder = new MedianFinder();
  return values.map((v) => {
    finder.add(v);
    return finder.median();
  });
}

describe('MedianFinder examples', () => {
  it('throws RangeError before anything is added', () => {
    expectRangeError(() => new MedianFinder().median());
  });
  it('reports the only value', () => {
    expect(mediansAfterEachAdd([5])).toEqual([5]);
  });
  it('averages the two middle values of an even count', () => {
    expect(mediansAfterEachAdd([5, 15, 1, 3])).toEqual([5, 10, 5, 4]);
  });
  it('returns a fraction when the middle pair has an odd sum', () => {
    expect(mediansAfterEachAdd([2, 3])).toEqual([2, 2.5]);
  });
  it('handles repeated values', () => {
    expect(mediansAfterEachAdd([-4, -4, -4])).toEqual([-4, -4, -4]);
  });
  it('orders numerically, not as strings', () => {
    expect(mediansAfterEachAdd([10, 9, 100])).toEqual([10, 9.5, 10]);
  });
  it('handles negative values and values arriving in descending order', () => {
    expect(mediansAfterEachAdd([3, 1, -1, -3, -5])).toEqual([3, 2, 1, 0, -1]);
  });
  it('handles fractional values', () => {
    expect(mediansAfterEachAdd([0.5, 1.5, 0.25])).toEqual([0.5, 1, 0.5]);
  });
  it('handles values past 2^31 exactly', () => {
    expect(mediansAfterEachAdd([2 ** 31 + 1, 2 ** 52, 2 ** 52 - 1])).toEqual([2 ** 31 + 1, 2 ** 51 + 2 ** 30 + 0.5, 2 ** 52 - 1]);
  });
  it('does not change anything when median() is called repeatedly', () => {
    const finder = new MedianFinder();
    finder.add(1);
    finder.add(7);
    expect([finder.median(), finder.median(), finder.median()]).toEqual([4, 4, 4]);
    finder.add(2);
    expect(finder.median()).toBe(2);
  });
  it('follows a long ascending stream', () => {
    const finder = new MedianFinder();
    for (let v = 1; v <= 1001; v++) {
      finder.add(v);
      if (v % 100 === 1) expect(finder.median(), `median of 1..${v}`).toBe((v + 1) / 2);
    }
  });
});

describe('MedianFinder properties', () => {
  it.prop([scale.chain((k) => commandsOf(valuesOnGrid(k)))])(
    'matches the middle of a sorted list under any sequence of add and median',
    (cmds) => runAgainstModel(cmds),
  );

  it.prop([scale.chain((k) => fc.array(valuesOnGrid(k), { minLength: 1, maxLength: 300 }))])(
    'after adding any list of values, reports the median of that list',
    (values) => {
      const finder = new MedianFinder();
      for (const v of values) finder.add(v);
      expect(plusZero(finder.median())).toBe(plusZero(modelMedian([...values].sort((a, b) => a - b))));
    },
  );
});
