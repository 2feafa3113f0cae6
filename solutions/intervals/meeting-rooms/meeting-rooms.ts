/**
 * Reference: sweep through time over the sorted start times and the sorted end times.
 *
 * The fewest rooms equals the largest number of meetings running at one moment: fewer rooms
 * cannot host that moment, and greedily reusing any freed room never needs more. Which end
 * belongs to which meeting does not matter for the count, so starts and ends are sorted
 * separately. Invariant: when the k-th start (in time order) is processed, `ended` counts the
 * ends at or before it (half-open: an end at time t frees the room for a start at t), so
 * rooms in use = k - ended; instead of counting, each start either reuses a freed room (advance
 * `ended`) or opens a new one.
 *
 * Complexity: O(n log n) for the two sorts, O(n) for the sweep; O(n) extra memory.
 */
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  // Typed arrays sort numerically without a comparator; they are copies, the input is untouched.
  const starts = Float64Array.from(meetings, (m) => m[0]).sort();
  const ends = Float64Array.from(meetings, (m) => m[1]).sort();
  let rooms = 0;
  let ended = 0;
  for (const start of starts) {
    if (start >= ends[ended]!) ended++; // the earliest-ending meeting is over: reuse its room
    else rooms++;
  }
  return rooms;
}
