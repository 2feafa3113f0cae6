import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './meeting-rooms.ts';

type Meeting = readonly [number, number];

/**
 * n = meetings.length. Meetings start at random times over a day scaled with n and last a random
 * length, so a few dozen run at once. Counting, for every meeting, the meetings running at its
 * start compares all n² pairs whatever the input; sorting costs O(n log n).
 */
export default defineBench<typeof Kata, Meeting[]>({
  n: 'number of meetings',
  inputName: 'short random meetings',
  input: (n, rng) =>
    Array.from({ length: n }, (): Meeting => {
      const start = rng.int(0, 10 * n);
      return [start, start + rng.int(1, 300)];
    }),
  families: [
    {
      name: 'nested meetings, in start order',
      exposes: 'per-room scans and sorted end lists kept with splice, when every meeting overlaps all others',
      // The splice's memmove is cheap per element: start at 1 536 so the ladder's five sizes reach 24 576.
      sizes: { kind: 'doubling', minN: 1536 },
      input: (n) => Array.from({ length: n }, (_, i): Meeting => [i, 3 * n - i]),
    },
  ],
  run: (impl, meetings) => impl.minMeetingRooms(meetings),
  answersAgree: sameAnswer,
});
