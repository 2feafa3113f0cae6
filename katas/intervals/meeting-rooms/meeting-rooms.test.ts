import { describe, expect } from 'vitest';
import { minMeetingRooms } from './meeting-rooms.ts';
import { deepFreeze, fc, it } from '#kit/testing';

type Meeting = readonly [number, number];

/**
 * Independent oracle for integer times: the most meetings running at once. With integer
 * endpoints every moment in [t, t + 1) sees the same meetings, so checking each integer t
 * (meeting m runs at t iff start <= t < end) finds the peak. Rooms needed = peak overlap.
 */
function peakOverlap(meetings: readonly Meeting[]): number {
  let peak = 0;
  for (let t = -20; t <= 30; t++) {
    peak = Math.max(peak, meetings.filter(([s, e]) => s <= t && t < e).length);
  }
  return peak;
}

// Short meetings on a small integer clock: back-to-back meetings, equal starts and duplicates
// are all common.
const meeting = fc
  .tuple(fc.integer({ min: -10, max: 15 }), fc.integer({ min: 1, max: 6 }))
  .map(([start, length]): Meeting => [start, start + length]);
const meetings = fc.array(meeting, { maxLength: 25 });

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

  it.prop([fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 25 }), fc.integer({ min: -10, max: 10 })])(
    'needs one room for a chain of back-to-back meetings',
    (lengths, first) => {
      const chain: Meeting[] = [];
      let t = first;
      for (const length of lengths) chain.push([t, (t += length)]);
      expect(minMeetingRooms(chain.reverse())).toBe(Math.min(1, chain.length));
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
