/**
 * optimal: processes values in ascending order (ties by descending index) and asks a max segment tree over positions for the best length ending before the current position.
 * Time O(n log n), n = nums.length: one sort of the indices, then one O(log n) range query and one
 * O(log n) point update per value.
 *
 * When value x at index i is processed, the tree holds the best lengths of exactly the strictly
 * smaller values: larger values come later in ascending order, and an equal value at a smaller
 * index comes later too (ties go by descending index), while one at a larger index lies outside
 * [0, i). So max over positions [0, i) + 1 is the longest increasing subsequence ending at i.
 * The tree is the iterative bottom-up kind (leaves at size..2·size − 1).
 */
export function lisLength(nums: readonly number[]): number {
  const n = nums.length;
  if (n === 0) return 0;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => nums[i]! - nums[j]! || j - i);
  let size = 1;
  while (size < n) size *= 2;
  const tree = new Int32Array(2 * size);
  const queryBefore = (end: number): number => {
    // max over leaf positions [0, end)
    let best = 0;
    let lo = size;
    let hi = size + end;
    while (lo < hi) {
      if (lo & 1) best = Math.max(best, tree[lo++]!);
      if (hi & 1) best = Math.max(best, tree[--hi]!);
      lo >>= 1;
      hi >>= 1;
    }
    return best;
  };
  let answer = 0;
  for (const i of order) {
    const length = queryBefore(i) + 1;
    if (length > answer) answer = length;
    for (let node = size + i; node >= 1; node >>= 1) if (tree[node]! < length) tree[node] = length;
  }
  return answer;
}
