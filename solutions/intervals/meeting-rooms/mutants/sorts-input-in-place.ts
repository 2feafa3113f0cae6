// Mutant: sorts the caller's array in place before the sweep, which is forbidden for a read-only
// input and throws on a frozen one.
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  (meetings as [number, number][]).sort((a, b) => a[0] - b[0]);
  const ends = meetings.map((m) => m[1]).sort((a, b) => a - b);
  let rooms = 0;
  let ended = 0;
  for (const [start] of meetings) {
    if (start >= ends[ended]!) ended++;
    else rooms++;
  }
  return rooms;
}
