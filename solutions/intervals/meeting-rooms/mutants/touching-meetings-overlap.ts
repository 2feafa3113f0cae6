// Mutant: treats the intervals as closed, so a meeting starting exactly when another ends needs
// a new room: [[1, 5], [5, 10]] gives 2.
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  const starts = meetings.map((m) => m[0]).sort((a, b) => a - b);
  const ends = meetings.map((m) => m[1]).sort((a, b) => a - b);
  let rooms = 0;
  let ended = 0;
  for (const start of starts) {
    if (start > ends[ended]!) ended++;
    else rooms++;
  }
  return rooms;
}
