import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './first-true.ts';

/** Searches per timed call: fixed, so only the cost of one search can grow with n. */
const SEARCHES = 64;

/**
 * n = hi - lo, searching [0, n]. Each timed call runs the same 64 searches: half have no true
 * position at all (answer n + 1), half switch to true in the last 2% of the range. Trying every x
 * in turn costs about n predicate calls per search; binary search about log2 n. The other family
 * switches early instead: every threshold lies in the first half of the range.
 */
export default defineBench<typeof Kata, { hi: number; predicates: ((x: number) => boolean)[] }>({
  n: 'hi - lo (64 searches per call)',
  sizes: { kind: 'doubling', minN: 1024, maxN: 1 << 20 },
  inputName: 'switches at the far end or never',
  input: (n, rng) => {
    const tail = Math.max(1, Math.floor(n / 50));
    const thresholds: number[] = [];
    for (let s = 0; s < SEARCHES / 2; s++) thresholds.push(n + 1);
    for (let s = 0; s < SEARCHES / 2; s++) thresholds.push(n - rng.int(0, tail - 1));
    return { hi: n, predicates: rng.shuffle(thresholds).map((t) => (x: number) => x >= t) };
  },
  families: [
    {
      name: 'switches in the first half',
      exposes: 'linear scans that start from the top of the range (they read at least half of it)',
      input: (n, rng) => {
        const thresholds = Array.from({ length: SEARCHES }, () => rng.int(0, n >> 1));
        return { hi: n, predicates: thresholds.map((t) => (x: number) => x >= t) };
      },
    },
  ],
  run: (impl, { hi, predicates }) => {
    let checksum = 0;
    for (const predicate of predicates) checksum += impl.firstTrue(0, hi, predicate);
    return checksum;
  },
  // One right answer per search, so one right checksum. The inputs hold predicates (functions),
  // which cannot be sent to a solution's process: timed answers of this bench are not sampled,
  // but the check is the right one wherever it is called.
  answersAgree: sameAnswer,
});
