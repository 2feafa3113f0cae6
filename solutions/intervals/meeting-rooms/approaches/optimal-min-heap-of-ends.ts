/**
 * optimal: sorts a copy by start and keeps a binary min-heap of the end times of the rooms in use; a meeting reuses the room that frees earliest if it is free, else opens a new one.
 * Time: O(n log n): one sort, then at most one heap push and one heap replace per meeting, O(log n) each; n = meetings.length.
 *
 * The heap's top is the earliest time any room frees up. If it is <= the meeting's start (half-open
 * meetings), that room is reused: its end is replaced by the new end and sifted down. Otherwise every
 * room is busy and the heap grows. The heap size never shrinks, so at the end it is the rooms needed.
 */
export function minMeetingRooms(meetings: readonly (readonly [number, number])[]): number {
  const byStart = [...meetings].sort((a, b) => a[0] - b[0]);
  const heap: number[] = [];

  const siftUp = (at: number): void => {
    const value = heap[at]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (heap[parent]! <= value) break;
      heap[at] = heap[parent]!;
      at = parent;
    }
    heap[at] = value;
  };
  const siftDown = (at: number): void => {
    const value = heap[at]!;
    const size = heap.length;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && heap[child + 1]! < heap[child]!) child++;
      if (heap[child]! >= value) break;
      heap[at] = heap[child]!;
      at = child;
    }
    heap[at] = value;
  };

  for (const [start, end] of byStart) {
    if (heap.length > 0 && heap[0]! <= start) {
      heap[0] = end;
      siftDown(0);
    } else {
      heap.push(end);
      siftUp(heap.length - 1);
    }
  }
  return heap.length;
}
