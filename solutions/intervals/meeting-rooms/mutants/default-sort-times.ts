// Mutant: sorts the start times and the end times with the default `.sort()`, which compares
// numbers as text ("10" before "9"): [[9, 10], [10, 11], [2, 9]] gives 2 instead of 1.
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  const starts = meetings.map((m) => m[0]).sort();
  const ends = meetings.map((m) => m[1]).sort();
  let rooms = 0;
  let ended = 0;
  for (const start of starts) {
    if (start >= ends[ended]!) ended++;
    else rooms++;
  }
  return rooms;
}
