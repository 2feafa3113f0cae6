import { describe, expect } from 'vitest';
import { applyRangeAdds } from './range-add.ts';
import { expectRangeError, fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';

type Update = [number, number, number];

const isGood = (length: number, [start, end]: Update): boolean =>
  Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end < length;

/** Independent oracle: apply every update cell by cell. */
function applyCellByCell(length: number, updates: readonly Update[]): number[] {
  const values: number[] = [];
  for (let i = 0; i < length; i++) values.push(0);
  for (const [start, end, delta] of updates) for (let i = start; i <= end; i++) values[i] = values[i]! + delta;
  return values;
}

/** Every delta the README allows (−10^4 to 10^4, −0 included). */
const deltaArb = numbersOf(meta.domain.delta);

/** A length and good updates for it (none when the length is 0). */
const goodCase = fc.integer({ min: 0, max: 30 }).chain((length) =>
  fc.tuple(
    fc.constant(length),
    length === 0
      ? fc.constant<Update[]>([])
      : fc.array(
          fc.tuple(fc.nat(length - 1), fc.nat(length - 1), deltaArb).map(([a, b, d]): Update => [Math.min(a, b), Math.max(a, b), d]),
          { maxLength: 15 },
        ),
  ),
);

/** A length and updates whose ends stray a little outside the array, so some are bad. */
const anyCase = fc.integer({ min: 0, max: 8 }).chain((length) =>
  fc.tuple(
    fc.constant(length),
    fc.array(fc.tuple(fc.integer({ min: -2, max: 10 }), fc.integer({ min: -2, max: 10 }), deltaArb), { maxLength: 6 }),
  ),
);

describe('applyRangeAdds examples', () => {
  it('adds overlapping ranges', () => {
    expect(applyRangeAdds(5, [[1, 3, 2], [2, 4, 3], [0, 2, -2]])).toEqual([-2, 0, 3, 5, 3]);
  });
  it('returns zeros when there are no updates', () => {
    expect(applyRangeAdds(3, [])).toEqual([0, 0, 0]);
  });
  it('returns an empty array for length 0', () => {
    expect(applyRangeAdds(0, [])).toEqual([]);
  });
  it('adds to the whole array, last index included', () => {
    expect(applyRangeAdds(4, [[0, 3, 7]])).toEqual([7, 7, 7, 7]);
  });
  it('adds to a single index', () => {
    expect(applyRangeAdds(4, [[2, 2, 5]])).toEqual([0, 0, 5, 0]);
    expect(applyRangeAdds(4, [[3, 3, 1]]), 'the last index').toEqual([0, 0, 0, 1]);
  });
  it('lets updates cancel out', () => {
    expect(applyRangeAdds(3, [[0, 1, 4], [0, 1, -4]])).toEqual([0, 0, 0]);
  });
  it('throws a RangeError when start is after end', () => {
    expectRangeError(() => applyRangeAdds(3, [[2, 1, 1]]));
  });
  it('throws a RangeError when end is past the last index', () => {
    expectRangeError(() => applyRangeAdds(3, [[0, 3, 1]]));
  });
  it('throws a RangeError for a negative start', () => {
    expectRangeError(() => applyRangeAdds(3, [[-1, 0, 1]]));
  });
  it('throws a RangeError for indices that are not integers', () => {
    expectRangeError(() => applyRangeAdds(3, [[0, 1.5, 1]]), 'end 1.5');
    expectRangeError(() => applyRangeAdds(3, [[0.5, 1, 1]]), 'start 0.5');
    expectRangeError(() => applyRangeAdds(3, [[0, NaN, 1]]), 'end NaN');
  });
  it('throws a RangeError for any range on an empty array', () => {
    expectRangeError(() => applyRangeAdds(0, [[0, 0, 1]]));
  });
  it('throws a RangeError when only a later update is bad', () => {
    expectRangeError(() => applyRangeAdds(3, [[0, 2, 1], [1, 1, 1], [1, 5, 1]]));
  });
  it('handles many updates over a long array', () => {
    const n = 2000;
    const updates: Update[] = Array.from({ length: n }, (_, i) => [i % 7, n - 1 - (i % 5), 1]);
    expect(applyRangeAdds(n, updates)).toEqual(applyCellByCell(n, updates));
  });
});

describe('applyRangeAdds properties', () => {
  it.prop([goodCase])('matches applying every update cell by cell', ([length, updates]) => {
    const result = applyRangeAdds(length, updates);
    expect(result, 'exactly `length` values').toHaveLength(length);
    // normaliseZeros: 0 and -0 are the same value in the result.
    expect(normaliseZeros(result)).toEqual(normaliseZeros(applyCellByCell(length, updates)));
  });

  it.prop([anyCase])('throws a RangeError exactly when some range is bad', ([length, updates]) => {
    if (updates.every((u) => isGood(length, u))) expect(normaliseZeros(applyRangeAdds(length, updates))).toEqual(normaliseZeros(applyCellByCell(length, updates)));
    else expectRangeError(() => applyRangeAdds(length, updates), `length ${length}, updates ${JSON.stringify(updates)}`);
  });

  it.prop([goodCase])('does not depend on the order of the updates', ([length, updates]) => {
    expect(normaliseZeros(applyRangeAdds(length, [...updates].reverse()))).toEqual(normaliseZeros(applyRangeAdds(length, updates)));
  });

  it.prop([goodCase])('does not modify its input', ([length, updates]) => {
    const before = updates.map((u) => [...u]);
    for (const u of updates) Object.freeze(u);
    applyRangeAdds(length, Object.freeze(updates) as readonly (readonly [number, number, number])[]);
    expect(updates).toEqual(before);
  });
});
