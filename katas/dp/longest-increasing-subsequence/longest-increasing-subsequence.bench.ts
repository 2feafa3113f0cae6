import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './longest-increasing-subsequence.ts';

/**
 * n = length of nums. Random distinct values (a shuffled 0..n-1): the longest increasing
 * subsequence is about 2√n long, so the reference's binary searches run over a growing list,
 * and the O(n²) DP compares every pair whatever the input. Doubling sizes from the default.
 */
export default defineBench<typeof Kata, number[]>({
  n: 'length of nums',
  inputName: 'random permutation',
  input: (n, rng) => rng.shuffle(Array.from({ length: n }, (_, i) => i)),
  families: [
    {
      name: 'mostly ascending',
      exposes: 'O(n·LIS) tails handling (linear scans or copies of the tails list), quadratic once the LIS is about n',
      sizes: { kind: 'doubling', maxN: 1 << 16 },
      input: (n, rng) => Array.from({ length: n }, (_, i) => i + rng.int(0, 3)),
    },
  ],
  run: (impl, nums) => impl.lisLength(nums),
  answersAgree: sameAnswer,
});
