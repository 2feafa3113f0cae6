import { defineBench } from '#kit';
import type * as Kata from './search-rotated.ts';

/** Lookups per timed call: fixed, so only the cost of one lookup can grow with n. */
const LOOKUPS = 64;

/**
 * n = nums.length: distinct even values, ascending, rotated at a random point. Each timed call
 * looks up the same 64 odd values inside the array's range, all absent: a linear scan reads every
 * element for each, binary search about log2 n of them, so the reference's batch barely grows.
 */
export default defineBench<typeof Kata, { nums: number[]; targets: number[] }>({
  n: 'length of nums (64 lookups per call)',
  sizes: { kind: 'doubling', minN: 1024, maxN: 1 << 20 },
  input: (n, rng) => {
    const sorted = new Array<number>(n);
    let value = -2 * n;
    for (let i = 0; i < n; i++) {
      value += 2 * rng.int(1, 3);
      sorted[i] = value;
    }
    const shift = rng.int(1, n - 1);
    const nums = [...sorted.slice(shift), ...sorted.slice(0, shift)];
    const targets = Array.from({ length: LOOKUPS }, () => sorted[rng.int(0, n - 1)]! + 1);
    return { nums, targets };
  },
  run: (impl, { nums, targets }) => {
    let checksum = 0;
    for (const target of targets) checksum += impl.searchRotated(nums, target);
    return checksum;
  },
});
