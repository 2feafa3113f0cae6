// Mutant: starts the count at one room (for "the first meeting") and never checks for an empty
// list, so no meetings still need 1 room.
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  const starts = meetings.map((m) => m[0]).sort((a, b) => a - b);
  const ends = meetings.map((m) => m[1]).sort((a, b) => a - b);
  let rooms = 1;
  let ended = 0;
  for (let i = 1; i < starts.length; i++) {
    if (starts[i]! >= ends[ended]!) ended++;
    else rooms++;
  }
  return rooms;
}
