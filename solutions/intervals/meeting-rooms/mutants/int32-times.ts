// Mutant: copies the start and end times into Int32Arrays (which sort as numbers) before the
// sweep: fractions truncate and times of 2^31 or more wrap, so [[0.25, 0.75], [0.5, 1]] becomes
// [[0, 0], [0, 1]] and gives 1 instead of 2.
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  const starts = Int32Array.from(meetings, (m) => m[0]).sort();
  const ends = Int32Array.from(meetings, (m) => m[1]).sort();
  let rooms = 0;
  let ended = 0;
  for (const start of starts) {
    if (start >= ends[ended]!) ended++;
    else rooms++;
  }
  return rooms;
}
