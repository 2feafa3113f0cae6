/**
 * slow: sweeps meetings by start while keeping the end times of running meetings in a sorted array: ended ones are shift()ed off the front, each new end is inserted with binary search and splice.
 * Time: O(n log n) comparisons plus O(n·r) element moves for r meetings running at once: fine on the bench (r is a few dozen), O(n²) when most meetings overlap and new ends land near the front; n = meetings.length.
 * exposed by: nested meetings [i, 3n − i] for i < n (every meeting overlaps all others, and each new end is the earliest, so every splice shifts the whole array).
 */
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  const byStart = [...meetings].sort((a, b) => a[0] - b[0]);
  const runningEnds: number[] = []; // sorted ascending
  let peak = 0;
  for (const [start, end] of byStart) {
    while (runningEnds.length > 0 && runningEnds[0]! <= start) runningEnds.shift(); // half-open: an end at `start` frees the room
    let lo = 0;
    let hi = runningEnds.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (runningEnds[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    runningEnds.splice(lo, 0, end);
    if (runningEnds.length > peak) peak = runningEnds.length;
  }
  return peak;
}
