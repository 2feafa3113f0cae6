import { defineBench } from '#kit';
import type * as Kata from './pivot-index.ts';

/**
 * n = nums.length. The lists have no pivot: every value is positive, the first is odd and the
 * rest are even, so the total is odd while 2·left + nums[i] is even for every i > 0 (and index
 * 0 would need the positive rest to sum to 0). Nobody can stop early; re-adding both sides for
 * every index costs O(n²).
 */
export default defineBench<typeof Kata, number[]>({
  n: 'length of nums',
  input: (n, rng) => Array.from({ length: n }, (_, i) => (i === 0 ? 2 * rng.int(1, 500) - 1 : 2 * rng.int(1, 500))),
  run: (impl, nums) => impl.pivotIndex(nums),
});
