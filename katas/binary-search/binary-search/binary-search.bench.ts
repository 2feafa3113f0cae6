import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './binary-search.ts';

/** Lookups per timed call: fixed, so only the cost of one lookup can grow with n. */
const LOOKUPS = 64;

/**
 * n = sorted.length. Each timed call makes the same 64 lookups: half are values absent from the
 * array (odd numbers in an array of even ones, anywhere in its range), half are values from its
 * last 2%. A linear scan walks almost the whole array for every one of them; binary search takes
 * about log2 n steps. So the reference's batch barely grows with n, the brute force's grows like n.
 * The other family is skewed: the same values but for one huge last value (10^15, a sentinel or
 * an outlier), with lookups of absent values just above the others and anywhere among them. A
 * search that guesses positions from values (interpolation) then advances one index per probe.
 */
export default defineBench<typeof Kata, { sorted: number[]; targets: number[] }>({
  n: 'length of sorted (64 lookups per call)',
  sizes: { kind: 'doubling', minN: 1024, maxN: 1 << 20 },
  inputName: 'absent values and values near the end',
  input: (n, rng) => {
    const sorted = new Array<number>(n);
    let value = -2 * n;
    for (let i = 0; i < n; i++) {
      value += 2 * rng.int(1, 3);
      sorted[i] = value;
    }
    const targets: number[] = [];
    const tail = Math.max(1, Math.floor(n / 50));
    for (let t = 0; t < LOOKUPS / 2; t++) targets.push(sorted[n - 1 - rng.int(0, tail - 1)]!);
    for (let t = 0; t < LOOKUPS / 2; t++) targets.push(sorted[rng.int(0, n - 1)]! + 1);
    return { sorted, targets: rng.shuffle(targets) };
  },
  families: [
    {
      name: 'one huge last value',
      exposes: 'interpolation search (a skewed spread makes every guess land at the low end of the range)',
      input: (n, rng) => {
        const sorted = new Array<number>(n);
        let value = -2 * n;
        for (let i = 0; i < n - 1; i++) {
          value += 2 * rng.int(1, 3);
          sorted[i] = value;
        }
        sorted[n - 1] = 1e15;
        const targets: number[] = [];
        for (let t = 0; t < LOOKUPS / 2; t++) targets.push(value + 2 * rng.int(1, 2 * n) - 1);
        for (let t = 0; t < LOOKUPS / 2; t++) targets.push(sorted[rng.int(0, n - 2)]! + 1);
        return { sorted, targets: rng.shuffle(targets) };
      },
    },
  ],
  run: (impl, { sorted, targets }) => {
    let checksum = 0;
    for (const target of targets) checksum += impl.binarySearch(sorted, target);
    return checksum;
  },
  answersAgree: sameAnswer,
});
