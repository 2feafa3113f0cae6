import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './lower-bound.ts';

/** Lookups per timed call: fixed, so only the cost of one lookup can grow with n. */
const LOOKUPS = 64;

/**
 * n = sorted.length, a non-decreasing array with duplicates. Each timed call makes the same 64
 * lookups: half target values above the whole array (answer: the length), half values from its
 * last 2%. A linear scan for the first value >= target walks almost the whole array each time;
 * the reference takes about log2 n steps, so its batch barely grows with n. The other family is
 * an array of only 8 distinct values (runs of n/8 copies), every lookup a value of the array.
 */
export default defineBench<typeof Kata, { sorted: number[]; targets: number[] }>({
  n: 'length of sorted (64 lookups per call)',
  sizes: { kind: 'doubling', minN: 1024, maxN: 1 << 20 },
  inputName: 'targets near the end or above it',
  input: (n, rng) => {
    const sorted = new Array<number>(n);
    let value = -n;
    for (let i = 0; i < n; i++) {
      value += rng.int(0, 2);
      sorted[i] = value;
    }
    const targets: number[] = [];
    const tail = Math.max(1, Math.floor(n / 50));
    for (let t = 0; t < LOOKUPS / 2; t++) targets.push(sorted[n - 1 - rng.int(0, tail - 1)]!);
    for (let t = 0; t < LOOKUPS / 2; t++) targets.push(value + rng.int(1, 100));
    return { sorted, targets: rng.shuffle(targets) };
  },
  families: [
    {
      name: 'long runs of equal values',
      exposes: 'finding any copy and then walking to the first one, or scanning from either end',
      input: (n, rng) => {
        const base = rng.int(-1_000_000, 1_000_000);
        const sorted = Array.from({ length: n }, (_, i) => base + 10 * Math.floor((8 * i) / n));
        const targets = Array.from({ length: LOOKUPS }, () => base + 10 * rng.int(0, 7));
        return { sorted, targets };
      },
    },
  ],
  run: (impl, { sorted, targets }) => {
    let checksum = 0;
    for (const target of targets) checksum += impl.lowerBound(sorted, target);
    return checksum;
  },
  answersAgree: sameAnswer,
});
