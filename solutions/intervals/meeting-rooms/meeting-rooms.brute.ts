/**
 * Brute force: the rooms needed are the most meetings running at once, and that peak is reached
 * at some meeting's start. So for every meeting, count the meetings running at its start time
 * (`start <= t < end`) and take the maximum. Correct, and easy to justify, but O(n²): every
 * meeting is compared with every other one.
 */
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  let peak = 0;
  for (const [t] of meetings) {
    let running = 0;
    for (const [start, end] of meetings) if (start <= t && t < end) running++;
    if (running > peak) peak = running;
  }
  return peak;
}
