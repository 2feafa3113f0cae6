/**
 * slow: sorts a copy of the meetings by start and gives each meeting the first room (scanning a list of rooms' end times) that is already free, opening a room when none is.
 * Time: O(n log n + n·r) for r rooms: O(n log n) when few meetings overlap (the bench needs a few dozen rooms), O(n²) when most overlap; n = meetings.length.
 * exposed by: heavy overlap, e.g. meetings [i, n + i] for i < n (all running at once at time n − 1, n rooms); the bench's short meetings spread over 10·n keep r small.
 */
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  const byStart = [...meetings].sort((a, b) => a[0] - b[0]);
  const roomFreeAt: number[] = []; // end time of the last meeting put in each room
  for (const [start, end] of byStart) {
    // A linear scan where a min-heap of end times belongs.
    let room = 0;
    while (room < roomFreeAt.length && roomFreeAt[room]! > start) room++;
    if (room === roomFreeAt.length) roomFreeAt.push(end);
    else roomFreeAt[room] = end;
  }
  return roomFreeAt.length;
}
