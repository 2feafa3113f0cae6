/**
 * Meeting Rooms: the fewest rooms so that no two meetings in one room overlap.
 * Read README.md for the rules and examples; run `npx kata check meeting-rooms` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Counts the fewest rooms that can host every meeting without overlaps in a room.
 *
 * @param meetings half-open intervals `[start, end)` with `start < end`, in any order; read-only,
 *   never modified (neither the array nor its pairs)
 * @returns the smallest number of rooms needed; `0` when there are no meetings
 */
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('minMeetingRooms');
}
