/**
 * slow: sorts by start, then for each meeting counts the earlier-starting meetings that have not ended yet by scanning all of them.
 * Time: O(n log n) for the sort plus O(n²/2) for the scans, whatever the input; n = meetings.length.
 * exposed by: any large input, including the bench's random meetings.
 *
 * The peak overlap happens at some meeting's start; at the last of several equal starts every
 * meeting starting then has been passed, so "1 + earlier ones still running" reaches the peak.
 */
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  const byStart = [...meetings].sort((a, b) => a[0] - b[0]);
  let peak = 0;
  for (let i = 0; i < byStart.length; i++) {
    const start = byStart[i]![0];
    let running = 1;
    // No early exit is possible: an earlier meeting may be long and still running.
    for (let j = 0; j < i; j++) if (byStart[j]![1] > start) running++;
    if (running > peak) peak = running;
  }
  return peak;
}
