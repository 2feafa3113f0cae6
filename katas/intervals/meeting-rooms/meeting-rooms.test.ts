import { describe, expect } from 'vitest';
import { minMeetingRooms } from './meeting-rooms.ts';
import { deepFreeze, fc, it, numbersOf } from '#kit/testing';
import meta from './meta.ts';

type Meeting = readonly [number, number];

/**
 * Independent oracle: the most meetings running at once (meeting m runs at t iff
 * start <= t < end). The set of running meetings only grows at a start, so the peak is reached
 * at some start time, and checking every start finds it, whatever the times are (fractions,
 * huge magnitudes, -0). Rooms needed = peak overlap.
 */
function peakOverlap(meetings: readonly Meeting[]): number {
  let peak = 0;
  for (const [t] of meetings) {
    peak = Math.max(peak, meetings.filter(([s, e]) => s <= t && t < e).length);
  }
  return peak;
}

/** Times from the whole domain (fractions, -0, values past 2^31 and near the largest double), small values common. */
const time = numbersOf(meta.domain['meetings[i]']);

// Two different times in order, or a start and a short length: back-to-back meetings, equal
// starts and duplicates stay common. A length of 1 to 6 added to a huge start can round back
// to the start, so those are kept only when start < end still holds.
const meeting = fc.oneof(
  fc.tuple(time, time).filter(([x, y]) => x !== y).map(([x, y]): Meeting => (x < y ? [x, y] : [y, x])),
  fc.tuple(time, fc.integer({ min: 1, max: 6 })).map(([start, length]): Meeting => [start, start + length]).filter(([s, e]) => s < e),
);
const meetings = fc.array(meeting, { maxLength: 25 });

/** Strictly increasing times (-0 and 0 count as one), for chains of back-to-back meetings. */
const increasingTimes = fc
  .uniqueArray(time, { maxLength: 26, comparator: 'SameValueZero' })
  .map((ts) => [...ts].sort((x, y) => x - y));

describe('minMeetingRooms examples', () => {
  it('lets two short meetings share a room beside a long one', () => {
    expect(minMeetingRooms([[0, 30], [5, 10], [15, 20]])).toBe(2);
  });
  it('needs one room for meetings that do not overlap', () => {
    expect(minMeetingRooms([[7, 10], [2, 4]])).toBe(1);
  });
  it('reuses a room for back-to-back meetings', () => {
    expect(minMeetingRooms([[1, 5], [5, 10]])).toBe(1);
    expect(minMeetingRooms([[5, 10], [1, 5], [10, 12]])).toBe(1);
  });
  it('needs one room per copy of the same meeting', () => {
    expect(minMeetingRooms([[1, 5], [1, 5], [1, 5]])).toBe(3);
  });
  it('counts the busiest moment', () => {
    expect(minMeetingRooms([[1, 10], [2, 7], [3, 19], [8, 12], [10, 20], [11, 30]])).toBe(4);
  });
  it('reuses a room freed earlier, not only the most recent one', () => {
    expect(minMeetingRooms([[1, 3], [2, 10], [4, 5]])).toBe(2);
    expect(minMeetingRooms([[1, 10], [2, 3], [4, 5]])).toBe(2);
  });
  it('handles negative and fractional times', () => {
    expect(minMeetingRooms([[-3, -1], [-2, 0]])).toBe(2);
    expect(minMeetingRooms([[0.5, 1.5], [1.5, 2.5], [1, 2]])).toBe(2);
    expect(minMeetingRooms([[0.25, 0.75], [0.5, 1]])).toBe(2);
  });
  it('orders times as numbers, not as text', () => {
    expect(minMeetingRooms([[9, 10], [10, 11], [2, 9]])).toBe(1);
    expect(minMeetingRooms([[2, 10], [9, 100]])).toBe(2);
  });
  it('handles times past 32 bits and near the largest double', () => {
    expect(minMeetingRooms([[2 ** 31 - 1, 2 ** 31], [2 ** 31, 2 ** 32]])).toBe(1);
    expect(minMeetingRooms([[-(2 ** 53), 2 ** 32], [2 ** 31, 2 ** 53]])).toBe(2);
    expect(minMeetingRooms([[-Number.MAX_VALUE, 0], [-1e300, Number.MAX_VALUE]])).toBe(2);
  });
  it('treats -0 and 0 as the same moment', () => {
    expect(minMeetingRooms([[-1, 0], [-0, 1]])).toBe(1);
    expect(minMeetingRooms([[-1, -0], [0, 1], [-0, 2]])).toBe(2);
  });
  it('needs one room for one meeting and none for no meetings', () => {
    expect(minMeetingRooms([[9, 17]])).toBe(1);
    expect(minMeetingRooms([])).toBe(0);
  });
});

describe('minMeetingRooms properties', () => {
  it.prop([meetings])('equals the largest number of meetings running at the same moment', (ms) => {
    expect(minMeetingRooms(ms)).toBe(peakOverlap(ms));
  });

  it.prop([meeting, fc.integer({ min: 1, max: 20 })])('needs k rooms for k copies of one meeting', (m, k) => {
    expect(minMeetingRooms(Array.from({ length: k }, () => m))).toBe(k);
  });

  it.prop([increasingTimes.chain((ts) => fc.shuffledSubarray(ts.slice(1).map((end, k): Meeting => [ts[k]!, end]), { minLength: Math.max(0, ts.length - 1) }))])(
    'needs one room for a chain of back-to-back meetings, in any order',
    (chain) => {
      expect(minMeetingRooms(chain)).toBe(Math.min(1, chain.length));
    },
  );

  it.prop([meetings.chain((ms) => fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length })))])(
    'gives the same answer whatever the input order',
    ([ms, shuffled]) => {
      expect(minMeetingRooms(shuffled)).toBe(minMeetingRooms(ms));
    },
  );

  it.prop([meetings])('does not modify its input', (ms) => {
    const before = ms.map(([s, e]) => [s, e]);
    minMeetingRooms(deepFreeze(ms));
    expect(ms).toEqual(before);
  });
});
