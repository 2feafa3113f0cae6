// Mutant: remembers only the end of the most recently placed meeting and reuses a room only if
// that meeting is over, instead of checking the room that frees up first:
// [[1, 3], [2, 10], [4, 5]] gives 3 instead of 2.
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  const byStart = [...meetings].sort((a, b) => a[0] - b[0]);
  let rooms = 0;
  let lastEnd = -Infinity;
  for (const [start, end] of byStart) {
    if (rooms === 0 || start < lastEnd) rooms++;
    lastEnd = end;
  }
  return rooms;
}
