import { describe, expect } from 'vitest';
import { fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { RangeSum } from './range-sum.ts';

/** The model: the list itself; a query is answered by adding up the slice with a loop. */
interface Model {
  nums: readonly number[];
}

function sliceSum(nums: readonly number[], left: number, right: number): number {
  let total = 0;
  for (let i = left; i <= right; i++) total += nums[i]!;
  return total;
}

/** One `sum(left, right)` call: checked against the model, or expected to throw when the range is bad. */
class SumCommand implements fc.Command<Model, RangeSum> {
  constructor(readonly left: number, readonly right: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: RangeSum): void {
    const { left, right } = this;
    const valid = 0 <= left && left <= right && right < model.nums.length;
    if (valid) expect(normaliseZeros(real.sum(left, right)), `sum(${left}, ${right}) of ${JSON.stringify(model.nums)}`).toBe(normaliseZeros(sliceSum(model.nums, left, right)));
    else expect(() => real.sum(left, right), `sum(${left}, ${right}) on ${model.nums.length} values`).toThrow(RangeError);
  }
  toString(): string {
    return `sum(${this.left}, ${this.right})`;
  }
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The values in order, leaving out each one that would make the sum of some run of consecutive
 * values ending at it unsafe (the README promises every subarray sum is a safe integer). The
 * first value is always kept. Sums are checked with BigInt, so the check itself is exact.
 */
function withSafeSubarraySums(values: readonly number[]): number[] {
  const kept: number[] = [];
  let suffixSums: bigint[] = []; // the sums of kept[i..] for every i
  for (const x of values) {
    const next = [...suffixSums.map((sum) => sum + BigInt(x)), BigInt(x)];
    if (next.every((sum) => sum <= MAX && sum >= -MAX)) {
      kept.push(x);
      suffixSums = next;
    }
  }
  return kept;
}

// Values from the whole domain (2^31, 2^32, the safe range's ends, -0) and small ones, kept to
// lists whose subarray sums are all safe. Zero sums may come out as 0 or -0: the tests compare
// through normaliseZeros, since the contract does not decide the sign.
const valueArb = fc.oneof(fc.integer({ min: -1000, max: 1000 }), numbersOf(meta.domain.nums));
const numsArb = fc.array(valueArb, { maxLength: 12 }).map(withSafeSubarraySums);
// Indices from just before the start to just past the end of a 12-element list, so valid,
// out-of-range and inverted queries all come up.
const index = fc.integer({ min: -2, max: 13 });
const commandsArb = fc.commands([fc.tuple(index, index).map(([l, r]) => new SumCommand(l, r))], { maxCommands: 40 });

/** A non-empty list with a valid range planted in it. */
const listWithRange = fc
  .array(valueArb, { minLength: 1, maxLength: 30 })
  .map(withSafeSubarraySums)
  .chain((nums) =>
    fc.tuple(fc.constant(nums), fc.nat(nums.length - 1), fc.nat(nums.length - 1)).map(([n, a, b]) => ({
      nums: n,
      left: Math.min(a, b),
      right: Math.max(a, b),
    })),
  );

describe('RangeSum examples', () => {
  const example = () => new RangeSum([-2, 0, 3, -5, 2, -1]);
  it('sums a range at the start, inclusive of both ends', () => {
    const r = example();
    expect(r.sum(0, 2)).toBe(1);
  });
  it('sums a range that ends at the last index', () => {
    const r = example();
    expect(r.sum(2, 5)).toBe(-1);
  });
  it('sums the whole list', () => {
    const r = example();
    expect(r.sum(0, 5)).toBe(-3);
  });
  it('returns the element itself for a one-element range', () => {
    const r = example();
    expect(r.sum(3, 3)).toBe(-5);
    expect(r.sum(0, 0)).toBe(-2);
    expect(r.sum(5, 5)).toBe(-1);
  });
  it('throws a RangeError for a left index before the start', () => {
    const r = example();
    expect(() => r.sum(-1, 2)).toThrow(RangeError);
  });
  it('throws a RangeError for a right index past the end', () => {
    const r = example();
    expect(() => r.sum(4, 6), 'right = length').toThrow(RangeError);
    expect(() => r.sum(0, 100), 'far past the end').toThrow(RangeError);
  });
  it('throws a RangeError for an inverted range', () => {
    const r = example();
    expect(() => r.sum(3, 2)).toThrow(RangeError);
  });
  it('keeps answering after a query has thrown', () => {
    const r = example();
    expect(() => r.sum(6, 6)).toThrow(RangeError);
    expect(r.sum(1, 4)).toBe(0);
  });
  it('throws a RangeError for any query on an empty list', () => {
    const empty = new RangeSum([]);
    expect(() => empty.sum(0, 0)).toThrow(RangeError);
    expect(() => empty.sum(0, -1)).toThrow(RangeError);
  });
  it('sums past 2^31 and 2^32, up to the end of the safe range', () => {
    expect(new RangeSum([2147483648, 2147483648]).sum(0, 1)).toBe(4294967296);
    const r = new RangeSum([9007199254740991, -9007199254740991, 9007199254740990, 1]);
    expect(r.sum(0, 0)).toBe(9007199254740991);
    expect(r.sum(1, 2)).toBe(-1);
    expect(r.sum(2, 3)).toBe(9007199254740991);
    expect(r.sum(1, 3)).toBe(0);
  });
  it('works on a single element', () => {
    expect(new RangeSum([42]).sum(0, 0)).toBe(42);
  });
});

describe('RangeSum properties', () => {
  it.prop([numsArb, commandsArb])('answers every query like a loop over the slice, and rejects bad ranges', (nums, commands) => {
    fc.modelRun(() => ({ model: { nums: [...nums] }, real: new RangeSum(nums) }), commands);
  });

  it.prop([listWithRange])('sums an inner range like a loop over the slice', ({ nums, left, right }) => {
    expect(normaliseZeros(new RangeSum(nums).sum(left, right))).toBe(normaliseZeros(sliceSum(nums, left, right)));
  });

  it.prop([listWithRange, fc.nat()])('splits a range anywhere into two sums that add up to it', ({ nums, left, right }, at) => {
    const r = new RangeSum(nums);
    const mid = left + (at % (right - left + 1));
    const whole = r.sum(left, right);
    const rest = mid < right ? r.sum(mid + 1, right) : 0;
    expect(normaliseZeros(r.sum(left, mid) + rest), `sum(${left}, ${mid}) + sum(${mid + 1}, ${right})`).toBe(normaliseZeros(whole));
  });

  it.prop([numsArb.filter((a) => a.length > 0)])('returns each element for its one-element range and the total for the whole list', (nums) => {
    const r = new RangeSum(nums);
    nums.forEach((value, i) => expect(normaliseZeros(r.sum(i, i)), `sum(${i}, ${i})`).toBe(normaliseZeros(value)));
    expect(normaliseZeros(r.sum(0, nums.length - 1)), 'whole list').toBe(normaliseZeros(sliceSum(nums, 0, nums.length - 1)));
  });

  it.prop([numsArb, fc.array(fc.tuple(index, index), { maxLength: 10 })])('does not modify its input', (nums, queries) => {
    const before = [...nums];
    const r = new RangeSum(Object.freeze(nums) as readonly number[]);
    for (const [left, right] of queries) {
      try {
        r.sum(left, right);
      } catch {
        // Bad ranges throw; this property only looks at the input.
      }
    }
    expect(nums).toEqual(before);
  });
});
