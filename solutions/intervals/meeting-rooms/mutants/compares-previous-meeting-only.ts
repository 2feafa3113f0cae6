// Mutant: sorts by start and opens a room whenever a meeting starts before the previous one
// ends, never reusing a room freed earlier: [[1, 10], [2, 3], [4, 5]] gives 3 instead of 2.
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  if (meetings.length === 0) return 0;
  const byStart = [...meetings].sort((a, b) => a[0] - b[0]);
  let rooms = 1;
  for (let i = 1; i < byStart.length; i++) {
    if (byStart[i]![0] < byStart[i - 1]![1]) rooms++;
  }
  return rooms;
}
