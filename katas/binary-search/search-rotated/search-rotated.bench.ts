import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './search-rotated.ts';

/** Lookups per timed call: fixed, so only the cost of one lookup can grow with n. */
const LOOKUPS = 64;

/**
 * n = nums.length: distinct even values, ascending, rotated at a random point. Each timed call
 * looks up the same 64 odd values inside the array's range, all absent: a linear scan reads every
 * element for each, binary search about log2 n of them, so the reference's batch barely grows.
 * The other family rotates the array by only a few positions (1 to 8), so the drop is at the end,
 * and looks up absent values among the largest ones, just before the drop.
 */
export default defineBench<typeof Kata, { nums: number[]; targets: number[] }>({
  n: 'length of nums (64 lookups per call)',
  sizes: { kind: 'doubling', minN: 1024, maxN: 1 << 20 },
  inputName: 'random rotation, absent values',
  input: (n, rng) => {
    const sorted = new Array<number>(n);
    let value = -2 * n;
    for (let i = 0; i < n; i++) {
      value += 2 * rng.int(1, 3);
      sorted[i] = value;
    }
    const shift = rng.int(1, n - 1);
    const targets = Array.from({ length: LOOKUPS }, () => sorted[rng.int(0, n - 1)]! + 1);
    // Rotate left by `shift` in place (three reversals): no copies, so a measurement of several
    // large inputs leaves little garbage for the collector to bill to the next timings.
    reverse(sorted, 0, shift - 1);
    reverse(sorted, shift, n - 1);
    reverse(sorted, 0, n - 1);
    return { nums: sorted, targets };
  },
  families: [
    {
      name: 'rotated by a few positions, targets near the top',
      exposes: 'walking to the drop (the rotation point) or scanning inward from the ends while the order holds',
      input: (n, rng) => {
        // Ascending values written straight into their rotated places: nums[i] = sorted[(i + shift) % n].
        const shift = rng.int(1, Math.min(8, n - 1));
        const nums = new Array<number>(n);
        let value = -2 * n;
        for (let i = 0; i < n; i++) {
          value += 2 * rng.int(1, 3);
          nums[(i - shift + n) % n] = value;
        }
        // Absent values among the newest (largest) ones, the end of the first ascending run.
        const top = n - 1 - shift;
        const targets = Array.from({ length: LOOKUPS }, () => nums[Math.max(0, top - rng.int(0, 127))]! - 1);
        return { nums, targets };
      },
    },
  ],
  run: (impl, { nums, targets }) => {
    let checksum = 0;
    for (const target of targets) checksum += impl.searchRotated(nums, target);
    return checksum;
  },
  answersAgree: sameAnswer,
});

/** Reverses a[from..to] in place. */
function reverse(a: number[], from: number, to: number): void {
  for (let i = from, j = to; i < j; i++, j--) {
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
